import type { Lang } from '../report/style.js';
import type { Change, ChangeKind, DiffSummary, DocumentDiff, Section, UnitElement } from './model.js';
import { SECTIONS } from './model.js';
import { diemLetter, fieldLabel, pick, roman, SECTION_TITLES } from './labels.js';
import { isRecord, own, showAny, showTime } from './shown.js';
import { paragraphList } from './fields.js';

/**
 * A diff put into words, ready for the text and Markdown formatters: groups by section, one
 * line per change ("Sửa  Nội dung 6: …"), and rows under it for what changed inside. Text is in
 * segments marked inserted or deleted, which each formatter draws its own way.
 */
export interface Segment {
  text: string;
  /** insert / delete: words added or removed inside a text; old / new: the two sides of "old → new". */
  op?: 'insert' | 'delete' | 'old' | 'new';
}

export interface Row {
  depth: number;
  label: string;
  value: Segment[];
}

export interface Line {
  kind: ChangeKind;
  what: string;
  value?: Segment[];
  note?: string;
  rows: Row[];
}

export interface Group {
  section: Section;
  title: string;
  lines: Line[];
}

export interface Described {
  title: string;
  subtitle?: string;
  groups: Group[];
  summary: string;
  hidden?: string;
}

const plain = (text: string): Segment[] => (text ? [{ text }] : []);

export function describeDiff(diff: DocumentDiff, lang: Lang): Described {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const groups: Group[] = [];
  for (const section of SECTIONS) {
    const changes = diff.changes.filter((c) => c.section === section);
    if (changes.length === 0) continue;
    groups.push({ section, title: pick(SECTION_TITLES[section], lang), lines: changes.map((c) => describeChange(c, lang, diff.units, { old: diff.old.nam, new: diff.new.nam })) });
  }
  const described: Described = {
    title: t(`So sánh ${diff.old.file} → ${diff.new.file}`, `Comparing ${diff.old.file} → ${diff.new.file}`),
    groups,
    summary: summaryText(diff.summary, lang),
  };
  const subtitle = sidesText(diff, lang);
  if (subtitle) described.subtitle = subtitle;
  if (diff.summary.hiddenYearOnly > 0) {
    const n = diff.summary.hiddenYearOnly;
    const years = diff.yearOverYear ? ` ${diff.yearOverYear.from} → ${diff.yearOverYear.to}` : '';
    described.hidden = t(`Đã ẩn ${n} thay đổi chỉ do đổi năm${years}; thêm --keep-years để xem.`,
      `${n} change${n === 1 ? '' : 's'} that only move the year on${years} ${n === 1 ? 'is' : 'are'} hidden; add --keep-years to see them.`);
  }
  if (diff.matchingCapped) {
    const note = t('Danh sách quá dài để ghép từng mục theo nội dung: các mục không cùng mã (id) có thể hiện là bỏ và thêm thay vì sửa. Đặt id cho các mục để so sánh chính xác.',
      'A list is too long to pair every member by its words: members without the same id may show as removed and added instead of changed. Give the members ids for an exact comparison.');
    described.hidden = described.hidden ? `${described.hidden} ${note}` : note;
  }
  return described;
}

/** "3 nội dung mới, 1 nội dung bỏ, 4 nội dung sửa, 2 thay đổi khác", or "Không có thay đổi". */
export function summaryText(s: DiffSummary, lang: Lang): string {
  const shown: string[] = [];
  for (const u of s.byUnit) {
    const [vi, one, many] = UNIT_NOUNS[u.element];
    const parts = [[u.added, 'mới', 'added'], [u.removed, 'bỏ', 'removed'], [u.changed, 'sửa', 'changed'], [u.moved, 'chuyển chỗ', 'moved']] as const;
    for (const [n, wordVi, wordEn] of parts) {
      if (n > 0) shown.push(lang === 'vi' ? `${n} ${vi} ${wordVi}` : `${n} ${n === 1 ? one : many} ${wordEn}`);
    }
  }
  if (s.other > 0) shown.push(lang === 'vi' ? `${s.other} thay đổi khác` : `${s.other} other change${s.other === 1 ? '' : 's'}`);
  if (shown.length === 0) return lang === 'vi' ? 'Không có thay đổi.' : 'No differences.';
  return shown.join(', ') + '.';
}

const UNIT_NOUNS: Record<UnitElement, [string, string, string]> = {
  noi_dung: ['nội dung', 'item', 'items'], chuong: ['chương', 'chapter', 'chapters'], dieu: ['điều', 'article', 'articles'], ket_qua: ['kết quả', 'result', 'results'],
};

function sidesText(diff: DocumentDiff, lang: Lang): string | undefined {
  const kinds: Record<string, [string, string]> = {
    chuong_trinh: ['Chương trình phối hợp', 'Coordination program'], quy_che: ['Quy chế phối hợp', 'Coordination regulation'],
    bao_cao: ['Báo cáo kết quả', 'Results report'],
  };
  const side = (s: DocumentDiff['old']) => {
    const pair = s.loai ? own(kinds, s.loai) : undefined;
    const kind = pair ? pick(pair, lang) : '';
    const when = s.nam !== undefined ? `${lang === 'vi' ? 'năm' : ''} ${s.nam}` : s.nhiem_ky ? `${lang === 'vi' ? 'nhiệm kỳ' : 'term'} ${s.nhiem_ky}` : '';
    return `${kind} ${when}`.replace(/\s+/g, ' ').trim();
  };
  const a = side(diff.old);
  const b = side(diff.new);
  return a || b ? `${a || '?'} → ${b || '?'}` : undefined;
}

function describeChange(change: Change, lang: Lang, units: DocumentDiff['units'], year?: { old?: number; new?: number }): Line {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const line: Line = { kind: change.kind, what: whatOf(change, lang), rows: [] };
  const notes: string[] = [];
  if (change.moved) notes.push(movedNote(change, lang));
  if (change.yearOnly) notes.push(t('chỉ đổi năm', 'year only'));
  if (change.related) {
    const r = change.related;
    const name = `${t('nội dung', 'item')} ${r.relation === 'split-from' ? r.oldPosition : r.newPosition}${r.title ? ` «${r.title}»` : ''}`;
    notes.push(r.relation === 'split-from' ? t(`tách ra từ ${name}`, `split from ${name}`) : t(`đã gộp vào ${name}`, `merged into ${name}`));
  }
  if (notes.length > 0) line.note = notes.join('; ');

  if (change.element === 'field' || change.element === 'paragraph' || change.element === 'noi_nhan') {
    line.value = valueOf(change, lang);
  } else if (change.details) {
    for (const d of change.details) line.rows.push(...rowsOf(d, 1, lang));
  } else if (change.kind === 'added' || change.kind === 'removed') {
    line.rows.push(...wholeRows(change, lang, change.kind === 'added' ? units.new : units.old, change.kind === 'added' ? year?.new : year?.old));
  }
  return line;
}

/** How a line names what changed: "Nội dung 6: Đổi mới hoạt động giám sát", "Điều 7. …", "Người ký". */
function whatOf(c: Change, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const position = c.newPosition ?? c.oldPosition ?? 0;
  const title = c.newTitle ?? c.oldTitle;
  const titled = (name: string, sep = ':') => (title ? `${name}${sep} ${title}` : name);
  switch (c.element) {
    case 'field': return fieldLabel(c.field, lang);
    case 'paragraph': return t(`Đoạn ${position}`, `Paragraph ${position}`);
    case 'noi_nhan': return '';
    case 'noi_dung': return titled(t(`Nội dung ${position}`, `Item ${position}`));
    case 'chuong': return titled(t(`Chương ${roman(position)}`, `Chapter ${roman(position)}`));
    case 'dieu': return titled(t(`Điều ${position}`, `Article ${position}`), '.');
    case 'khoan': return t(`Khoản ${position}`, `Clause ${position}`);
    case 'trach_nhiem': return t(`Trách nhiệm của ${title ?? c.id ?? ''}`, `Responsibilities of ${title ?? c.id ?? ''}`);
    case 'ket_qua': return t(`Kết quả nội dung «${c.id ?? title ?? ''}»`, `Result for item «${c.id ?? title ?? ''}»`);
    default: return title ?? c.id ?? '';
  }
}

function movedNote(c: Change, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const parts: string[] = [];
  const word: Record<string, [string, string]> = {
    noi_dung: ['nội dung', 'item'], dieu: ['Điều', 'Article'], chuong: ['Chương', 'Chapter'], khoan: ['khoản', 'clause'],
    paragraph: ['đoạn', 'paragraph'], noi_nhan: ['dòng', 'line'], ben: ['vị trí', 'position'],
  };
  const point = c.element === 'paragraph' && c.field === 'diem';
  const w = point ? ['điểm', 'point'] : word[c.element] ?? ['vị trí', 'position'];
  const number = (n: number | undefined) => (n === undefined ? '?' : c.element === 'chuong' ? roman(n) : point ? diemLetter(n) : String(n));
  if (c.oldPosition !== c.newPosition) parts.push(t(`trước là ${w[0]} ${number(c.oldPosition)}`, `was ${w[1]} ${number(c.oldPosition)}`));
  if (c.oldParent !== undefined && c.newParent !== undefined && c.oldParent !== c.newParent) {
    parts.push(t(`chuyển từ Chương ${roman(c.oldParent)} sang Chương ${roman(c.newParent)}`, `from Chapter ${roman(c.oldParent)} to Chapter ${roman(c.newParent)}`));
  }
  return parts.length > 0 ? parts.join(', ') : t('đổi thứ tự', 'order changed');
}

/** The value of a leaf change: a word diff for text, "old → new" for other values. */
function valueOf(c: Change, lang: Lang): Segment[] {
  if (c.members && (c.members.added.length > 0 || c.members.removed.length > 0)) {
    const out: Segment[] = [];
    if (c.members.added.length > 0) out.push({ text: lang === 'vi' ? 'thêm ' : 'added ' }, { text: c.members.added.join(', '), op: 'insert' });
    if (c.members.removed.length > 0) {
      if (out.length > 0) out.push({ text: '; ' });
      out.push({ text: lang === 'vi' ? 'bỏ ' : 'removed ' }, { text: c.members.removed.join(', '), op: 'delete' });
    }
    return out;
  }
  if (c.words && c.kind === 'changed') return c.words.map((w) => (w.op === 'equal' ? { text: w.text } : { text: w.text, op: w.op }));
  const oldText = c.oldShown ?? (c.old !== undefined ? showAny(c.old) : '');
  const newText = c.newShown ?? (c.new !== undefined ? showAny(c.new) : '');
  if (c.kind === 'added') return plain(newText);
  if (c.kind === 'removed') return plain(oldText);
  if (c.kind === 'moved') return plain(newText || oldText);
  return [{ text: oldText, op: 'old' }, { text: ' → ' }, { text: newText, op: 'new' }];
}

function rowsOf(c: Change, depth: number, lang: Lang): Row[] {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  let label = whatOf(c, lang);
  if (c.element === 'paragraph' && c.field === 'diem') {
    // Điểm are cited by letter, as in "điểm đ khoản 2 Điều 5".
    label = `${t('Điểm', 'Point')} ${diemLetter(c.newPosition ?? c.oldPosition ?? 0)}`;
  } else if (c.element === 'paragraph') {
    // "Mô tả" for a one-paragraph text; "Mô tả đoạn 2" when the text is a list of paragraphs.
    const listed = typeof c.newPath?.at(-1) === 'number' || typeof c.oldPath?.at(-1) === 'number';
    label = fieldLabel(c.field, lang) + (listed ? ` ${t('đoạn', 'paragraph')} ${c.newPosition ?? c.oldPosition}` : '');
  }
  if (c.kind === 'added' && c.element !== 'field') label = `${t('thêm', 'added')} ${lowerFirst(label)}`;
  else if (c.kind === 'removed' && c.element !== 'field') label = `${t('bỏ', 'removed')} ${lowerFirst(label)}`;
  else if (c.kind === 'added') label = `${label} (${t('thêm', 'added')})`;
  else if (c.kind === 'removed') label = `${label} (${t('bỏ', 'removed')})`;
  const notes: string[] = [];
  if (c.moved) notes.push(movedNote(c, lang));
  if (c.yearOnly) notes.push(t('chỉ đổi năm', 'year only'));
  if (notes.length > 0) label = `${label} (${notes.join('; ')})`;

  if (c.details) {
    return [{ depth, label, value: [] }, ...c.details.flatMap((d) => rowsOf(d, depth + 1, lang))];
  }
  if (c.element === 'dieu' || c.element === 'chuong') return [{ depth, label, value: [] }];
  if (c.element === 'khoan') {
    const text = c.kind === 'removed' ? c.oldShown : c.newShown;
    return [{ depth, label, value: plain(text ?? '') }];
  }
  return [{ depth, label, value: valueOf(c, lang) }];
}

const lowerFirst = (s: string) => (/^(Điều|Chương|Khoản)\b/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1));

/** What an added or removed element consists of, briefly. */
function wholeRows(c: Change, lang: Lang, units: Record<string, string>, year?: number): Row[] {
  const unit = (id: unknown) => (typeof id === 'string' ? own(units, id) ?? id : undefined);
  const value = c.kind === 'added' ? c.new : c.old;
  if (!isRecord(value)) return [];
  const row = (field: string, text: string | undefined): Row[] => (text ? [{ depth: 1, label: fieldLabel(field, lang), value: plain(text) }] : []);
  switch (c.element) {
    case 'noi_dung': return [
      ...row('mo_ta', (paragraphList(value.mo_ta) ?? []).join(' ')),
      ...row('chu_tri', unit(value.chu_tri)),
      ...row('phoi_hop', Array.isArray(value.phoi_hop) ? value.phoi_hop.map((id) => unit(id) ?? showAny(id)).join(', ') : undefined),
      ...row('thoi_gian', showTime(value.thoi_gian, year)),
    ];
    case 'ben': {
      const ky = isRecord(value.ky) ? value.ky : {};
      return row('ky.ho_ten', [ky.ky_thay ? `KT. ${showAny(ky.ky_thay)}` : '', showAny(ky.chuc_vu), showAny(ky.ho_ten)].filter(Boolean).join(' '));
    }
    case 'don_vi': return row('viet_tat', typeof value.viet_tat === 'string' ? value.viet_tat : undefined);
    case 'trach_nhiem': return row('nhiem_vu', (paragraphList(value.nhiem_vu) ?? []).join(' '));
    case 'ket_qua': return row('mo_ta', (paragraphList(value.mo_ta) ?? []).join(' '));
    default: return [];
  }
}
