import { text } from '../message/message.js';
import { classifyTerm, HDND_TERMS, hdndTermOn, likelyHdndTerm } from '../model/terms.js';
import type { Rule } from './rule.js';

/** A quy chế is per HĐND term; the Mặt trận and the Party have terms of their own that are easily copied. */
export const ct007: Rule = {
  id: 'CT007',
  name: 'hdnd-term',
  stage: 'rule',
  severity: 'error',
  kinds: ['quy_che'],
  description: text(`Nhiệm kỳ (nhiem_ky) của quy chế phải là một nhiệm kỳ HĐND: ${HDND_TERMS.map((t) => t.label).join(', ')}.`,
    `The term (nhiem_ky) of a quy chế must be an HĐND term: ${HDND_TERMS.map((t) => t.label).join(', ')}.`),
  rationale: text('Quy chế phối hợp được ký theo nhiệm kỳ Hội đồng nhân dân. Nhiệm kỳ Đại hội Mặt trận (2019-2024, 2024-2029) và nhiệm kỳ Đại hội Đảng (2020-2025, 2025-2030) theo chu kỳ khác, rất dễ chép nhầm. Nhiệm kỳ 2004-2011 là nhiệm kỳ được kéo dài (bầu năm 2004 cho nhiệm kỳ 2004-2009).',
    'A coordination regulation is signed per People\'s Council term. Fatherland Front congress terms (2019-2024, 2024-2029) and Party congress terms (2020-2025, 2025-2030) run on other cycles and are easily copied by mistake. 2004-2011 was the extended term (elected in 2004 for 2004-2009).'),
  bad: 'loai: quy_che\nnhiem_ky: 2024-2029',
  good: 'loai: quy_che\nnhiem_ky: 2026-2031',
  check({ doc }, report) {
    const label = doc.nhiem_ky;
    if (label === undefined) return;
    const found = classifyTerm(label);
    if (found.kind === 'hdnd') return;
    const meant = (doc.ngay_ban_hanh ? hdndTermOn(doc.ngay_ban_hanh) : undefined) ?? likelyHdndTerm(label);
    const all = HDND_TERMS.map((t) => t.label);
    const what = found.kind === 'mttq'
      ? text(`"${label}" là nhiệm kỳ Đại hội Mặt trận, không phải nhiệm kỳ HĐND.`, `"${label}" is a Fatherland Front congress term, not an HĐND term.`)
      : found.kind === 'dang'
        ? text(`"${label}" là nhiệm kỳ Đại hội Đảng, không phải nhiệm kỳ HĐND.`, `"${label}" is a Party congress term, not an HĐND term.`)
        : text(`"${label}" không phải là một nhiệm kỳ HĐND.`, `"${label}" is not an HĐND term.`);
    report({
      path: ['nhiem_ky'],
      actual: label,
      expected: meant ? [meant.label] : all,
      message: text(`${what.vi} Quy chế phối hợp ghi theo nhiệm kỳ HĐND: ${all.join(', ')}.`,
        `${what.en} A coordination regulation names an HĐND term: ${all.join(', ')}.`),
      note: meant
        ? text(`Sửa thành nhiem_ky: ${meant.label}${doc.ngay_ban_hanh ? ' (nhiệm kỳ HĐND vào ngày ban hành)' : ''}.`,
          `Change it to nhiem_ky: ${meant.label}${doc.ngay_ban_hanh ? ' (the HĐND term on the date of issue)' : ''}.`)
        : text('Ghi đúng nhiệm kỳ HĐND mà quy chế áp dụng.', 'Write the HĐND term the regulation is for.'),
    });
  },
};
