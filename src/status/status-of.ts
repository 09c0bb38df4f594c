import { resolve } from 'node:path';
import type { CochuongDocument } from '../model/document.js';
import { itemsWithoutResult, resultFilled } from '../model/report-items.js';
import type { RelatedDocument } from '../rules/rule.js';
import { dueStatus, programInView, programSchedule, type DueStatus, type ScheduledEvent } from './schedule.js';

/**
 * What is due in a set of documents on a day: for programs, each scheduled event with its state
 * (an item a report in the same set marks done is done); for reports, the program's items that
 * have no result yet. Pure but for `loadRelated` (a report's program).
 */
export interface LoadedFile {
  file: string;
  /** The absolute path, to pair reports with programs. */
  path: string;
  doc: CochuongDocument;
}

export interface EventState {
  event: ScheduledEvent;
  status: DueStatus;
}

export interface FileStatus {
  file: string;
  doc: CochuongDocument;
  /** Programs: false when the day is far from the program's year (history, next year's draft). */
  inView: boolean;
  events: EventState[];
  /** Reports: the items without a result, and whether the program could be read. */
  withoutResult?: { id: string; title: string }[];
  programUnread?: string;
}

export function statusOf(files: readonly LoadedFile[], date: string, loadRelated: (fromPath: string, relative: string) => RelatedDocument): FileStatus[] {
  const done = new Map<string, Set<string>>();
  const out: FileStatus[] = [];
  for (const f of files) {
    if (f.doc.loai !== 'bao_cao' || !f.doc.chuong_trinh?.tep) continue;
    const target = resolve(f.path, '..', f.doc.chuong_trinh.tep);
    const ids = done.get(target) ?? new Set<string>();
    for (const r of f.doc.ket_qua ?? []) if (r.danh_gia === 'hoan_thanh' && resultFilled(r)) ids.add(r.noi_dung);
    // The report itself is the review it reports: a sơ kết report, the mid-year review; otherwise the year-end one.
    ids.add(f.doc.ky_bao_cao === '6_thang' ? 'so_ket' : 'tong_ket');
    done.set(target, ids);
  }
  for (const f of files) {
    if (f.doc.loai === 'chuong_trinh' && f.doc.nam !== undefined) {
      const finished = done.get(f.path) ?? new Set<string>();
      const events = programSchedule(f.doc).map((event) => ({ event, status: dueStatus(event, date, event.kind !== 'giao_ban' && finished.has(event.id)) }));
      out.push({ file: f.file, doc: f.doc, inView: programInView(f.doc, date), events });
    } else if (f.doc.loai === 'bao_cao') {
      const status: FileStatus = { file: f.file, doc: f.doc, inView: true, events: [] };
      const tep = f.doc.chuong_trinh?.tep;
      if (tep) {
        const program = loadRelated(f.path, tep);
        if (program.ok) {
          const { missing, empty } = itemsWithoutResult(f.doc, program.doc);
          status.withoutResult = [...missing, ...empty].map((item) => ({ id: item.id, title: item.tieu_de }));
          const order = new Map(program.doc.noi_dung?.map((item, i) => [item.id, i]));
          status.withoutResult.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
        } else {
          status.programUnread = program.reason.vi;
        }
      }
      out.push(status);
    }
  }
  return out;
}

export interface StatusSummary {
  overdue: number;
  due: number;
  upcoming: number;
  withoutResult: number;
  programs: number;
  outOfView: number;
}

export function summarize(statuses: readonly FileStatus[]): StatusSummary {
  const s: StatusSummary = { overdue: 0, due: 0, upcoming: 0, withoutResult: 0, programs: 0, outOfView: 0 };
  for (const f of statuses) {
    if (f.doc.loai === 'chuong_trinh') {
      s.programs++;
      if (!f.inView) { s.outOfView++; continue; }
    }
    for (const e of f.events) if (e.status === 'overdue' || e.status === 'due' || e.status === 'upcoming') s[e.status]++;
    s.withoutResult += f.withoutResult?.length ?? 0;
  }
  return s;
}
