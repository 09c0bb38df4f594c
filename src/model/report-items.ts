import type { CochuongDocument, NoiDung } from './document.js';

type Result = NonNullable<CochuongDocument['ket_qua']>[number];

/** A result says what was done when it has its text or its figures; a skeleton's results have neither. */
export function resultFilled(result: Result): boolean {
  return result.mo_ta !== undefined || result.so_lieu !== undefined;
}

/** The program's items a report does not answer: with no result at all, or with a result still empty. */
export function itemsWithoutResult(report: CochuongDocument, program: CochuongDocument): { missing: NoiDung[]; empty: NoiDung[] } {
  const results = new Map<string, Result>();
  for (const result of report.ket_qua ?? []) if (!results.has(result.noi_dung) || resultFilled(result)) results.set(result.noi_dung, result);
  const missing: NoiDung[] = [];
  const empty: NoiDung[] = [];
  for (const item of program.noi_dung ?? []) {
    const result = results.get(item.id);
    if (!result) missing.push(item);
    else if (!resultFilled(result)) empty.push(item);
  }
  return { missing, empty };
}
