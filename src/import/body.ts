import type { Notes } from './notes.js';
import { lineOf, markOf, type Mark } from './outline.js';
import type { Block, Para, Table } from './parse-wordml.js';
import { ASSESSMENT, MEETING, readTime, withoutEndMark } from './phrases.js';
import { fold, sentenceCase } from './units.js';

/**
 * The body between the title and the signatures, read into the sections the format has. Names of
 * units stay names here (to-document turns them into ids); anything that fits no section is kept
 * in the nearest one and noted with its paragraph number.
 */

export interface RawItem {
  title: string;
  paragraph: number;
  mo_ta: string[];
  chu_tri?: string;
  phoi_hop?: string;
  thoi_gian?: string;
}

export interface RawDieu { ten: string; noi_dung: string[]; khoan: { noi_dung: string; diem: string[] }[]; paragraph: number }
export interface RawChuong { ten: string; dieu: RawDieu[]; paragraph: number }
export interface RawResult { title: string; mo_ta: string[]; danh_gia?: string; paragraph: number }

export interface RawBody {
  canCu: Para[];
  enacting?: Para;
  muc_dich: string[];
  yeu_cau: string[];
  items: RawItem[];
  trach_nhiem: Para[];
  giao_ban?: string;
  so_ket?: string;
  tong_ket?: string;
  bao_cao: string[];
  khac: string[];
  chuong: RawChuong[];
  danh_gia_chung: string[];
  ket_qua: RawResult[];
  ton_tai: string[];
  nguyen_nhan: string[];
  phuong_huong: string[];
  kien_nghi: string[];
  annexTable?: Table;
  resultsTable?: Table;
  /** Letters of điểm an automatic list wrote without "đ" (paragraph numbers). */
  skippedD: number[];
}

type Kind = 'chuong_trinh' | 'quy_che' | 'bao_cao';

const CLOSING = /^(Trên đây là|Trên đây)\b/u;

export function readBody(blocks: Block[], kind: Kind, notes: Notes, place?: string): RawBody {
  const body: RawBody = {
    canCu: [], muc_dich: [], yeu_cau: [], items: [], trach_nhiem: [], bao_cao: [], khac: [], chuong: [],
    danh_gia_chung: [], ket_qua: [], ton_tai: [], nguyen_nhan: [], phuong_huong: [], kien_nghi: [], skippedD: [],
  };
  const paras: Para[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      if (isItemTable(b)) body.annexTable ??= b;
      else if (isResultsTable(b)) body.resultsTable = b;
      else paras.push(...b.rows.flat(2)); // a table in the body: its text is still text
    } else paras.push(b);
  }
  let i = 0;
  // Căn cứ, then the enacting sentence (ends with ":" and says "ban hành"/"như sau"/"báo cáo").
  for (; i < paras.length; i++) {
    const p = paras[i];
    const t = lineOf(p);
    if (t === '') continue;
    if (/^Căn cứ(?![\p{L}\p{N}])/u.test(t)) { body.canCu.push({ ...p, text: t }); continue; }
    if (markOf(t).kind === 'plain' && /:\s*$/.test(t) && !p.bold) { body.enacting = { ...p, text: t }; i++; }
    break;
  }
  const rest = paras.slice(i).filter((p) => lineOf(p) !== '');
  checkLetters(rest, body);
  if (kind === 'chuong_trinh') program(rest, body, notes);
  else if (kind === 'quy_che') regulation(rest, body, notes, place);
  else report(rest, body, notes);
  return body;
}

/** A report's summary table TT | Nội dung | Cơ quan chủ trì | Kết quả | Đánh giá: it repeats the results above it. */
function isResultsTable(t: Table): boolean {
  const head = (t.rows[0] ?? []).map((c) => fold(c.map((p) => p.text).join(' ')));
  return head.some((h) => h === 'tt' || h === 'stt') && head.some((h) => h.includes('ket qua')) && head.some((h) => h.includes('danh gia'));
}

function isItemTable(t: Table): boolean {
  const head = (t.rows[0] ?? []).map((c) => fold(c.map((p) => p.text).join(' ')));
  return head.length >= 3 && head.some((h) => h === 'tt' || h === 'stt') && head.some((h) => h.includes('chu tri'));
}

/** Word letters lists a, b, c, d, e: the decree's điểm go a, b, c, d, đ, e. */
function checkLetters(paras: Para[], body: RawBody): void {
  for (let k = 1; k < paras.length; k++) {
    if (paras[k].labelFmt === 'lowerLetter' && /^e\)/.test(paras[k].label ?? '') && /^d\)/.test(paras[k - 1].label ?? '')) body.skippedD.push(paras[k].n);
  }
}

const heading = (p: Para, m: Mark) => m.kind === 'roman' || ((p.bold || p.heading !== undefined) && m.kind === 'number');

function program(paras: Para[], body: RawBody, notes: Notes): void {
  let section: 'start' | 'purpose' | 'items' | 'implementation' = 'start';
  let sub: 'muc_dich' | 'yeu_cau' | 'trach_nhiem' | 'giao_ban' | 'so_ket' | 'bao_cao' | 'khac' | undefined;
  let item: RawItem | undefined;
  for (const p of paras) {
    const text = withoutEndMark(lineOf(p));
    const m = markOf(text);
    const f = fold(m.rest);
    if (CLOSING.test(text) && section === 'implementation') continue;
    if (m.kind === 'roman') {
      if (f.includes('muc dich') || f.includes('yeu cau')) { section = 'purpose'; sub = f.startsWith('yeu cau') ? 'yeu_cau' : 'muc_dich'; }
      else if (f.includes('noi dung')) section = 'items';
      else if (f.includes('to chuc thuc hien')) { section = 'implementation'; sub = undefined; }
      else notes.unplaced(`Mục "${text}" không có trong mẫu chương trình; nội dung được xếp vào mục trước.`, `Section "${text}" is not in the program layout; its text goes with the section before.`, p.n);
      continue;
    }
    if (section === 'purpose') {
      if (heading(p, m) && f.startsWith('muc dich')) { sub = 'muc_dich'; continue; }
      if (heading(p, m) && f.startsWith('yeu cau')) { sub = 'yeu_cau'; continue; }
      (sub === 'yeu_cau' ? body.yeu_cau : body.muc_dich).push(m.kind === 'dash' ? m.rest : text);
      continue;
    }
    if (section === 'items') {
      const field = /^(?:cơ quan |đơn vị )?(chủ trì|phối hợp|thời gian(?: thực hiện| hoàn thành)?)\s*:\s*(.*)$/iu.exec(m.kind === 'dash' || m.kind === 'plain' ? m.rest : '');
      if (item && field) {
        const which = fold(field[1]);
        const value = field[2].replace(/[.;]\s*$/, '').trim();
        if (which.startsWith('chu tri')) item.chu_tri = value;
        else if (which.startsWith('phoi hop')) item.phoi_hop = value;
        else item.thoi_gian = value;
        continue;
      }
      if (heading(p, m) || (m.kind === 'number' && !item)) {
        item = { title: m.rest.replace(/[.:]\s*$/, ''), paragraph: p.n, mo_ta: [] };
        body.items.push(item);
        continue;
      }
      if (item) item.mo_ta.push(m.kind === 'dash' ? m.rest : text);
      else { body.muc_dich.push(text); notes.unplaced(`Đoạn trước nội dung phối hợp đầu tiên được xếp vào mục đích.`, 'A paragraph before the first item was put with the purposes.', p.n); }
      continue;
    }
    if (section === 'implementation') {
      if (heading(p, m)) {
        if (f.includes('trach nhiem')) sub = 'trach_nhiem';
        else if (f.includes('giao ban')) sub = 'giao_ban';
        else if (f.includes('so ket') || f.includes('tong ket')) sub = 'so_ket';
        else if (f.includes('bao cao') || f.includes('thong tin')) sub = 'bao_cao';
        else { sub = 'khac'; body.khac.push(m.rest); }
        continue;
      }
      const line = m.kind === 'dash' ? m.rest : text;
      if (sub === 'trach_nhiem') body.trach_nhiem.push({ ...p, text: line });
      else if (sub === 'giao_ban' && body.giao_ban === undefined) body.giao_ban = line;
      else if (sub === 'so_ket') {
        if (body.so_ket === undefined && !/^tong ket/.test(fold(line))) body.so_ket = line;
        else if (body.tong_ket === undefined) body.tong_ket = line;
        else body.khac.push(line);
      } else if (sub === 'bao_cao') {
        // After the reporting paragraphs, the layout prints the other provisions (khac) with no heading.
        if (body.bao_cao.length > 0 && /sua doi|bo sung|kinh phi|vuong mac|dieu chinh|hieu luc/.test(fold(line))) {
          sub = 'khac';
          body.khac.push(line);
          notes.guess('Đoạn sau chế độ báo cáo nói về sửa đổi, kinh phí…: xếp vào điều khoản khác (khac).', 'A paragraph after the reporting rules speaks of amendments, funding…: put under other provisions (khac).', p.n);
        } else body.bao_cao.push(line);
      } else {
        body.khac.push(line);
        if (sub === undefined) notes.unplaced('Đoạn trong mục Tổ chức thực hiện không thuộc tiểu mục nào: xếp vào điều khoản khác (khac).', 'A paragraph of the implementation section outside any subsection: put under khac.', p.n);
      }
      continue;
    }
    body.muc_dich.push(text);
    notes.unplaced('Đoạn trước mục I được xếp vào mục đích.', 'A paragraph before section I was put with the purposes.', p.n);
  }
}

function regulation(paras: Para[], body: RawBody, notes: Notes, place?: string): void {
  let chuong: RawChuong | undefined;
  let dieu: RawDieu | undefined;
  let expectName = false;
  for (const p of paras) {
    const text = withoutEndMark(lineOf(p));
    const m = markOf(text);
    if (m.kind === 'chuong') {
      chuong = { ten: m.rest ? sentenceCase(m.rest, place) : '', dieu: [], paragraph: p.n };
      body.chuong.push(chuong);
      dieu = undefined;
      expectName = m.rest === '';
      continue;
    }
    if (expectName && chuong && m.kind === 'plain' && (p.bold || p.center)) {
      chuong.ten = sentenceCase(text, place);
      expectName = false;
      continue;
    }
    expectName = false;
    if (m.kind === 'dieu') {
      if (!chuong) { chuong = { ten: 'Những quy định chung', dieu: [], paragraph: p.n }; body.chuong.push(chuong); notes.guess('Điều đứng trước mọi Chương: đặt vào một chương "Những quy định chung".', 'An Điều before any Chương: put in a chapter "Những quy định chung".', p.n); }
      dieu = { ten: m.rest.replace(/[.:]\s*$/, ''), noi_dung: [], khoan: [], paragraph: p.n };
      chuong.dieu.push(dieu);
      continue;
    }
    if (!dieu) {
      if (chuong && chuong.dieu.length === 0 && (p.bold || p.center)) { chuong.ten = sentenceCase(`${chuong.ten} ${text}`.trim(), place); continue; }
      notes.unplaced('Đoạn ngoài mọi Điều: giữ trong nội dung của điều gần nhất.', 'A paragraph outside any Điều: kept in the nearest Điều.', p.n);
      if (!chuong) { chuong = { ten: 'Những quy định chung', dieu: [], paragraph: p.n }; body.chuong.push(chuong); }
      dieu = { ten: text.slice(0, 80), noi_dung: [], khoan: [], paragraph: p.n };
      chuong.dieu.push(dieu);
      dieu.noi_dung.push(text);
      continue;
    }
    if (m.kind === 'number') { dieu.khoan.push({ noi_dung: m.rest, diem: [] }); continue; }
    if (m.kind === 'letter' && dieu.khoan.length > 0) { dieu.khoan[dieu.khoan.length - 1].diem.push(m.rest); continue; }
    if (dieu.khoan.length > 0) {
      // A dash line or a plain paragraph after a khoản belongs to it.
      const k = dieu.khoan[dieu.khoan.length - 1];
      if (m.kind === 'dash') k.diem.push(m.rest); else k.noi_dung = `${k.noi_dung} ${text}`.trim();
      if (m.kind !== 'dash') notes.unplaced('Đoạn sau một khoản, không đánh số: nối vào khoản đó.', 'An unnumbered paragraph after a khoản: joined to it.', p.n);
      continue;
    }
    dieu.noi_dung.push(text);
  }
}

function report(paras: Para[], body: RawBody, notes: Notes): void {
  let section: 'start' | 'ket_qua' | 'ton_tai' | 'phuong_huong' | 'kien_nghi' = 'start';
  let sub: 'ton_tai' | 'nguyen_nhan' = 'ton_tai';
  let result: RawResult | undefined;
  for (const p of paras) {
    const text = withoutEndMark(lineOf(p));
    const m = markOf(text);
    const f = fold(m.rest);
    if (CLOSING.test(text)) continue;
    if (section === 'ket_qua' && /^bang tong hop/.test(fold(text))) continue; // the summary table's caption
    if (m.kind === 'roman') {
      if (f.includes('ket qua')) section = 'ket_qua';
      else if (f.includes('ton tai') || f.includes('han che')) section = 'ton_tai';
      else if (f.includes('phuong huong') || f.includes('nhiem vu')) section = 'phuong_huong';
      else if (f.includes('kien nghi') || f.includes('de xuat')) section = 'kien_nghi';
      continue;
    }
    const line = m.kind === 'dash' ? m.rest : text;
    if (section === 'ket_qua') {
      const assess = /^đánh giá\s*:\s*(.*)$/iu.exec(m.rest);
      if (result && assess && m.kind === 'dash') { result.danh_gia = assess[1].replace(/[.;]\s*$/, ''); continue; }
      if (heading(p, m)) { result = { title: m.rest.replace(/[.:]\s*$/, ''), mo_ta: [], paragraph: p.n }; body.ket_qua.push(result); continue; }
      if (result) result.mo_ta.push(line); else body.danh_gia_chung.push(line);
      continue;
    }
    if (section === 'ton_tai') {
      if (heading(p, m)) { sub = f.includes('nguyen nhan') ? 'nguyen_nhan' : 'ton_tai'; continue; }
      body[sub].push(line);
      continue;
    }
    if (section === 'phuong_huong') { body.phuong_huong.push(line); continue; }
    if (section === 'kien_nghi') { body.kien_nghi.push(line); continue; }
    body.danh_gia_chung.push(line);
    notes.unplaced('Đoạn trước mục Kết quả được xếp vào đánh giá chung.', 'A paragraph before the results section was put in the general assessment.', p.n);
  }
}

export { readTime, MEETING, ASSESSMENT };
