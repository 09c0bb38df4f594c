import { shortDate } from '../model/dates.js';
import { placeName } from '../render/helpers.js';
import type { Lang } from '../report/style.js';
import { UPCOMING_DAYS, type DueStatus } from './schedule.js';
import { summarize, type FileStatus } from './status-of.js';

const HEADINGS: Partial<Record<DueStatus, [string, string]>> = {
  overdue: ['Quá hạn', 'Overdue'],
  due: ['Đang đến hạn', 'Due now'],
  upcoming: [`Sắp tới (${UPCOMING_DAYS} ngày)`, `Coming up (${UPCOMING_DAYS} days)`],
};

/** What is due, file by file, as a clerk reads it; programs far from the day are only counted. */
export function formatStatusText(statuses: readonly FileStatus[], date: string, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const out = [t(`Tình hình đến ngày ${shortDate(date)}`, `Status as of ${date}`), ''];
  for (const f of statuses) {
    const place = placeName(f.doc.dia_phuong);
    if (f.doc.loai === 'chuong_trinh') {
      if (!f.inView) continue;
      out.push(`${f.file} — ${t(`Chương trình phối hợp năm ${f.doc.nam}, ${place}`, `Program for ${f.doc.nam}, ${place}`)}`);
      let any = false;
      for (const status of ['overdue', 'due', 'upcoming'] as const) {
        const events = f.events.filter((e) => e.status === status);
        if (events.length === 0) continue;
        any = true;
        out.push(`  ${t(...HEADINGS[status]!)}:`);
        for (const { event } of events) out.push(`    - ${event.title}${event.lead ? ` (${t('chủ trì', 'lead')}: ${event.lead})` : ''} — ${event.when}`);
      }
      const undated = f.events.filter((e) => e.status === 'undated').length;
      const ongoing = f.events.filter((e) => e.status === 'ongoing').length;
      const done = f.events.filter((e) => e.status === 'done').length;
      const rest = [
        ongoing ? t(`${ongoing} nội dung thường xuyên, cả năm`, `${ongoing} ongoing item(s)`) : '',
        undated ? t(`${undated} nội dung theo sự kiện`, `${undated} item(s) tied to events`) : '',
        done ? t(`${done} đã xong (theo báo cáo)`, `${done} done (per the report)`) : '',
      ].filter(Boolean);
      if (!any) out.push(`  ${t('Không có việc quá hạn, đến hạn hay sắp tới.', 'Nothing overdue, due or coming up.')}`);
      if (rest.length) out.push(`  ${rest.join('; ')}.`);
    } else {
      out.push(`${f.file} — ${t(`Báo cáo năm ${f.doc.nam ?? ''}, ${place}`, `Report for ${f.doc.nam ?? ''}, ${place}`)}`);
      if (f.programUnread) out.push(`  ${t(`Không đọc được chương trình (${f.programUnread}).`, `The program could not be read (${f.programUnread}).`)}`);
      else if (!f.withoutResult) out.push(`  ${t('Báo cáo không dẫn tệp chương trình (chuong_trinh.tep).', 'The report names no program file (chuong_trinh.tep).')}`);
      else if (f.withoutResult.length === 0) out.push(`  ${t('Mọi nội dung của chương trình đã có kết quả.', 'Every program item has a result.')}`);
      else {
        out.push(`  ${t('Chưa có kết quả', 'No result yet')}:`);
        for (const item of f.withoutResult) out.push(`    - ${item.title} (${item.id})`);
      }
    }
    out.push('');
  }
  const s = summarize(statuses);
  out.push(t(`Tổng: ${s.overdue} quá hạn, ${s.due} đang đến hạn, ${s.upcoming} sắp tới; ${s.withoutResult} nội dung báo cáo chưa có kết quả.`,
    `Total: ${s.overdue} overdue, ${s.due} due, ${s.upcoming} coming up; ${s.withoutResult} report item(s) without a result.`)
    + (s.outOfView ? t(` ${s.outOfView}/${s.programs} chương trình của năm khác không xét.`, ` ${s.outOfView}/${s.programs} program(s) of other years left out.`) : ''));
  return out.join('\n') + '\n';
}

/** The same as data (cochuong-status, version 1): every event of every program, with its state. */
export function formatStatusJson(statuses: readonly FileStatus[], date: string): string {
  return JSON.stringify({
    format: 'cochuong-status', version: 1, date,
    files: statuses.map((f) => ({
      file: f.file, loai: f.doc.loai, nam: f.doc.nam ?? null, inView: f.inView,
      events: f.events.map(({ event, status }) => ({ uid: event.uid, kind: event.kind, id: event.id, title: event.title, lead: event.lead ?? null,
        when: event.when, start: event.start ?? null, end: event.end ?? null, status })),
      ...(f.doc.loai === 'bao_cao' ? { withoutResult: f.withoutResult ?? null, programUnread: f.programUnread ?? null } : {}),
    })),
    summary: summarize(statuses),
  }, null, 2) + '\n';
}
