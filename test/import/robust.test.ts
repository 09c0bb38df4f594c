import { describe, expect, it } from 'vitest';
import { importWordFile } from '../../src/import/import-file.js';
import { zipEntries } from '../../src/render/docx/zip.js';
import { unzip } from '../render/unzip.js';
import { docx, p, table } from './word-made.js';

/**
 * Damaged and odd files never make the importer throw: each mutation (seeded, so the same every
 * run) either imports or is refused with a message.
 */

function prng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const base = docx({ body: [table([[[p('ỦY BAN NHÂN DÂN XÃ A')], [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]]]), p('CHƯƠNG TRÌNH', { b: true, center: true }), p('Phối hợp năm 2025', { b: true, center: true }), p('I. MỤC ĐÍCH'), p('1. Nội dung', { b: true })] });

describe('the importer on damaged input', () => {
  it('flipped bytes of the package: a message or a document, never an exception', async () => {
    const rand = prng(2026);
    for (let k = 0; k < 200; k++) {
      const bytes = Uint8Array.from(base);
      for (let n = 0; n < 1 + Math.floor(rand() * 8); n++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const result = await importWordFile('x.docx', bytes);
      expect(result.ok || result.messages.length > 0).toBe(true);
    }
  });

  it('cut and mangled document.xml: a message or a document, never an exception', async () => {
    const rand = prng(7);
    const parts = unzip(base);
    const xml = parts.get('word/document.xml')!.toString('utf8');
    for (let k = 0; k < 200; k++) {
      const at = Math.floor(rand() * xml.length);
      const mangled = rand() < 0.5 ? xml.slice(0, at) : xml.slice(0, at) + ['<', '>', '&', '"', '</w:p>', '<w:tbl>', '<w:numPr><w:numId w:val="9"/>'][Math.floor(rand() * 7)] + xml.slice(at);
      const entries = [...parts].map(([path, data]) => ({ path, data: path === 'word/document.xml' ? mangled : new Uint8Array(data) }));
      const result = await importWordFile('x.docx', zipEntries(entries, '2024-01-01'));
      expect(result.ok || result.messages.length > 0).toBe(true);
    }
  });
});
