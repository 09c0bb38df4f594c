import type { Para } from './parse-wordml.js';

/**
 * How a paragraph is numbered, whether typed ("II.", "3.", "a)", "Điều 4.") or automatic (the
 * label Word computes from numbering.xml, put in front of the text the same way).
 */
export type Mark =
  | { kind: 'roman'; value: string; rest: string }
  | { kind: 'number'; value: number; rest: string }
  | { kind: 'letter'; value: string; rest: string }
  | { kind: 'chuong'; value: string; rest: string }
  | { kind: 'dieu'; value: number; rest: string }
  | { kind: 'dash'; rest: string }
  | { kind: 'plain'; rest: string };

export function lineOf(p: Para): string {
  const text = p.text.replace(/\s*\n\s*/g, ' ').trim();
  return p.label ? `${p.label} ${text}`.trim() : text;
}

export function markOf(text: string): Mark {
  let m = /^Chương\s+([IVXLC]+|\d+)\b[.:]?\s*(.*)$/su.exec(text);
  if (m) return { kind: 'chuong', value: m[1], rest: m[2] };
  m = /^Điều\s+(\d+)\s*[.:]?\s*(.*)$/su.exec(text);
  if (m) return { kind: 'dieu', value: Number(m[1]), rest: m[2] };
  m = /^([IVXLC]+)\s*[.)]\s*(.*)$/su.exec(text);
  if (m) return { kind: 'roman', value: m[1], rest: m[2] };
  m = /^(\d{1,3})\s*[.)]\s+(.*)$/su.exec(text) ?? /^(\d{1,3})\.(\p{Lu}.*)$/su.exec(text);
  if (m) return { kind: 'number', value: Number(m[1]), rest: m[2] };
  m = /^([a-zđ])\s*\)\s*(.*)$/su.exec(text);
  if (m) return { kind: 'letter', value: m[1], rest: m[2] };
  m = /^[-–—•+*]\s*(.*)$/su.exec(text);
  if (m) return { kind: 'dash', rest: m[1] };
  return { kind: 'plain', rest: text };
}
