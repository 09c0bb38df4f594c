import type { Text } from '../message/message.js';
import { shortDate } from './dates.js';
import { effectiveDate, type CochuongDocument } from './document.js';

/**
 * The document's date for rules about periods (`effectiveDate`), and how to say it in a message:
 * "ngày 05/02/2026", or, for a draft without a date, "năm 2026 (chưa có ngày ban hành)".
 */
export function documentDate(doc: CochuongDocument): { iso: string; label: Text } | undefined {
  const iso = effectiveDate(doc);
  if (!iso) return undefined;
  if (doc.ngay_ban_hanh) return { iso, label: { vi: `ngày ${shortDate(iso)}`, en: `dated ${iso}` } };
  const year = iso.slice(0, 4);
  const what = doc.nam ? { vi: `năm ${year}`, en: `for ${year}` } : { vi: `nhiệm kỳ ${doc.nhiem_ky}`, en: `for the term ${doc.nhiem_ky}` };
  return { iso, label: { vi: `${what.vi} (chưa có ngày ban hành)`, en: `${what.en} (no date of issue yet)` } };
}
