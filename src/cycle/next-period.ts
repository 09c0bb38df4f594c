import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ABOLISHED_UNIT_WORDS, ADMIN_LEVELS, REFORM_DATE, findUnitMentions, levelExistedOn } from '../model/admin-units.js';
import { paragraphs, type CochuongDocument, type NoiDung, type ThoiGian } from '../model/document.js';
import { shortDate } from '../model/dates.js';
import { hdndTerm } from '../model/terms.js';
import { timesOf } from '../model/times.js';
import { text, type Text } from '../message/message.js';
import { CYCLE_CODES } from './codes.js';
import { legalStepsFor } from './legal-forward.js';
import { moveDate, moveTermInText, moveYearsInText, type YearMove } from './shift-years.js';
import { commentAbove, commentAfter, documentText, eachComment, eachString, setExisting, type DataPath } from './yaml-edit.js';

/**
 * Next period's draft from this period's document: a program for the next year, a quy chế for the
 * next term. Pure: text in, text and notes out; the command reads, validates and writes.
 */
export interface NextPeriodInput {
  /** The source as the user named it (for the header note). */
  file: string;
  /** The decoded source text: edited in place, so the clerk's comments and layout stay. */
  text: string;
  /** The same document, already valid against the schema. */
  doc: CochuongDocument;
  /** A program's new year (default: the next one). */
  toYear?: number;
  /** Last period's report, to carry unfinished items forward; with the program it names, when that is another file. */
  report?: { file: string; doc: CochuongDocument; program?: CochuongDocument };
}

/** Something the clerk must confirm or fix in the draft, at a path of the new document. */
export interface CycleNote {
  code: keyof typeof CYCLE_CODES;
  path: DataPath;
  key?: boolean;
  message: Text;
  note?: Text;
  actual?: string;
}

export interface NextPeriodResult {
  text: string;
  /** "2021" or "2026-2031": what the draft is for, to name the output file. */
  period: string;
  from: string;
  notes: CycleNote[];
}

/** Keys whose values are ids, dates or codes: never rewritten as text. */
const NOT_TEXT = new Set(['id', 'chu_tri', 'phoi_hop', 'ben', 'ky_hieu', 'so', 'ngay', 'ngay_ban_hanh', 'han', 'tep', 'cap', 'loai', 'nhiem_ky', 'giai_doan', 'khoa', 'noi_dung_id', 'dinh_ky']);
/** Subtrees that name things as they are (the unit, the cited texts): never rewritten. */
const NOT_TEXT_TREES = new Set(['can_cu', 'dia_phuong']);

const UNFINISHED = new Set(['chua_hoan_thanh', 'hoan_thanh_mot_phan', 'chuyen_nam_sau']);
const ASSESSED: Record<string, Text> = {
  chua_hoan_thanh: text('chưa hoàn thành', 'not done'),
  hoan_thanh_mot_phan: text('hoàn thành một phần', 'partly done'),
  chuyen_nam_sau: text('chuyển sang năm sau', 'carried over'),
};

export function nextPeriod(input: NextPeriodInput): NextPeriodResult {
  const yaml = parseDocument(input.text, { keepSourceTokens: false });
  const notes: CycleNote[] = [];
  const doc = input.doc;
  let period: string;
  let from: string;
  let date: string;
  let yearEnd: string;

  if (doc.loai === 'quy_che') {
    const span = periodOf(doc)!;
    from = span.label;
    period = span.key === 'nhiem_ky' ? nextTerm(from) : nextSpan(from);
    moveTerm(yaml, span.key, from, period, notes, doc);
    date = `${period.slice(0, 4)}-07-01`;
    yearEnd = `${period.slice(0, 4)}-12-31`;
  } else {
    const move: YearMove = { from: doc.nam!, to: input.toYear ?? doc.nam! + 1 };
    from = String(move.from);
    period = String(move.to);
    moveYear(yaml, move, notes, doc);
    if (input.report) carryForward(yaml, input.report, move, notes, doc);
    date = `${move.to}-01-01`;
    yearEnd = `${move.to}-12-31`;
  }

  clearIssue(yaml, doc);
  markSigners(yaml, doc, period, from, notes);
  flagLevels(yaml, doc, date, yearEnd, notes);
  forwardLegalBases(yaml, doc, date, yearEnd, notes);
  const header = text(` DỰ THẢO ${doc.loai === 'quy_che' ? 'nhiệm kỳ' : 'năm'} ${period}, lập từ ${input.file} bằng cochuong new. Tìm các dòng "XÁC NHẬN" và "SỬA" để xem lại trước khi trình ký.`, '');
  addHeaderNote(yaml, header.vi);
  // A file saved on Windows keeps its line endings.
  const written = documentText(yaml);
  return { text: input.text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written, period, from, notes };
}

/** The draft's note goes under the file's own leading comments (the editor's schema line stays first). */
export function addHeaderNote(yaml: Document, note: string): void {
  const first = isMap(yaml.contents) ? yaml.contents.items[0]?.key : undefined;
  const holder = yaml.commentBefore || !isScalar(first) ? yaml : first;
  holder.commentBefore = holder.commentBefore ? `${holder.commentBefore}\n${note}` : note;
}

/** The HĐND term after `label`: the next row of the table, else the same length again. */
export function nextTerm(label: string): string {
  const term = hdndTerm(label);
  const end = term ? term.endYear : Number(label.slice(5, 9));
  const start = term ? term.startYear : Number(label.slice(0, 4));
  const next = hdndTerm(`${end}-${end + (end - start || 5)}`);
  return next ? next.label : `${end}-${end + (end - start || 5)}`;
}

function skipText(path: DataPath): boolean {
  const key = path[path.length - 1];
  if (path.length === 1 && NOT_TEXT_TREES.has(String(key))) return true;
  if (typeof key === 'string' && NOT_TEXT.has(key)) return true;
  // ket_qua[].noi_dung is an id; noi_dung[] (a program's items) is text.
  return path[0] === 'ket_qua' && key === 'noi_dung';
}

function moveYear(yaml: Document, move: YearMove, notes: CycleNote[], doc: CochuongDocument): void {
  setExisting(yaml, ['nam'], move.to);
  eachString(yaml, skipText, (value, _path, set) => {
    const moved = moveYearsInText(value, move);
    if (moved !== value) set(moved);
  });
  eachComment(yaml, (comment) => moveYearsInText(comment, move));
  for (const placed of timesOf(doc)) moveTime(yaml, placed.time, placed.path, move, notes);
}

function moveTime(yaml: Document, time: ThoiGian, path: DataPath, move: YearMove, notes: CycleNote[]): void {
  if (typeof time !== 'object') return;
  if ('han' in time) {
    const moved = moveDate(time.han, move);
    yaml.setIn([...path, 'han'], moved.iso);
    if (moved.leapDayLost) {
      commentAbove(yaml, path, `XÁC NHẬN hạn: năm ${move.to} không có ngày 29/02, máy đã đổi thành 28/02/${move.to}.`);
      notes.push({ code: 'leapDay', path: [...path, 'han'], actual: moved.iso,
        message: text(`Hạn 29/02/${move.from} không có trong năm ${move.to} (năm không nhuận): đã đổi thành 28/02/${move.to}.`,
          `The deadline 29 February ${move.from} does not exist in ${move.to} (not a leap year): it is now 28 February ${move.to}.`),
        note: text(`Xác nhận hạn mới (28/02/${move.to} hoặc 01/3/${move.to}) và sửa han nếu cần.`, `Confirm the new deadline (28 February or 1 March ${move.to}) and edit han if needed.`) });
    }
  } else if ('thang' in time && time.nam !== undefined) {
    yaml.setIn([...path, 'nam'], time.nam + move.to - move.from);
  }
}

/** A quy chế's period: its HĐND term, else the giai đoạn it names; undefined when it names none (nothing to move on). */
export function periodOf(doc: CochuongDocument): { key: 'nhiem_ky' | 'giai_doan'; label: string } | undefined {
  if (doc.nhiem_ky) return { key: 'nhiem_ky', label: doc.nhiem_ky };
  const giaiDoan = (doc as { giai_doan?: unknown }).giai_doan;
  return typeof giaiDoan === 'string' && /^\d{4}-\d{4}$/.test(giaiDoan) ? { key: 'giai_doan', label: giaiDoan } : undefined;
}

/**
 * The giai đoạn after this one, written the way it is: five years counted inclusively ("2026-2030" →
 * "2031-2035"), or end to end like a term ("2020-2025" → "2025-2030").
 */
export function nextSpan(label: string): string {
  const [a, b] = label.split('-').map(Number);
  const start = b - a === 4 ? b + 1 : b;
  return `${start}-${start + (b - a)}`;
}

function moveTerm(yaml: Document, key: 'nhiem_ky' | 'giai_doan', from: string, to: string, notes: CycleNote[], doc: CochuongDocument): void {
  setExisting(yaml, [key], to);
  eachString(yaml, skipText, (value, _path, set) => {
    const moved = moveTermInText(value, from, to);
    if (moved !== value) set(moved);
  });
  eachComment(yaml, (comment) => moveTermInText(comment, from, to));
  if (key === 'giai_doan') return;
  if (doc.khoa !== undefined) {
    yaml.deleteIn(['khoa']);
    commentAbove(yaml, ['nhiem_ky'], `SỬA: ghi số khóa HĐND của nhiệm kỳ ${to} (khoa: …); khóa cũ ${doc.khoa} đã bỏ, máy không tự suy ra số khóa.`);
    notes.push({ code: 'termDetails', path: ['nhiem_ky'], actual: `khoa: ${doc.khoa}`,
      message: text(`Số khóa HĐND (khoa: ${doc.khoa}) là của nhiệm kỳ ${from}, nên đã bỏ khỏi dự thảo nhiệm kỳ ${to}.`,
        `The HĐND khóa number (khoa: ${doc.khoa}) belongs to the ${from} term, so it was left out of the ${to} draft.`),
      note: text(`Ghi khoa: với số khóa HĐND của địa phương nhiệm kỳ ${to}.`, `Add khoa: with the locality's HĐND khóa number for ${to}.`) });
  }
  if (!hdndTerm(to)) {
    notes.push({ code: 'termDetails', path: ['nhiem_ky'], actual: to,
      message: text(`Nhiệm kỳ ${to} chưa có trong bảng nhiệm kỳ HĐND của cochuong (chưa biết ngày bầu cử), nên cochuong validate sẽ báo lỗi nhiệm kỳ.`,
        `The term ${to} is not yet in cochuong's table of HĐND terms (its election day is unknown), so cochuong validate will flag the term.`),
      note: text('Lập quy chế nhiệm kỳ mới sau khi có kết quả bầu cử HĐND; cập nhật cochuong khi nhiệm kỳ mới được công bố.',
        'Draft the new term\'s quy chế after the HĐND election; update cochuong once the new term is announced.') });
  }
}

function clearIssue(yaml: Document, doc: CochuongDocument): void {
  if (doc.so !== undefined && doc.so !== null) {
    yaml.setIn(['so'], null);
    commentAfter(yaml, ['so'], 'dự thảo: văn thư cấp số khi ban hành');
  }
  if (doc.ngay_ban_hanh) {
    yaml.setIn(['ngay_ban_hanh'], null);
    commentAfter(yaml, ['ngay_ban_hanh'], 'dự thảo: ghi ngày ký, YYYY-MM-DD');
  }
}

function markSigners(yaml: Document, doc: CochuongDocument, period: string, from: string, notes: CycleNote[]): void {
  doc.ben.forEach((party, i) => {
    commentAbove(yaml, ['ben', i, 'ky'], `XÁC NHẬN người ký cho ${period}: chép từ văn bản ${from} (${party.ky.chuc_vu} ${party.ky.ho_ten}).`);
  });
  const names = doc.ben.map((party) => `${party.ky.ho_ten} (${party.viet_tat ?? party.ten})`).join(', ');
  notes.push({ code: 'signerToConfirm', path: ['ben'], key: true, actual: names,
    message: text(`Người ký được chép nguyên từ văn bản ${from}: ${names}.`, `The signers are copied from the ${from} document: ${names}.`),
    note: text('Xác nhận từng người ký (họ tên, chức vụ, quyền hạn ký) ở ben[].ky trước khi trình ký; các dòng "XÁC NHẬN người ký" trong tệp chỉ chỗ cần xem.',
      'Confirm each signer (name, title, signing authority) in ben[].ky before signing; the "XÁC NHẬN người ký" lines in the file show where.') });
}

const REFORM = text('01/7/2025', '1 July 2025');

function flagLevels(yaml: Document, doc: CochuongDocument, date: string, yearEnd: string, notes: CycleNote[]): void {
  const cap = doc.dia_phuong.cap;
  const info = ADMIN_LEVELS[cap];
  const gone = !levelExistedOn(cap, date);
  const ending = !gone && !levelExistedOn(cap, yearEnd);
  if (gone || ending) {
    commentAbove(yaml, ['dia_phuong'], gone
      ? `SỬA: cấp ${info.word} không còn từ ${REFORM.vi}; ghi đơn vị mới (xã, phường, đặc khu hoặc tỉnh) và các bên của đơn vị đó.`
      : `XÁC NHẬN: cấp ${info.word} kết thúc từ ${REFORM.vi}, trong năm của văn bản này.`);
    notes.push({ code: 'levelEnds', path: ['dia_phuong', 'cap'], actual: cap,
      message: gone
        ? text(`Cấp ${info.word} không còn từ ${REFORM.vi} (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): văn bản ${date.slice(0, 4)} không thể do ${info.word} ${doc.dia_phuong.ten} ban hành.`,
          `The ${info.en} level ends on ${REFORM.en} (Law No. 72/2025/QH15): a ${date.slice(0, 4)} document cannot be issued by ${doc.dia_phuong.ten}.`)
        : text(`Cấp ${info.word} kết thúc từ ${REFORM.vi}, trong năm ${yearEnd.slice(0, 4)} của văn bản này.`, `The ${info.en} level ends on ${REFORM.en}, within this document's year ${yearEnd.slice(0, 4)}.`),
      note: gone
        ? text('Thay bằng đơn vị hành chính mới: dia_phuong (cap: xa, phuong, dac_khu hoặc tinh; ten) và các bên là cơ quan của đơn vị đó (ví dụ "Ủy ban nhân dân xã …"); việc của cấp huyện nay do cấp xã và cấp tỉnh đảm nhận.',
          'Replace it by the new unit: dia_phuong (cap: xa, phuong, dac_khu or tinh; ten) and parties that are that unit\'s bodies (e.g. "Ủy ban nhân dân xã …"); the district\'s work now falls to the communes and the province.')
        : text(`Nếu văn bản ký từ ${REFORM.vi}, ghi đơn vị mới và các bên của đơn vị đó.`, `If the document is signed on or after ${REFORM.en}, give the new unit and its bodies.`) });
  }
  if (yearEnd < REFORM_DATE) return;
  const when = date >= REFORM_DATE ? text('không còn', 'no longer exists') : text('kết thúc trong năm', 'ends within the year');
  const named = (path: DataPath, name: string, whose: Text) => {
    const mention = findUnitMentions(name.normalize('NFC')).find((m) => ABOLISHED_UNIT_WORDS.includes(m.unitWord));
    if (!mention) return false;
    commentAbove(yaml, path.slice(0, 2), `SỬA: "${name}" là cơ quan cấp ${mention.unitWord}, cấp này ${when.vi} từ ${REFORM.vi}; thay bằng cơ quan của đơn vị mới (xã, phường, đặc khu hoặc tỉnh).`);
    notes.push({ code: 'levelEnds', path, actual: name,
      message: text(`${whose.vi} "${name}" là của cấp ${mention.unitWord}; cấp ${mention.unitWord} ${when.vi} từ ${REFORM.vi}.`,
        `${whose.en} "${name}" belongs to a ${mention.unitWord}; that level ${when.en} from ${REFORM.en}.`),
      note: text('Thay bằng cơ quan tương ứng của đơn vị hành chính mới (ví dụ "Ủy ban nhân dân xã …", "các xã, phường"); nếu đơn vị đã nhập, ghi đơn vị sau sắp xếp.',
        'Replace it by the matching body of the new unit (e.g. "Ủy ban nhân dân xã …", "các xã, phường"); if units merged, name the unit after the merger.') });
    return true;
  };
  doc.ben.forEach((party, i) => {
    if (named(['ben', i, 'ten'], party.ten, text('Bên ký', 'The party'))) return;
    paragraphs(party.ten_tieu_de).some((line, j) => named(typeof party.ten_tieu_de === 'string' ? ['ben', i, 'ten_tieu_de'] : ['ben', i, 'ten_tieu_de', j], line, text('Bên ký', 'The party')));
  });
  doc.don_vi?.forEach((unit, i) => { named(['don_vi', i, 'ten'], unit.ten, text('Đơn vị phối hợp', 'The unit')); });
}

function forwardLegalBases(yaml: Document, doc: CochuongDocument, date: string, yearEnd: string, notes: CycleNote[]): void {
  const steps = legalStepsFor(doc.can_cu ?? [], date, yearEnd);
  // From the end, so that removing a line does not move the ones still to edit.
  for (const step of [...steps].reverse()) {
    const path = ['can_cu', step.index];
    if (step.kind === 'keep') continue;
    const actual = doc.can_cu![step.index].so ?? `${doc.can_cu![step.index].ten} (${doc.can_cu![step.index].ngay ?? ''})`;
    if (step.kind === 'replace') {
      yaml.setIn(path, yaml.createNode(step.entry));
      commentAbove(yaml, path, `XÁC NHẬN căn cứ: thay cho ${step.old.so} (${shortDate(step.old.ngay)}).`);
      notes.push({ code: 'legalBasisReplaced', path, actual, message: step.why,
        note: text('Máy đã ghi luật thay thế vào căn cứ này; xác nhận, và thêm văn bản sửa đổi nếu có.', 'The replacing law is written into this basis; confirm it, and add amending texts if any.') });
    } else if (step.kind === 'drop') {
      yaml.deleteIn(path);
      notes.push({ code: 'legalBasisReplaced', path: ['can_cu'], key: true, actual, message: step.why });
    } else {
      commentAbove(yaml, path, `SỬA căn cứ: ${step.why.vi}`);
      notes.push({ code: 'legalBasisReplaced', path, actual, message: step.why,
        note: step.by ? text(`Thay bằng ${step.by.so}, chép đúng trích yếu và cơ quan ban hành từ văn bản đó.`, `Replace it by ${step.by.so}, copying its subject and issuer from that text.`) : undefined });
    }
  }
}

function carryForward(yaml: Document, report: NonNullable<NextPeriodInput['report']>, move: YearMove, notes: CycleNote[], doc: CochuongDocument): void {
  const items = doc.noi_dung ?? [];
  const units = new Set([...doc.ben.map((b) => b.id), ...(doc.don_vi ?? []).map((u) => u.id)]);
  for (const result of report.doc.ket_qua ?? []) {
    if (!result.danh_gia || !UNFINISHED.has(result.danh_gia)) continue;
    const how = ASSESSED[result.danh_gia];
    const said = text(`CHUYỂN TIẾP: báo cáo năm ${report.doc.nam ?? move.from} (${report.file}) đánh giá nội dung này "${how.vi}".`, '');
    const index = items.findIndex((item) => item.id === result.noi_dung);
    if (index >= 0) {
      commentAbove(yaml, ['noi_dung', index], `${said.vi} Xem lại thời gian và cách làm.`);
      notes.push({ code: 'carried', path: ['noi_dung', index], actual: result.noi_dung,
        message: text(`Nội dung "${items[index].tieu_de}" năm ${move.from} ${how.vi} (theo ${report.file}): giữ trong chương trình ${move.to}, có ghi chú.`,
          `The item "${items[index].tieu_de}" was ${how.en} in ${move.from} (per ${report.file}): kept in the ${move.to} program, with a note.`),
        note: text('Xem lại thời gian, cơ quan chủ trì và cách làm cho năm mới.', 'Review its time, lead and approach for the new year.') });
      continue;
    }
    const source = report.program?.noi_dung?.find((item) => item.id === result.noi_dung);
    const ids = source ? [source.chu_tri, ...(source.phoi_hop ?? [])] : [];
    if (source && ids.every((id) => units.has(id))) {
      const carried: NoiDung = structuredClone(source);
      carried.tieu_de = moveYearsInText(carried.tieu_de, move);
      if (typeof carried.thoi_gian === 'object' && 'han' in carried.thoi_gian) carried.thoi_gian = { han: moveDate(carried.thoi_gian.han, move).iso };
      if (typeof carried.thoi_gian === 'object' && 'thang' in carried.thoi_gian && carried.thoi_gian.nam !== undefined) carried.thoi_gian = { ...carried.thoi_gian, nam: carried.thoi_gian.nam + move.to - move.from };
      const at = (yaml.getIn(['noi_dung']) as { items: unknown[] }).items.length;
      yaml.addIn(['noi_dung'], yaml.createNode(carried));
      commentAbove(yaml, ['noi_dung', at], `${said.vi} Thêm lại từ chương trình năm ${move.from}.`);
      notes.push({ code: 'carried', path: ['noi_dung', at], actual: result.noi_dung,
        message: text(`Nội dung "${source.tieu_de}" năm ${move.from} ${how.vi} (theo ${report.file}) đã được thêm lại vào chương trình ${move.to}.`,
          `The item "${source.tieu_de}" was ${how.en} in ${move.from} (per ${report.file}) and is added back to the ${move.to} program.`),
        note: text('Xem lại thời gian, cơ quan chủ trì và cách làm cho năm mới.', 'Review its time, lead and approach for the new year.') });
      continue;
    }
    notes.push({ code: 'reportItemUnknown', path: ['noi_dung'], key: true, actual: result.noi_dung,
      message: text(`Báo cáo ${report.file} đánh giá nội dung "${result.noi_dung}" "${how.vi}", nhưng chương trình không có nội dung mang mã đó${source ? ', và các cơ quan của nó không có trong chương trình mới' : ''}.`,
        `The report ${report.file} marks the item "${result.noi_dung}" ${how.en}, but the program has no item with that id${source ? ', and its bodies are not in the new program' : ''}.`),
      note: text('Nếu vẫn làm tiếp, thêm nội dung đó vào noi_dung (id, tieu_de, chu_tri, thoi_gian).', 'If the work goes on, add that item to noi_dung (id, tieu_de, chu_tri, thoi_gian).') });
  }
}
