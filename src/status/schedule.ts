import { endOfMonth } from '../model/dates.js';
import type { CochuongDocument, ThoiGian } from '../model/document.js';
import { quarterNumber } from '../model/times.js';
import { timePhrase } from '../render/helpers.js';
import { addDays } from './calendar-days.js';

/**
 * What a program asks for and when: each content item's time as a window of days, the mid-year and
 * year-end reviews and the regular meetings (giao ban). Pure; dates are ISO strings.
 */
export type EventKind = 'item' | 'so_ket' | 'tong_ket' | 'giao_ban';

export interface ScheduledEvent {
  /** Stable across runs and edits of the wording: the unit, the year and the item's id (RFC 5545 UID). */
  uid: string;
  kind: EventKind;
  /** The item's id, or so_ket / tong_ket / giao_ban-N. */
  id: string;
  title: string;
  /** The lead body's short name, for items. */
  lead?: string;
  /** "Quý II", "Trước ngày 19/5/2026" … as the program prints it. */
  when: string;
  /** First and last day of the window (inclusive); absent for a time tied to an event ("trước kỳ họp"). */
  start?: string;
  end?: string;
  /** True for a deadline (han): due on one day. */
  deadline?: boolean;
  /** Thường xuyên / cả năm: the whole year, never "due". */
  continuous?: boolean;
}

export function programSchedule(doc: CochuongDocument): ScheduledEvent[] {
  const year = doc.nam!;
  const units = new Map([...doc.ben, ...(doc.don_vi ?? [])].map((u) => [u.id, u.viet_tat ?? u.ten]));
  const prefix = `${doc.dia_phuong.cap}:${doc.dia_phuong.ten.normalize('NFC')}:${doc.loai}:${year}:`;
  const uid = (key: string) => `${stableHash(prefix + key)}@cochuong`;
  const events: ScheduledEvent[] = [];
  for (const item of doc.noi_dung ?? []) {
    events.push({ uid: uid(`noi_dung:${item.id}`), kind: 'item', id: item.id, title: item.tieu_de, lead: units.get(item.chu_tri) ?? item.chu_tri,
      when: timePhrase(item.thoi_gian, year), ...windowOf(item.thoi_gian, year) });
  }
  const tc = doc.to_chuc_thuc_hien;
  if (tc?.so_ket) {
    const time: ThoiGian = tc.so_ket.thoi_gian ?? { thang: 7 };
    events.push({ uid: uid('so_ket'), kind: 'so_ket', id: 'so_ket', title: `Sơ kết 6 tháng đầu năm ${year}`, when: timePhrase(time, year), ...windowOf(time, year) });
  }
  if (tc?.tong_ket) {
    const time: ThoiGian = tc.tong_ket.thoi_gian ?? { thang: 12 };
    events.push({ uid: uid('tong_ket'), kind: 'tong_ket', id: 'tong_ket', title: `Tổng kết năm ${year}`, when: timePhrase(time, year), ...windowOf(time, year) });
  }
  const every = tc?.giao_ban ? MEETING_MONTHS[tc.giao_ban.dinh_ky] : undefined;
  every?.forEach((month, i) => {
    const first = month - (12 / every.length) + 1;
    events.push({ uid: uid(`giao_ban:${i + 1}`), kind: 'giao_ban', id: `giao_ban-${i + 1}`, title: `Giao ban ${MEETING_NAMES[tc!.giao_ban!.dinh_ky]} (lần ${i + 1})`,
      when: every.length === 4 ? `Quý ${['I', 'II', 'III', 'IV'][i]}` : every.length === 12 ? `Tháng ${month}/${year}` : `Tháng ${first}–${month}/${year}`,
      start: `${year}-${String(month).padStart(2, '0')}-01`, end: endOfMonth(year, month) });
  });
  return events;
}

/** The last month of each period of giao ban: the meeting falls in it. */
const MEETING_MONTHS: Record<string, number[]> = {
  thang: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], quy: [3, 6, 9, 12], '6_thang': [6, 12], nam: [12],
};
const MEETING_NAMES: Record<string, string> = { thang: 'hằng tháng', quy: 'hằng quý', '6_thang': '6 tháng', nam: 'năm' };

function windowOf(time: ThoiGian, year: number): Pick<ScheduledEvent, 'start' | 'end' | 'deadline' | 'continuous'> {
  const month = (m: number, y = year) => ({ start: `${y}-${String(m).padStart(2, '0')}-01`, end: endOfMonth(y, m) });
  if (time === 'thuong_xuyen' || time === 'ca_nam') return { start: `${year}-01-01`, end: `${year}-12-31`, continuous: true };
  if ('han' in time) return { start: time.han, end: time.han, deadline: true };
  if ('thang' in time) return month(time.thang, time.nam ?? year);
  if ('quy' in time) {
    const q = quarterNumber(typeof time.quy === 'number' ? (['I', 'II', 'III', 'IV'][time.quy - 1] ?? '') : String(time.quy).trim().toUpperCase());
    if (!q) return {};
    return { start: month(q * 3 - 2).start, end: month(q * 3).end };
  }
  if ('nua_nam' in time) return time.nua_nam === 'dau' ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
  return {};
}

export type DueStatus = 'overdue' | 'due' | 'upcoming' | 'later' | 'done' | 'past' | 'ongoing' | 'undated';

/** How far ahead "coming up" looks. */
export const UPCOMING_DAYS = 30;

/** An event's state on a day: past its window, in it, starting within 30 days, or later. */
export function dueStatus(event: ScheduledEvent, date: string, done = false): DueStatus {
  if (!event.start || !event.end) return 'undated';
  if (done) return 'done';
  if (event.continuous) return date >= event.start && date <= event.end ? 'ongoing' : date < event.start ? 'later' : 'done';
  // A meeting whose period is over is history: whether it was held is not in the documents.
  if (date > event.end) return event.kind === 'giao_ban' ? 'past' : 'overdue';
  if (date >= event.start) return 'due';
  return event.start <= addDays(date, UPCOMING_DAYS) ? 'upcoming' : 'later';
}

/**
 * Whether a program's year concerns a day: its year, the weeks before it starts (what comes up in
 * January) and the first two months after (the year-end report is often in January–February).
 */
export function programInView(doc: CochuongDocument, date: string): boolean {
  const year = doc.nam!;
  return date >= addDays(`${year}-01-01`, -UPCOMING_DAYS) && date <= `${year + 1}-02-28`;
}

/**
 * A fixed 106-bit hash of a string (cyrb53, twice with different seeds): stable across runs and
 * machines, which is all a calendar UID needs, and much cheaper than a cryptographic digest for the
 * hundreds of thousands of events of a province's folder.
 */
export function stableHash(value: string): string {
  return cyrb53(value, 0x2026).toString(16).padStart(14, '0') + cyrb53(value, 0x5545).toString(16).padStart(14, '0');
}

function cyrb53(value: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
