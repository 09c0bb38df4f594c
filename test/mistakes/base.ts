import { readFileSync } from 'node:fs';

/**
 * The base of the mistake corpus: a valid 2027 commune program, made from examples/phu-dong-2026.yaml
 * by moving it on a year (the HĐND term 2026-2031 stays) and giving it a number and a date of issue,
 * as a clerk does with last year's file.
 */
export function baseProgram(): string {
  const example = readFileSync(new URL('../../examples/phu-dong-2026.yaml', import.meta.url), 'utf8');
  return example
    .replace(/\b2027\b/g, '2028')
    .replace(/\b2026\b(?!-2031)/g, '2027')
    .replace('ky_hieu: CTr-HĐND-UBND-MTTQ\n', 'so: 3\nky_hieu: CTr-HĐND-UBND-MTTQ\n')
    .replace('noi_ban_hanh: Phù Đổng\n', 'noi_ban_hanh: Phù Đổng\nngay_ban_hanh: 2027-02-05\n')
    .replace('chưa có số, chưa có ngày', 'số 3, ký ngày 05/02/2027');
}
