import { addDays } from './calendar-days.js';
import type { FileStatus } from './status-of.js';
import { placeName } from '../render/helpers.js';

/**
 * A calendar (RFC 5545) of the programs' dated events: one all-day event on the last day of each
 * window (a deadline's day, a quarter's last day), with the window in its description. UIDs are
 * stable (unit, year, item id), so importing a newer file updates events instead of doubling them.
 */
export function formatIcs(statuses: readonly FileStatus[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cochuong//status//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Chương trình phối hợp')}`];
  const dtstamp = `${stamp.replace(/-/g, '')}T000000Z`;
  for (const f of statuses) {
    if (f.doc.loai !== 'chuong_trinh') continue;
    const place = placeName(f.doc.dia_phuong);
    for (const { event } of f.events) {
      if (!event.end || event.continuous) continue;
      const day = event.end.replace(/-/g, '');
      const description = [
        `${event.when}${event.start && event.start !== event.end ? ` (${event.start} – ${event.end})` : ''}`,
        event.lead ? `Chủ trì: ${event.lead}` : undefined,
        `Chương trình phối hợp năm ${f.doc.nam}, ${place} (${f.file})`,
      ].filter(Boolean).join('\n');
      lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${dtstamp}`, `DTSTART;VALUE=DATE:${day}`,
        `DTEND;VALUE=DATE:${addDays(event.end, 1).replace(/-/g, '')}`,
        `SUMMARY:${escapeText(`${event.deadline ? 'Hạn: ' : ''}${event.title} (${place})`)}`,
        `DESCRIPTION:${escapeText(description)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.normalize('NFC').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines of at most 75 octets, continued with CRLF and a space, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
