import { describe, expect, it } from 'vitest';
import { ct026 } from '../../src/rules/ct026-program-year.js';
import { RULES } from '../../src/rules/catalogue.js';
import { runRules } from '../../src/rules/run-rules.js';
import type { Rule } from '../../src/rules/rule.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { findings, program } from '../support/documents.js';

const all = (rules: readonly Rule[], doc: CochuongDocument) => runRules(rules, { file: 't.yaml', doc, nonNfc: [], loadRelated: () => ({ ok: false, reason: { vi: '', en: '' } }) });

/** A 2027 program whose items carry deadlines, as copied from last year and mostly updated. */
function program2027() {
  const doc = program();
  doc.nam = 2027;
  doc.ngay_ban_hanh = '2027-02-05';
  doc.trich_yeu = 'Phối hợp công tác năm 2027 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã Phù Đổng';
  doc.noi_dung![0].thoi_gian = { han: '2027-03-15' };
  doc.noi_dung![1].thoi_gian = { han: '2027-06-30' };
  return doc;
}

describe('CT026 program-year', () => {
  it('says nothing when nam agrees with the deadlines', () => {
    expect(findings(ct026, program2027())).toEqual([]);
  });

  it('names nam as the one line to change when the subject and the deadlines agree on another year', () => {
    const doc = program2027();
    doc.nam = 2026;
    const [f] = findings(ct026, doc);
    expect(f.path).toEqual(['nam']);
    expect(f.expected).toEqual(['2027']);
    expect(f.note?.vi).toContain('nam: 2027');
  });

  it('folds the messages about each deadline into it, with their number', () => {
    const doc = program2027();
    doc.nam = 2026;
    const found = all(RULES, doc);
    expect(found.map((f) => f.rule.id)).not.toContain('CT004');
    const [f] = found.filter((x) => x.rule.id === 'CT026');
    expect(f.message.vi).toMatch(/mà \d+ chỗ khác/);
    // Without CT026 the same document gets a message per deadline.
    expect(all(RULES.filter((r) => r.id !== 'CT026'), doc).filter((x) => x.rule.id === 'CT004')).toHaveLength(2);
  });

  it('stays silent when the evidence is split: one stale deadline, or a stale subject without deadlines', () => {
    const doc = program2027();
    doc.noi_dung![0].thoi_gian = { han: '2026-03-15' };
    expect(findings(ct026, doc)).toEqual([]);
    const draft = program();
    draft.trich_yeu = 'Phối hợp công tác năm 2025';
    draft.ngay_ban_hanh = '2025-03-02';
    expect(findings(ct026, draft)).toEqual([]);
  });
});
