import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { runsText, type Block } from '../../src/render/blocks.js';
import { composeExample } from '../render/examples.js';
import { writeMarkdown } from '../../src/render/markdown.js';

/**
 * The corpus of real, signed documents (test/real/*.yaml), each transcribed from test/real/sources/<slug>.md.
 * Each must validate with no false finding (only the findings listed below, which are true of the
 * issued text), render, and print its header lines — issuer block, Số, place and date, tên loại,
 * trích yếu, căn cứ — as the source shows them. The expected lines are read from the transcription
 * itself, not from the YAML.
 */
const DIR = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

/** True findings of the issued texts (what a clerk is told, as warnings; none stops printing). */
const EXPECTED: Record<string, string[]> = {
  'binh-chanh-quy-che-2021': ['CT009', 'CT022'], // QCPH: a local code; "Hội đồng nhân dân Huyện khóa XI" in a căn cứ
  'dak-lak-quy-che-2017': ['CT009'], // QCPH and "/" between groups
  'hoa-binh-quy-che-2019': ['CT009'], // TT.HĐND: suggest TTHĐND
  'ha-giang-quy-che-2013': ['CT015'], // 19/2008/NQLT/CP-UBMTTQVN lacks the "T" of UBTƯ
  'dong-nai-quy-che-2019': ['CT015', 'CT022'], // 19/2008/NQLT-UBTWMTTQVN lacks "/CP"; "Hội đồng Nhân dân", "Ủy ban Nhân dân" in căn cứ
  'mttw-doan-the-chuong-trinh-2014': ['CT009'], // CTPH
  'mttw-bvhttdl-chuong-trinh-2011': ['CT009'], // CTrPH
  'cp-mttw-nqlt-2008': ['CT009'], // NQLT/CP: "/" between groups
  'quang-tri-mttq-ke-hoach-2019': [],
  'luong-minh-mttq-ke-hoach-2025': ['CT017', 'CT018'], // "Uỷ"/"Ủy" mixed; "Lưu: MTTQ" without VT
  'vpcp-thong-bao-2019': [],
  'mttw-cuoc-van-dong-chuong-trinh-2020': ['CT009'], // CTrPH
};

/** Where a source's stored copy differs from the print only by the page's whitespace, the sources say so. */
const clean = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').replace(/ \//gu, '/').replace(/: +/gu, ': ').trim();

interface SourceHeader { issuers?: string[]; so?: string; placeDate?: string; typeName?: string; subject?: string; bases: string[] }

/** The header lines of a transcription (test/real/sources/<slug>.md, "## Header" and "## Căn cứ"). */
function sourceHeader(slug: string): SourceHeader {
  const md = readFileSync(join(DIR, 'sources', `${slug}.md`), 'utf8');
  const section = (title: string) => {
    const start = md.indexOf(`\n## ${title}`);
    if (start < 0) return '';
    const end = md.indexOf('\n## ', start + 4);
    return md.slice(start, end < 0 ? undefined : end);
  };
  const header = section('Header');
  const fences = (text: string) => [...text.matchAll(/```\n([\s\S]*?)```/gu)].map((m) => m[1].split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^-{3,}$/u.test(l)));
  const field = (label: string) => new RegExp(`- ${label}[^\`\\n]*\`([^\`]+)\``, 'u').exec(header)?.[1];
  const subjectFence = /- Trích yếu[^\n]*\n\s*```\n([\s\S]*?)```/u.exec(header)?.[1];
  const subjectLine = /- Trích yếu[^\n]*\n\s*`([^`]+)`/u.exec(header)?.[1];
  const bases = fences(section('Căn cứ'))[0] ?? [];
  return {
    issuers: fences(/Issuer block[^\n]*\n+\s*(```\n[\s\S]*?```)/u.exec(header)?.[1] ?? '')[0],
    so: field('Số line'),
    placeDate: field('Place and date'),
    typeName: field('Tên loại'),
    subject: subjectFence ? subjectFence.split('\n').map((l) => l.trim()).join(' ') : subjectLine,
    bases,
  };
}

/** Which header parts are not compared, and why (said in the YAML's comment too). */
const NOT_COMPARED: Record<string, (keyof SourceHeader)[]> = {
  'cp-mttw-nqlt-2008': ['placeDate'], // the copy pads the month ("tháng 08"); cochuong writes the decree's "tháng 8"
  'vpcp-thong-bao-2019': ['placeDate'], // "tháng 06", as above
};

const related = relatedLoader();

describe('real documents (test/real)', () => {
  it('holds at least 12 documents, each with its transcription', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) expect(readdirSync(join(DIR, 'sources'))).toContain(f.replace(/\.yaml$/u, '.md'));
  });

  for (const file of files) {
    const slug = file.replace(/\.yaml$/u, '');
    describe(slug, () => {
      const path = join(DIR, file);
      const text = readFileSync(path, 'utf8');

      it('names its source and what part of it was seen', () => {
        expect(text).toMatch(/^# Nguồn: \S+/mu);
        expect(text).toMatch(/^# Đã thấy: /mu);
      });

      it('validates with no error and only its true findings (warnings)', () => {
        const checked = checkSource(path, Buffer.from(text), { loadRelated: related });
        expect(checked.document, checked.messages.map((m) => `${m.ruleId} ${m.reason.en}`).join('\n')).toBeDefined();
        expect(checked.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.reason.en}`)).toEqual([]);
        expect([...new Set(checked.messages.map((m) => m.ruleId))].sort()).toEqual([...(EXPECTED[slug] ?? [])].sort());
      });

      it('prints its header lines as the source shows them', () => {
        const c = composeExample(path);
        const source = sourceHeader(slug);
        const skip = new Set(NOT_COMPARED[slug] ?? []);
        if (source.issuers && !skip.has('issuers')) {
          expect(c.header.issuers.map((l) => clean(runsText(l))).join(' ')).toBe(clean(source.issuers.join(' ')));
        }
        if (source.so && !skip.has('so')) expect(clean(runsText(c.header.number))).toBe(clean(source.so));
        if (source.placeDate && !skip.has('placeDate')) expect(clean(runsText(c.header.placeDate))).toBe(clean(source.placeDate));
        if (source.typeName && !skip.has('typeName')) expect(clean(runsText(c.typeName))).toBe(clean(source.typeName));
        if (source.subject && !skip.has('subject')) expect(clean(runsText(c.subject))).toBe(clean(source.subject));
        // The căn cứ: the body's first paragraphs, one per line of the source.
        const paragraphs = c.body.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => clean(runsText(b.runs)));
        expect(paragraphs.slice(0, source.bases.length)).toEqual(source.bases.map(clean));
        expect(writeMarkdown(c)).toContain(clean(runsText(c.header.number)));
      });
    });
  }

  it('diffs any two documents of the corpus without failing, and a document with itself as no change', () => {
    const docs = files.map((f) => checkSource(f, readFileSync(join(DIR, f)), { loadRelated: related }).document);
    for (const a of docs) {
      expect(compareDocuments(a, a).changes).toEqual([]);
      for (const b of docs) if (a !== b) expect(compareDocuments(a, b).changes.length).toBeGreaterThan(0);
    }
  });
});
