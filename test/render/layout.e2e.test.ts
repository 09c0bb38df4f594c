import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runsText, type Composition } from '../../src/render/blocks.js';
import { COMPOUND_WORDS, PLACE_NAMES } from '../../src/render/docx/compounds.js';
import { writeDocx } from '../../src/render/docx/write-docx.js';
import { convertToPdf, findSoffice } from '../../src/render/pdf.js';
import { composeDocument } from '../../src/render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { exampleFiles, loadExample } from './examples.js';
import { lengthened, stressDocuments } from '../support/stress-documents.js';

/**
 * The printed page as a leader looks at it, over every example, the real-document corpus
 * (test/real, as it grows) and documents at the edges of the layout, each also lengthened so that
 * its closing block meets the foot of a page: LibreOffice makes the PDFs (one run for all), and
 * pdftotext reads every page back.
 */
const soffice = findSoffice();
const reason = soffice ? '' : ' — SKIPPED: LibreOffice not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const upper = (s: string) => s.toLocaleUpperCase('vi');

function realFiles(): string[] {
  const dir = join(ROOT, 'test/real');
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

interface Case { name: string; composition: Composition }

function cases(): Case[] {
  const templates = loadTemplates([defaultTemplateDir()]);
  if (!templates.ok) throw new Error('templates');
  const compose = (name: string, doc: CochuongDocument) => {
    const composed = composeDocument(name, doc, { templates: templates.set, env: {} });
    if (!composed.ok) throw new Error(`${name}: ${composed.messages.map((m) => m.reason.en).join('; ')}`);
    return { name, composition: composed.composition };
  };
  const out: Case[] = [];
  for (const file of [...exampleFiles(), ...realFiles()]) {
    let doc: CochuongDocument;
    try { doc = loadExample(file); } catch { continue; } // a report whose program is elsewhere, or a transcription the schema does not take yet
    out.push(compose(relative(ROOT, file), doc));
  }
  const base = loadExample(join(ROOT, 'examples/cau-giay-2020.yaml'));
  for (const stress of stressDocuments(base)) {
    out.push(compose(`stress/${stress.name}`, stress.doc));
    // Lengthened two lines at a time over more than a page: the block meets a page's foot in one of them.
    // The long closing blocks at every length, the others at every third.
    const step = stress.doc.noi_nhan.length > 20 ? 1 : 3;
    for (let extra = 1; extra <= 12; extra += step) out.push(compose(`stress/${stress.name}+${extra}`, lengthened(stress.doc, extra)));
  }
  return out;
}

describe.skipIf(!soffice)(`the printed layout of every example, the real documents and stress documents${reason}`, () => {
  const all = soffice ? cases() : [];
  const pages = new Map<string, { layout: string[]; raw: string[] }>();
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-layout-'));

  beforeAll(async () => {
    const results = await convertToPdf(all.map((c) => ({ file: c.name, docx: writeDocx(c.composition) })), { timeoutMs: 600_000 });
    results.forEach((result, i) => {
      if (!result.ok) throw new Error(`${result.file}: ${result.message.reason.en}`);
      const pdf = join(dir, `${i}.pdf`);
      writeFileSync(pdf, result.pdf);
      const text = (args: string[]) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).normalize('NFC').split('\f').slice(0, -1);
      pages.set(result.file, { layout: text(['-layout']), raw: text([]) });
    });
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);

  it('covers the examples and the stress documents', () => {
    expect(all.filter((c) => c.name.startsWith('examples/')).length).toBe(exampleFiles().length);
    expect(all.filter((c) => c.name.startsWith('stress/')).length).toBeGreaterThanOrEqual(7 * 5);
  });

  it('prints the Số line and the place-and-date line each on one line of page 1', () => {
    for (const { name, composition: c } of all) {
      const lines = pages.get(name)!.layout[0].split('\n').map(collapse);
      for (const wanted of [runsText(c.header.number), runsText(c.header.placeDate)]) {
        expect(lines.some((l) => l.includes(collapse(wanted))), `${name}: "${wanted}" on one line\n${lines.slice(0, 16).join('\n')}`).toBe(true);
      }
    }
  });

  it('keeps "Nơi nhận" whole on the page of the signatures, with the end of the body: never a page of recipients alone', () => {
    const problems: string[] = [];
    for (const { name, composition: c } of all) {
      if (c.recipients.length === 0) continue;
      const raw = pages.get(name)!.raw.map(collapse);
      const at = raw.map((p, i) => (p.includes('Nơi nhận:') ? i : -1)).filter((i) => i >= 0);
      if (at.length !== 1) { problems.push(`${name}: "Nơi nhận" on ${at.length} pages`); continue; }
      const page = raw[at[0]];
      for (const s of c.signatures) if (!page.includes(collapse(runsText(s.name)))) problems.push(`${name}: ${runsText(s.name)} not with Nơi nhận (page ${at[0] + 1})`);
      // every recipient there, so none spills onto the next page
      for (const r of c.recipients) if (!page.includes(collapse(runsText(r)))) problems.push(`${name}: "${runsText(r)}" not on the page of Nơi nhận`);
      if (!page.includes('./.')) problems.push(`${name}: the body's end not on the page of the signatures (page ${at[0] + 1})`);
    }
    expect(problems).toEqual([]);
  });

  it('never breaks a signer\'s name across lines', () => {
    for (const { name, composition: c } of all) {
      const layout = pages.get(name)!.layout;
      for (const s of c.signatures) {
        const signer = collapse(runsText(s.name));
        expect(layout.some((p) => p.split('\n').some((l) => collapse(l).includes(signer))), `${name}: ${signer}`).toBe(true);
      }
    }
  });

  it('never breaks a proper name or a compound across lines of the header or the trích yếu', () => {
    const phrases = (c: Composition) => [...COMPOUND_WORDS, ...PLACE_NAMES, ...(c.names ?? [])].map((p) => upper(p).split(/\s+/)).filter((p) => p.length > 1);
    for (const { name, composition: c } of all) {
      const lines = pages.get(name)!.raw[0].split('\n').map((l) => upper(collapse(l))).filter((l) => l !== '');
      const type = lines.indexOf(upper(runsText(c.typeName)));
      expect(type, `${name}: type name on page 1`).toBeGreaterThan(0);
      let end = type + 1;
      while (end < lines.length && end < type + 8 && !collapse(lines.slice(type + 1, end).join(' ')).includes(upper(collapse(runsText(c.subject))))) end++;
      const region = lines.slice(0, end);
      for (let i = 0; i + 1 < region.length; i++) {
        const tail = region[i].split(' ');
        const head = region[i + 1].split(' ');
        for (const phrase of phrases(c)) {
          for (let cut = 1; cut < phrase.length; cut++) {
            const broken = phrase.slice(0, cut).every((w, k) => tail[tail.length - cut + k] === w) && phrase.slice(cut).every((w, k) => head[k]?.replace(/[,;.]$/, '') === w);
            expect(broken, `${name}: "${phrase.join(' ')}" broken between "${region[i]}" / "${region[i + 1]}"`).toBe(false);
          }
        }
      }
    }
  });
});
