import { shortDate } from '../model/dates.js';
import { citation, currentReplacement, identifyBasis, type CanCu, type KnownLegalBasis } from '../model/legal-bases.js';
import { text, type Text } from '../message/message.js';

/**
 * What becomes of each legal basis (căn cứ) when a document is carried to a new date: kept, replaced
 * by the law that replaced it (a law is cited by name and date, so the known table gives all of it),
 * dropped when its replacement is already cited, or flagged when the replacement is another kind of
 * text (its issuer and subject must be copied from that text). The facts come from model/legal-bases.ts.
 */
export type LegalStep =
  | { kind: 'keep'; index: number }
  | { kind: 'replace'; index: number; old: KnownLegalBasis; by: KnownLegalBasis; entry: CanCu; why: Text }
  | { kind: 'drop'; index: number; old: KnownLegalBasis; by: KnownLegalBasis; why: Text }
  | { kind: 'flag'; index: number; old: KnownLegalBasis; by?: KnownLegalBasis; why: Text };

/** `date` is the new document's date (ISO); `yearEnd` its last day, for texts replaced during the year. */
export function legalStepsFor(bases: readonly CanCu[], date: string, yearEnd: string): LegalStep[] {
  const cited = new Set<string>();
  for (const entry of bases) {
    const known = identifyBasis(entry);
    if (known && !(known.basis.citedUntil && date >= known.basis.citedUntil)) cited.add(known.basis.so);
  }
  return bases.map((entry, index): LegalStep => {
    const known = identifyBasis(entry)?.basis;
    if (!known || !known.citedUntil) return { kind: 'keep', index };
    if (date < known.citedUntil) {
      if (yearEnd < known.citedUntil) return { kind: 'keep', index };
      const by = currentReplacement(known, known.citedUntil);
      return { kind: 'flag', index, old: known, by, why: text(
        `${citation(known).vi} chỉ được dùng đến trước ngày ${shortDate(known.citedUntil)}${by ? `, sau đó thay bằng ${citation(by).vi}${source(by).vi}` : ''}: nếu văn bản ký từ ngày đó, sửa căn cứ này.`,
        `${citation(known).en} is cited only until ${known.citedUntil}${by ? `, then replaced by ${citation(by).en}${source(by).en}` : ''}: if the document is signed on or after that day, change this basis.`) };
    }
    const by = currentReplacement(known, date);
    if (!by) return { kind: 'flag', index, old: known, why: text(
      `${citation(known).vi} không còn được dùng làm căn cứ từ ngày ${shortDate(known.citedUntil)}: thay bằng văn bản đang có hiệu lực hoặc bỏ.`,
      `${citation(known).en} is no longer cited from ${known.citedUntil}: replace it with the text in force, or remove it.`) };
    const said = text(`${citation(known).vi} đã được thay bằng ${citation(by).vi}${source(by).vi}.`, `${citation(known).en} was replaced by ${citation(by).en}${source(by).en}.`);
    if (cited.has(by.so)) return { kind: 'drop', index, old: known, by, why: text(`${said.vi} Văn bản này đã có trong căn cứ, nên bỏ dòng cũ.`, `${said.en} It is already cited, so the old line is removed.`) };
    if (entry.loai !== 'luat' || !by.title.vi.startsWith('Luật ')) {
      return { kind: 'flag', index, old: known, by, why: text(`${said.vi} Chép số, cơ quan ban hành và trích yếu từ văn bản mới vào căn cứ này.`,
        `${said.en} Copy the new text's number, issuer and subject into this basis.`) };
    }
    cited.add(by.so);
    return { kind: 'replace', index, old: known, by, entry: lawEntry(entry, by), why: said };
  });
}

/** The replacing law, keyed as the clerk wrote the old line (a law without its number stays without). */
function lawEntry(old: CanCu, by: KnownLegalBasis): CanCu {
  const values: Record<string, string> = { loai: 'luat', ten: by.title.vi.replace(/^Luật /u, ''), ngay: by.ngay, so: by.so };
  const entry: Record<string, string> = {};
  for (const key of Object.keys(old)) if (key in values && (key !== 'so' || old.so)) entry[key] = values[key];
  for (const key of ['loai', 'ten', 'ngay'] as const) if (!(key in entry)) entry[key] = values[key];
  return entry as unknown as CanCu;
}

/** Where the fact comes from: the replacing text itself, with its date and entry into force. */
function source(by: KnownLegalBasis): Text {
  const from = by.inForceFrom && by.inForceFrom !== by.ngay ? `, có hiệu lực từ ${shortDate(by.inForceFrom)}` : by.inForceFrom ? ', có hiệu lực từ ngày thông qua' : '';
  const fromEn = by.inForceFrom ? `, in force from ${by.inForceFrom}` : '';
  return text(` (ngày ${shortDate(by.ngay)}${from}; nguồn: bảng căn cứ của cochuong, src/model/legal-bases.ts)`,
    ` (of ${by.ngay}${fromEn}; source: cochuong's table of legal bases, src/model/legal-bases.ts)`);
}
