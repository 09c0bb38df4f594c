import type { Block, Para } from './parse-wordml.js';
import { fold, hasPlace } from './units.js';

/**
 * The header of a decree-style document: issuers on the left, Quốc hiệu and Tiêu ngữ on the right,
 * the number and the place-and-date line below. Word files draw it as a borderless table (with
 * Số and date in a second row or in the same cells) or as lines split by tabs.
 */
export interface HeaderFacts {
  /** Issuer name lines, one entry per paragraph (soft line breaks joined by spaces). */
  issuerLines: Para[];
  numberLine?: Para;
  dateLine?: Para;
  draft: boolean;
  /** Index of the first block after the header. */
  next: number;
}

const QUOC_HIEU = /^cong hoa xa hoi chu nghia viet nam$/;
const TIEU_NGU = /^doc lap\s*-?\s*tu do\s*-?\s*hanh phuc$/;
const NUMBER = /^số\s*[:.]?\s*/iu;
const DATE_LINE = /^[^,]{2,60},\s*ngày\b.*\btháng\b.*\bnăm\b/iu;

export function isQuocHieu(p: Para): boolean { return QUOC_HIEU.test(fold(p.text).replace(/[^a-z ]/g, '').trim()); }
function isTieuNgu(p: Para): boolean { return TIEU_NGU.test(fold(p.text).replace(/[–—]/g, '-').replace(/[^a-z -]/g, '').replace(/\s+/g, ' ').trim()); }
export function isDraftMark(s: string): boolean { return /^\(?\s*d[uư]\s*th[aả]o\s*\)?$/.test(fold(s)); }

export function readHeader(blocks: Block[]): HeaderFacts {
  const facts: HeaderFacts = { issuerLines: [], draft: false, next: 0 };
  const left: Para[] = [];
  const right: Para[] = [];
  let i = 0;
  // Header tables: the first tables before the title (one or two: some files put Số/date in a second table).
  for (; i < Math.min(blocks.length, 30); i++) {
    const b = blocks[i];
    if (b.kind === 'table') {
      if (i >= 4) break;
      const all = b.rows.flat(2);
      if (i > 0 && !all.some((p) => isQuocHieu(p) || NUMBER.test(p.text) || DATE_LINE.test(p.text))) break;
      for (const row of b.rows) {
        row.forEach((cell, c) => (c === 0 && row.length > 1 ? left : right).push(...cell));
      }
      continue;
    }
    if (b.text === '' && !b.boxes.length) continue;
    if (isTitle(b)) break;
    if (b.boxes.some(isDraftMark)) facts.draft = true;
    // Tab lines: "UBND HUYỆN X<tab>CỘNG HÒA…": the first part is the left column, the last the right.
    const parts = b.text.split('\t').map((s) => s.trim()).filter(Boolean);
    if (parts.length >= 2) {
      left.push({ ...b, text: parts[0] });
      right.push({ ...b, text: parts[parts.length - 1] });
    } else if (isQuocHieu(b) || isTieuNgu(b) || DATE_LINE.test(b.text)) right.push(b);
    else left.push(b);
  }
  facts.next = i;
  for (const p of [...left, ...right]) {
    for (const box of p.boxes) if (isDraftMark(box)) facts.draft = true;
    const text = p.text.replace(/\n/g, ' ').trim();
    if (text === '' || isQuocHieu(p) || isTieuNgu(p)) continue;
    if (isDraftMark(text)) { facts.draft = true; continue; }
    if (NUMBER.test(text) && /\//.test(text)) { facts.numberLine ??= { ...p, text }; continue; }
    if (DATE_LINE.test(text)) { facts.dateLine ??= { ...p, text }; continue; }
    if (left.includes(p)) facts.issuerLines.push({ ...p, text });
  }
  return facts;
}

/** The type name that opens the document: CHƯƠNG TRÌNH, QUY CHẾ, BÁO CÁO (maybe followed by the subject). */
export function titleKind(p: Para): 'chuong_trinh' | 'quy_che' | 'bao_cao' | undefined {
  const f = fold(p.text.split('\n')[0]);
  if (/^chuong trinh\b/.test(f)) return 'chuong_trinh';
  if (/^quy che\b/.test(f)) return 'quy_che';
  if (/^bao cao\b/.test(f)) return 'bao_cao';
  return undefined;
}

function isTitle(p: Para): boolean {
  const first = p.text.split('\n')[0];
  return titleKind(p) !== undefined && first === first.toLocaleUpperCase('vi') && (p.bold || p.center || p.heading !== undefined);
}

/** Groups issuer lines into issuers: a stacked name ("HĐND XÃ X" over "THƯỜNG TRỰC") is one issuer. */
export function groupIssuers(lines: Para[], count?: number): Para[][] {
  const groups: Para[][] = lines.map((l) => [l]);
  const score = (a: Para[], b: Para[]) => {
    if (a.length > 1 || b.length > 1) return 0;
    const x = a[0].text;
    const y = b[0].text;
    const yFold = fold(y);
    if (/^(ban )?thuong truc$|^ban chap hanh$|^ban thuong vu$/.test(yFold)) return 3;
    if (!hasPlace(x) && hasPlace(y) && /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s/.test(yFold)) return 3;
    if (hasPlace(x) && !hasPlace(y)) return 2;
    return 0;
  };
  for (;;) {
    if (count !== undefined && groups.length <= count) break;
    let best = -1;
    let bestScore = (count === undefined ? 2 : 1) - 1;
    for (let k = 0; k + 1 < groups.length; k++) {
      const s = score(groups[k], groups[k + 1]);
      if (s > bestScore) { best = k; bestScore = s; }
    }
    if (best < 0) break;
    groups.splice(best, 2, [...groups[best], ...groups[best + 1]]);
  }
  return groups;
}
