import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import { reportSkeleton } from '../../src/cycle/report-skeleton.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { addDays } from '../../src/status/calendar-days.js';
import { escapeText, foldLine, formatIcs } from '../../src/status/format-ics.js';
import { formatStatusJson, formatStatusText } from '../../src/status/format-text.js';
import { statusOf, summarize, type LoadedFile } from '../../src/status/status-of.js';
import { EXAMPLES_DIR } from '../render/examples.js';

const related = relatedLoader();
const load = (rel: (from: string, p: string) => ReturnType<typeof related> = related) => rel;

function file(name: string, text = readFileSync(join(EXAMPLES_DIR, name), 'utf8')): LoadedFile {
  const path = join(EXAMPLES_DIR, name);
  const checked = checkText(path, text, { rules: [] });
  expect(checked.document, name).toBeDefined();
  return { file: name, path, doc: checked.document as CochuongDocument };
}

/** The ids of the events in each state that status prints. */
function shown(files: LoadedFile[], date: string) {
  const [f] = statusOf(files, date, load());
  const ids = (status: string) => f.events.filter((e) => e.status === status).map((e) => e.event.id).sort();
  return { overdue: ids('overdue'), due: ids('due'), upcoming: ids('upcoming'), inView: f.inView };
}

const phuDong = file('phu-dong-2026.yaml');

describe('cochuong status on fixed dates, against answers worked out by hand from phu-dong-2026.yaml', () => {
  // Items: bau-cu before 15/3; dan-chu-co-so first half; giam-sat Q3; vi-nguoi-ngheo Q4; ngay-hoi-dai-doan-ket November;
  // sơ kết June, tổng kết December, giao ban every quarter (in its last month).
  it('1 March 2026: the election deadline comes up, the first half and the Q1 meeting are running', () => {
    expect(shown([phuDong], '2026-03-01')).toEqual({ overdue: [], due: ['dan-chu-co-so', 'giao_ban-1'], upcoming: ['bau-cu'], inView: true });
  });
  it('15 March 2026, the deadline day, is due; the 16th it is overdue', () => {
    expect(shown([phuDong], '2026-03-15').due).toContain('bau-cu');
    expect(shown([phuDong], '2026-03-16').overdue).toEqual(['bau-cu']);
  });
  it('15 June 2026: the mid-year review and the Q2 meeting are due, Q3 supervision comes up; a past meeting is not "overdue"', () => {
    expect(shown([phuDong], '2026-06-15')).toEqual({
      overdue: ['bau-cu'], due: ['dan-chu-co-so', 'giao_ban-2', 'so_ket'], upcoming: ['giam-sat'], inView: true });
  });
  it('20 December 2026: what the year left undone, and the year-end review', () => {
    expect(shown([phuDong], '2026-12-20')).toEqual({
      overdue: ['bau-cu', 'dan-chu-co-so', 'giam-sat', 'ngay-hoi-dai-doan-ket', 'so_ket'], due: ['giao_ban-4', 'tong_ket', 'vi-nguoi-ngheo'], upcoming: [], inView: true });
  });
  it('10 December 2025: the first half of next year comes up; a 2020 program is history and left out', () => {
    expect(shown([phuDong], '2025-12-10')).toEqual({ overdue: [], due: [], upcoming: ['dan-chu-co-so'], inView: true });
    expect(shown([file('soc-son-2020.yaml')], '2026-06-15').inView).toBe(false);
  });
  it('a report in the same folder marks its program\'s finished items and the review done', () => {
    const program = file('soc-son-2020.yaml');
    const report = file('soc-son-bao-cao-2020.yaml');
    const alone = statusOf([program], '2020-12-31', load())[0];
    const both = statusOf([program, report], '2020-12-31', load())[0];
    const done = both.events.filter((e) => e.status === 'done').map((e) => e.event.id).sort();
    const finished = report.doc.ket_qua!.filter((r) => r.danh_gia === 'hoan_thanh').map((r) => r.noi_dung);
    expect(done).toEqual([...finished.filter((id) => alone.events.find((e) => e.event.id === id)!.status !== 'undated'), 'tong_ket'].sort());
  });
  it('a report lists the program\'s items that have no result yet', () => {
    const program = file('soc-son-2020.yaml');
    const skeleton = reportSkeleton({ program: program.doc, programPath: 'soc-son-2020.yaml', programFile: 'soc-son-2020.yaml', ky: 'ca-nam' });
    const statuses = statusOf([file('skeleton.yaml', skeleton), file('soc-son-bao-cao-2020.yaml')], '2021-01-10', load());
    expect(statuses[0].withoutResult!.map((i) => i.id)).toEqual(program.doc.noi_dung!.map((i) => i.id));
    expect(statuses[1].withoutResult).toEqual([]);
    expect(summarize(statuses).withoutResult).toBe(8);
    expect(formatStatusText(statuses, '2021-01-10', 'vi')).toContain('Chưa có kết quả:\n    - Tuyên truyền Nghị quyết');
    expect(JSON.parse(formatStatusJson(statuses, '2021-01-10')).summary.withoutResult).toBe(8);
  });
});

describe('status as a calendar (RFC 5545)', () => {
  const statuses = statusOf([phuDong, file('soc-son-2020.yaml')], '2026-06-15', load());
  const ics = formatIcs(statuses, '2026-06-15');

  it('parses with a real parser (ical.js), one all-day event per dated event, with the Vietnamese text intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const dated = statuses.flatMap((s) => s.events).filter((e) => e.event.end && !e.event.continuous);
    expect(events).toHaveLength(dated.length);
    const election = events.find((e) => e.summary.startsWith('Hạn: Bầu cử'))!;
    expect(election.summary).toBe('Hạn: Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 (xã Phù Đổng)');
    expect(election.startDate.toString()).toBe('2026-03-15');
    expect(election.startDate.isDate).toBe(true);
    expect(election.endDate.toString()).toBe('2026-03-16');
    const q3 = events.find((e) => e.summary.startsWith('Giám sát việc sử dụng vốn'))!;
    expect(q3.startDate.toString()).toBe('2026-09-30');
    expect(q3.description).toContain('Quý III (2026-07-01 – 2026-09-30)\nChủ trì: TT HĐND');
  });
  it('folds lines at 75 octets without splitting a character, ends lines with CRLF, escapes text', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /u);
    const long = 'SUMMARY:' + 'Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư; '.repeat(3);
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('keeps UIDs stable: the same on another day and after the wording changes, so re-importing updates instead of doubling', () => {
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    const first = uids(ics);
    expect(new Set(first).size).toBe(first.length);
    expect(uids(formatIcs(statusOf([phuDong, file('soc-son-2020.yaml')], '2026-11-01', load()), '2026-11-01'))).toEqual(first);
    const reworded = file('phu-dong-2026.yaml', readFileSync(join(EXAMPLES_DIR, 'phu-dong-2026.yaml'), 'utf8').replace('Giám sát việc sử dụng vốn', 'Giám sát vốn'));
    expect(uids(formatIcs(statusOf([reworded, file('soc-son-2020.yaml')], '2026-06-15', load()), '2026-06-15'))).toEqual(first);
  });
  it('counts days in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
