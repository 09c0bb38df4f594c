import { decreeShortDate } from '../vocabulary/dates.js';
import { timePhrase } from '../vocabulary/times.js';
import { ASSESSMENTS, capitalized, KIND_NAMES, MEETING_PERIODS, PARTY_KINDS, UNIT_WORDS } from '../vocabulary/enum-labels.js';

/**
 * Values as the printed document shows them, so that a change reads "Quý II → Quý III" rather
 * than "{quy: II} → {quy: III}", and a lead unit by its name rather than its id. These are the
 * document's own words, hence Vietnamese whatever the message language.
 */

/** A time as the page prints it; `year` is the document's, written after a month without one. */
export function showTime(value: unknown, year?: number): string | undefined {
  return timePhrase(value, year);
}

/** A date as the text of the page writes it ("05/3/2026"). */
export function showDate(value: unknown): string | undefined {
  return typeof value === 'string' ? decreeShortDate(value) : undefined;
}

const LABELS: Record<string, Readonly<Record<string, string>>> = {
  loai: KIND_NAMES,
  cap: UNIT_WORDS,
  dinh_ky: Object.fromEntries(Object.entries(MEETING_PERIODS).map(([k, v]) => [k, capitalized(v)])),
  danh_gia: ASSESSMENTS,
  ben_loai: PARTY_KINDS,
  phu_luc: { true: 'Có', false: 'Không' },
};

/** The printed word for a code of the format (an enum value), or the code itself. */
export function showLabel(kind: keyof typeof LABELS | string, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
  const labels = own(LABELS, kind);
  return labels ? own(labels, String(value)) : undefined;
}

/** A value that is not text, written briefly (lists joined, objects as key: value). */
export function showAny(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '(trống)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(showAny).join('; ');
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${k}: ${showAny(v)}`).join(', ');
  return String(value);
}

/**
 * A record's own value for a key that comes from the user's file: never one inherited from
 * Object.prototype ("constructor", "__proto__", "toString" are ordinary data here).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
