import type { Ben, CochuongDocument, DonVi, NoiDung } from '../model/document.js';
import { partiesPhrase, placeName, upperVi } from '../render/helpers.js';
import { compareKey } from '../text/compare-key.js';
import { readBody, type RawBody } from './body.js';
import { groupIssuers, isDraftMark, readHeader, titleKind } from './header.js';
import { readLegalBasis } from './legal-basis.js';
import type { Notes } from './notes.js';
import { lineOf } from './outline.js';
import type { Block, Para, Table } from './parse-wordml.js';
import { ASSESSMENT, MEETING, readDate, readTime } from './phrases.js';
import { isSignatureTable, readSignatures, recipientText, type Signer } from './signatures.js';
import {
  IdSet, expandAbbreviations, fold, nameKey, partyId, partyKind, partyShort, placeOf, slug, standardName,
  titleCase, type PartyKind,
} from './units.js';

type Doc = Record<string, unknown>;
type Kind = 'chuong_trinh' | 'quy_che' | 'bao_cao';

export interface Recognised {
  /** The document as plain data in the format's shape (validated by the caller). */
  data: Doc;
  kind?: Kind;
  /** The enacting sentence is the one the layout writes when loi_ban_hanh is not given. */
  enactingDefault: boolean;
  /** Paragraphs where an automatic list letters điểm without đ. */
  skippedD: number[];
  counts: { parties: number; items: number; chuong: number; dieu: number; canCu: number; recipients: number; results: number };
}

const CODES: Record<Kind, string> = { chuong_trinh: 'CTr', quy_che: 'QC', bao_cao: 'BC' };

/** The Word body as a document of the format, or the reason it is not a coordination document. */
export function toDocument(blocks: Block[], notes: Notes, knownNames: string[] = []): Recognised | { notCoordination: string } {
  const header = readHeader(blocks);
  let i = header.next;
  while (i < blocks.length && (blocks[i].kind === 'p' && (blocks[i] as Para).text === '')) i++;
  const titlePara = blocks[i]?.kind === 'p' ? (blocks[i] as Para) : undefined;
  const kind = titlePara ? titleKind(titlePara) : undefined;
  if (!kind || !titlePara) return { notCoordination: titlePara ? lineOf(titlePara).slice(0, 80) : '' };
  i++;
  // Trích yếu: the bold centred lines under the type name (or the rest of its own paragraph).
  const subject: string[] = [];
  const firstLines = titlePara.text.split('\n');
  const afterType = firstLines.join(' ').replace(/^(CHƯƠNG TRÌNH|QUY CHẾ|BÁO CÁO)\s*/u, '').trim();
  if (afterType) subject.push(afterType);
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'p' || b.text === '' || !(b.bold || b.center) || /^Căn cứ(?![\p{L}\p{N}])/u.test(b.text)) break;
    subject.push(lineOf(b));
  }
  const trichYeu = subject.join(' ').replace(/\s+/g, ' ').replace(/^[-–]\s*/, '').trim();

  // The body ends at the signatures or at "Nơi nhận".
  const bodyBlocks: Block[] = [];
  const signers: Signer[] = [];
  let recipientParas: Para[] = [];
  let annex: Block[] = [];
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table' && isSignatureTable(b)) {
      const read = readSignatures(b);
      signers.push(...read.signers);
      if (read.recipients) recipientParas = read.recipients;
      continue;
    }
    if (b.kind === 'p' && /^nơi nhận\s*:?/iu.test(b.text)) {
      let k = i + 1;
      const list: Para[] = [b];
      for (; k < blocks.length; k++) {
        const q = blocks[k];
        if (q.kind !== 'p' || q.text === '' || q.bold || q.center) break;
        list.push(q);
      }
      recipientParas = list;
      i = k - 1;
      continue;
    }
    if (b.kind === 'p' && b.text === '' && !b.boxes.length && !b.label) continue;
    if (signers.length > 0 || recipientParas.length > 0) { annex = blocks.slice(i); break; }
    bodyBlocks.push(b);
  }

  const issuerGroups = groupIssuers(splitJointIssuers(header.issuerLines, notes), signers.length > 0 ? signers.length : undefined);
  const doc: Doc = { loai: kind };
  // Place: the issuer lines end with it ("… HUYỆN SÓC SƠN").
  const places = header.issuerLines.map((p) => placeOf(p.text)).filter((p) => p !== undefined);
  const place = places.find((p) => p.cap !== 'tinh' && p.cap !== 'thanh_pho_tw') ?? places[0];
  const dateLine = header.dateLine?.text;
  const placeWord = dateLine ? dateLine.split(',')[0].trim() : undefined;
  if (place) {
    const ten = placeWord && compareKey(placeWord) === compareKey(place.ten) ? placeWord : place.ten;
    doc.dia_phuong = { cap: place.cap, ten };
    notes.info('Đơn vị cấp trên (dia_phuong.thuoc) không in trên văn bản: hãy ghi thêm nếu cần.', 'The superior unit (dia_phuong.thuoc) is not printed on the document: add it if needed.');
  } else {
    doc.dia_phuong = { cap: 'xa', ten: placeWord ?? 'Chưa rõ' };
    notes.guess('Không thấy địa phương trong tên cơ quan ban hành: ghi tạm cấp xã theo dòng địa danh.', 'No place in the issuers\' names: set as a commune after the place line.');
  }
  const placePhrase = placeName(doc.dia_phuong as CochuongDocument['dia_phuong']);

  const body = readBody(bodyBlocks, kind, notes, (doc.dia_phuong as { ten: string }).ten);
  const yearOf = (s: string) => { const m = /năm\s+(\d{4})\b/u.exec(s); return m ? Number(m[1]) : undefined; };
  const date = dateLine ? readDate(dateLine) : undefined;
  if (kind !== 'quy_che') {
    const nam = yearOf(trichYeu) ?? (body.enacting ? yearOf(body.enacting.text) : undefined) ?? (dateLine ? yearOf(dateLine) : undefined);
    if (nam) doc.nam = nam;
    if (!yearOf(trichYeu) && nam) notes.guess(`Năm ${nam} lấy từ câu ban hành hoặc dòng địa danh.`, `The year ${nam} was taken from the enacting sentence or the place line.`);
  } else {
    const term = /nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/u.exec(`${trichYeu} ${body.enacting?.text ?? ''}`);
    if (term) doc.nhiem_ky = `${term[1]}-${term[2]}`;
    else notes.unplaced('Không thấy nhiệm kỳ (NNNN-NNNN) trong trích yếu: hãy ghi nhiem_ky.', 'No term (NNNN-NNNN) in the subject: fill in nhiem_ky.');
  }

  // Số and ký hiệu.
  const numberText = header.numberLine?.text.replace(/^số\s*[:.]?\s*/iu, '') ?? '';
  const slash = numberText.indexOf('/');
  const soText = slash >= 0 ? numberText.slice(0, slash).trim() : '';
  if (/^\d+$/.test(soText)) doc.so = Number(soText);
  const kyHieu = slash >= 0 ? numberText.slice(slash + 1).replace(/\s+/g, '').trim() : '';
  doc.ky_hieu = kyHieu || `${CODES[kind]}-${issuerGroups.length > 1 ? 'HĐND-UBND-MTTQ' : 'UBND'}`;
  if (!kyHieu) notes.guess(`Không thấy dòng "Số: …/…": ký hiệu ghi tạm ${doc.ky_hieu}.`, `No "Số: …/…" line: the symbol was set to ${doc.ky_hieu}.`);
  doc.noi_ban_hanh = placeWord ?? (doc.dia_phuong as { ten: string }).ten;
  if (date) doc.ngay_ban_hanh = date;
  if (header.draft || blocks.slice(0, i + 5).some((b) => b.kind === 'p' && b.boxes.some(isDraftMark))) notes.info('Văn bản là dự thảo (có chữ "DỰ THẢO").', 'The document is a draft (marked "DỰ THẢO").');
  doc.trich_yeu = trichYeu || lineOf(titlePara);

  // Parties: the header's issuers, in order, with the signers in the same order.
  const mentions = unitMentions(body);
  const ids = new IdSet();
  // Signers stand in the issuers' order; when fewer sign (one signature beside "Nơi nhận"), each goes to the issuer of its kind.
  const signerOf: (Signer | undefined)[] = signers.length === issuerGroups.length ? signers : issuerGroups.map(() => undefined);
  if (signers.length !== issuerGroups.length) {
    const kinds = issuerGroups.map((g) => partyKind(g.map((p) => p.text).join(' ')));
    for (const s of signers) {
      const kind = partyKind(s.tham_quyen ?? '');
      const at = kinds.findIndex((k, n) => signerOf[n] === undefined && (k === kind || (kind === 'ban_thuong_truc_mttq' && k === 'uy_ban_mttq')));
      const free = at >= 0 ? at : signerOf.findIndex((x) => x === undefined);
      if (free >= 0) signerOf[free] = s;
    }
  }
  const parties: Ben[] = issuerGroups.map((group, k) => {
    const headerName = group.map((p) => p.text).join(' ');
    const signer = signerOf[k];
    const loai: PartyKind = partyKind(headerName);
    const standard = standardName(loai, placePhrase);
    const key = nameKey(standard ?? headerName);
    const spelled = mentions.find((m) => nameKey(m) === key) ?? mentions.find((m) => nameKey(m) === nameKey(headerName));
    const ten = spelled ?? standard ?? titleCase(expandAbbreviations(headerName));
    if (!spelled && !standard) notes.guess(`Tên đầy đủ của "${headerName}" viết lại từ dòng tiêu đề: hãy kiểm tra chữ hoa.`, `The full name of "${headerName}" was written from the header line: check its capitals.`, group[0].n);
    const ben: Ben = {
      id: ids.take(partyId(loai) ?? slug(ten)), loai, ten,
      ten_tieu_de: group.length === 1 ? group[0].text : group.map((p) => p.text),
      ky: { chuc_vu: signer?.chuc_vu ?? 'CHỦ TỊCH', ho_ten: signer?.ho_ten ?? 'Chưa rõ' },
    };
    const short = partyShort(loai);
    if (short) ben.viet_tat = short;
    if (signer?.tien_to) ben.ky = { tien_to: signer.tien_to, ...(signer.tham_quyen ? { tham_quyen: signer.tham_quyen } : {}), ...ben.ky };
    if (signer?.ky_thay) ben.ky = { ...ben.ky, ky_thay: signer.ky_thay };
    ben.ky = orderKy(ben.ky);
    if (!signer) notes.unplaced(`Không thấy chữ ký của ${ten}: ghi tạm chức vụ và họ tên.`, `No signature found for ${ten}: title and name were filled in provisionally.`, group[0].n);
    return ben;
  });
  if (parties.length === 0) notes.unplaced('Không thấy tên cơ quan ban hành ở góc trái tiêu đề.', 'No issuing body found in the header\'s left column.');
  doc.ben = parties;

  const units = new UnitTable(parties, (doc.dia_phuong as { ten: string }).ten, knownNames);
  const canCu = body.canCu.map((p) => {
    const read = readLegalBasis(p.text);
    if (read?.guessed) notes.guess('Căn cứ: không tách được cơ quan ban hành và trích yếu; hãy sửa co_quan và ten.', 'Legal basis: the issuer and the subject could not be told apart; check co_quan and ten.', p.n);
    return read?.basis ?? { loai: 'van_ban_khac' as const, ten: p.text };
  });
  if (canCu.length) doc.can_cu = canCu;
  let enactingDefault = false;
  if (body.enacting) {
    const cacBen = partiesPhrase(parties.map((b) => b.ten), placePhrase);
    const standard = kind === 'chuong_trinh' ? `${cacBen} thống nhất ban hành Chương trình phối hợp công tác năm ${doc.nam} như sau:`
      : kind === 'quy_che' ? `${cacBen} thống nhất ban hành Quy chế phối hợp công tác nhiệm kỳ ${doc.nhiem_ky} như sau:` : undefined;
    const enacting = body.enacting.text;
    doc.loi_ban_hanh = enacting;
    if (kind === 'bao_cao') enactingDefault = readProgramCitation(enacting, doc, cacBen);
    else enactingDefault = standard !== undefined && compareKey(standard) === compareKey(enacting);
  }

  const annexTable = body.annexTable ?? annex.find((b): b is Table => b.kind === 'table' && isAnnex(b));
  if (kind === 'chuong_trinh' && annexTable) itemsFromAnnex(body, annexTable, notes);
  if (kind === 'chuong_trinh') programParts(doc, body, units, notes);
  if (kind === 'quy_che') regulationParts(doc, body);
  if (kind === 'bao_cao') reportParts(doc, body, notes);
  if (units.extra.length) doc.don_vi = units.extra;
  annexFacts(annexTable, doc, units);

  const recipients = recipientParas.slice(1).flatMap((p) => p.text.split('\n')).map(recipientText).filter(Boolean);
  const inline = recipientParas[0] ? recipientText(recipientParas[0].text.replace(/^nơi nhận\s*:?/iu, '')) : '';
  if (inline) recipients.unshift(inline);
  doc.noi_nhan = recipients.length ? recipients : ['Lưu: VT'];
  if (!recipients.length) notes.unplaced('Không thấy "Nơi nhận": ghi tạm "Lưu: VT".', 'No "Nơi nhận" found: set to "Lưu: VT".');

  const order = orderKeys(doc);
  const dieuCount = body.chuong.reduce((n, c) => n + c.dieu.length, 0);
  return {
    data: order, kind, enactingDefault, skippedD: body.skippedD,
    counts: { parties: parties.length, items: body.items.length, chuong: body.chuong.length, dieu: dieuCount, canCu: canCu.length, recipients: (doc.noi_nhan as string[]).length, results: body.ket_qua.length },
  };
}

/**
 * The joint header form: one line for all issuers, the place said once at the end ("THƯỜNG TRỰC
 * HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN - BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN BÌNH
 * CHÁNH"): one issuer per part, each with the place.
 */
function splitJointIssuers(lines: Para[], notes: Notes): Para[] {
  return lines.flatMap((line) => {
    const parts = line.text.split(/\s+[-–]\s+/u).map((s) => s.trim()).filter(Boolean);
    if (parts.length < 2) return [line];
    const kinds = parts.map(partyKind);
    if (kinds.some((k) => k === 'khac') || new Set(kinds).size < parts.length) return [line];
    // The place phrase ends the last part ("… HUYỆN BÌNH CHÁNH"): every issuer has it.
    const placeWords = /(THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s+\S.*$/u.exec(parts[parts.length - 1])?.[0] ?? '';
    notes.guess(`Tiêu đề chung "${line.text}" được tách thành ${parts.length} bên.`, `The joint header "${line.text}" was split into ${parts.length} issuers.`, line.n);
    return parts.map((part) => ({ ...line, text: placeWords && !placeOf(part) ? `${part} ${placeWords}` : part }));
  });
}

function isAnnex(t: Table): boolean {
  const head = (t.rows[0] ?? []).map((c) => fold(c.map((p) => p.text).join(' ')));
  return head.some((h) => h.includes('chu tri'));
}

function orderKy(ky: Ben['ky']): Ben['ky'] {
  const out: Record<string, unknown> = {};
  for (const k of ['tien_to', 'tham_quyen', 'ky_thay', 'chuc_vu', 'ho_ten'] as const) if (ky[k] !== undefined) out[k] = ky[k];
  return out as unknown as Ben['ky'];
}

/** Names written in "chủ trì"/"phối hợp" lines: the spellings of units the body uses. */
function unitMentions(body: RawBody): string[] {
  const out: string[] = [];
  for (const item of body.items) {
    if (item.chu_tri) out.push(item.chu_tri);
    if (item.phoi_hop) out.push(...item.phoi_hop.split(/,\s*|\s+và\s+/u));
  }
  return out;
}

/** Parties and other units by name; a name not yet known becomes a unit (don_vi). */
class UnitTable {
  readonly extra: DonVi[] = [];
  private readonly ids = new IdSet();
  /** Names known to be one unit each (from a cochuong rendering's properties): they decide how a list splits. */
  private readonly names: Set<string>;
  constructor(private readonly parties: Ben[], private readonly place: string, knownNames: string[]) {
    for (const b of parties) this.ids.take(b.id);
    this.names = new Set(knownNames.map(nameKey));
    this.withComma = knownNames.filter((n) => n.includes(','));
  }

  private readonly withComma: string[];

  private isName(name: string): boolean { return this.find(name, false) !== undefined || this.names.has(nameKey(name)); }

  private known(): (Ben | DonVi)[] { return [...this.parties, ...this.extra]; }

  /** `loose`: also a party named without its place ("UBND huyện"); not used to split lists, where "… HĐND và UBND huyện" may be one name. */
  find(name: string, loose = true): Ben | DonVi | undefined {
    const key = nameKey(name);
    const exact = this.known().find((u) => nameKey(u.ten) === key || (u.viet_tat !== undefined && nameKey(u.viet_tat) === key)
      || ('ten_tieu_de' in u && u.ten_tieu_de !== undefined && nameKey([u.ten_tieu_de].flat().join(' ')) === key));
    if (exact || !loose) return exact;
    // "UBND huyện", "Thường trực HĐND": a party named without (all of) its place.
    const bare = nameKey(this.withoutPlace(name));
    return bare.length >= 3 ? this.parties.find((u) => nameKey(this.withoutPlace(u.ten)) === bare) : undefined;
  }

  private withoutPlace(name: string): string {
    const place = this.place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return name.replace(new RegExp(`\\s+(xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố|đặc khu)(\\s+${place})?$`, 'iu'), '').trim();
  }

  idOf(name: string): string {
    const found = this.find(name);
    if (found) return found.id;
    const id = this.ids.take(slug(name.replace(new RegExp(`\\s+(xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố)\\s+${this.place}$`, 'u'), ''), 4));
    this.extra.push({ id, ten: name });
    return id;
  }

  /** "A, B và C" → ids; a " và " inside a unit's name ("Văn phòng HĐND và UBND") is kept. */
  list(text: string): string[] {
    const out: string[] = [];
    // A known name with a comma in it ("Ủy ban nhân dân các xã, thị trấn") is one unit.
    let protectedText = text;
    for (const n of this.withComma) protectedText = protectedText.split(n).join(n.replace(/,/g, '\u0001'));
    // Unit names start with a capital: a part after a comma that does not ("…các xã, thị trấn") goes with the one before.
    const chunks: string[] = [];
    for (const part of protectedText.split(/,\s*/u).map((s) => s.trim()).filter(Boolean)) {
      if (chunks.length > 0 && /^\p{Ll}/u.test(part)) chunks[chunks.length - 1] += `, ${part}`; else chunks.push(part);
    }
    for (const raw of chunks) {
      const chunk = raw.replace(/\u0001/g, ',');
      if (this.isName(chunk) || !/\svà\s/u.test(chunk)) { out.push(this.idOf(chunk)); continue; }
      const parts = chunk.split(/\s+và\s+/u);
      let split = -1;
      for (let k = 1; k < parts.length && split < 0; k++) {
        const left = parts.slice(0, k).join(' và ');
        const right = parts.slice(k).join(' và ');
        if (this.isName(left) || this.isName(right)) split = k;
      }
      for (let k = 1; k < parts.length && split < 0; k++) {
        if (endsWithPlace(parts.slice(0, k).join(' và '), this.place)) split = k;
      }
      if (split < 0) { out.push(this.idOf(chunk)); continue; }
      out.push(this.idOf(parts.slice(0, split).join(' và ')), ...this.list(parts.slice(split).join(' và ')));
    }
    return [...new Set(out)];
  }
}

function endsWithPlace(s: string, place: string): boolean {
  const f = fold(s);
  return /\s(xa|phuong|huyen|quan|tinh|thi xa|thi tran|thanh pho)$/.test(f) || f.endsWith(` ${fold(place)}`);
}

function paragraphsValue(list: string[]): string | string[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

function programParts(doc: Doc, body: RawBody, units: UnitTable, notes: Notes): void {
  doc.muc_dich = paragraphsValue(body.muc_dich) ?? 'Chưa ghi mục đích.';
  doc.yeu_cau = paragraphsValue(body.yeu_cau) ?? 'Chưa ghi yêu cầu.';
  if (!body.muc_dich.length || !body.yeu_cau.length) notes.unplaced('Không thấy mục đích hoặc yêu cầu: ghi tạm một câu, hãy sửa.', 'No purposes or requirements found: a placeholder sentence was written; replace it.');
  const ids = new IdSet();
  // Chủ trì first: a lead is always one unit, so its name tells where a "và" in a list belongs.
  for (const item of body.items) if (item.chu_tri) units.idOf(item.chu_tri);
  const year = typeof doc.nam === 'number' ? doc.nam : undefined;
  doc.noi_dung = body.items.map((item): NoiDung => {
    const out: NoiDung = { id: ids.take(slug(item.title)), tieu_de: item.title, chu_tri: '', thoi_gian: 'ca_nam' };
    const mo = paragraphsValue(item.mo_ta);
    if (mo) out.mo_ta = mo;
    if (item.chu_tri) out.chu_tri = units.idOf(item.chu_tri);
    else { out.chu_tri = (doc.ben as Ben[])[0]?.id ?? 'ubnd'; notes.unplaced(`Nội dung "${item.title}" không ghi cơ quan chủ trì: ghi tạm ${out.chu_tri}.`, `Item "${item.title}" names no lead: set to ${out.chu_tri}.`, item.paragraph); }
    if (item.phoi_hop) { const list = units.list(item.phoi_hop).filter((id) => id !== out.chu_tri); if (list.length) out.phoi_hop = list; }
    if (item.thoi_gian) {
      const read = readTime(item.thoi_gian, year);
      out.thoi_gian = read.time;
      if (read.guessed) notes.guess(`Thời gian "${item.thoi_gian}" đọc thành ${JSON.stringify(read.time)}.`, `The time "${item.thoi_gian}" was read as ${JSON.stringify(read.time)}.`, item.paragraph);
    } else notes.unplaced(`Nội dung "${item.title}" không ghi thời gian: ghi tạm cả năm.`, `Item "${item.title}" has no time: set to the whole year.`, item.paragraph);
    const ordered: NoiDung = { id: out.id, tieu_de: out.tieu_de, ...(out.mo_ta ? { mo_ta: out.mo_ta } : {}), chu_tri: out.chu_tri, ...(out.phoi_hop ? { phoi_hop: out.phoi_hop } : {}), thoi_gian: out.thoi_gian };
    return ordered;
  });
  if (body.items.length === 0) {
    doc.noi_dung = [{ id: 'noi-dung', tieu_de: 'Chưa rõ nội dung', chu_tri: (doc.ben as Ben[])[0]?.id ?? 'ubnd', thoi_gian: 'ca_nam' }];
    notes.unplaced('Không thấy nội dung phối hợp nào (mục II): ghi tạm một nội dung.', 'No coordination item (section II) found: a placeholder item was written.');
  }
  const toChuc: Record<string, unknown> = {};
  if (body.trach_nhiem.length) {
    const entries: { ben: string; nhiem_vu: string[] }[] = [];
    for (const p of body.trach_nhiem) {
      const who = leadingUnit(p.text, units);
      if (who && (entries.length === 0 || entries[entries.length - 1].ben !== who)) entries.push({ ben: who, nhiem_vu: [p.text] });
      else if (entries.length) entries[entries.length - 1].nhiem_vu.push(p.text);
      else { entries.push({ ben: (doc.ben as Ben[])[0]?.id ?? 'ubnd', nhiem_vu: [p.text] }); notes.guess('Trách nhiệm không nêu cơ quan ở đầu đoạn: gán cho bên thứ nhất.', 'A responsibility that names no body first: given to the first party.', p.n); }
    }
    toChuc.trach_nhiem = entries.map((e) => ({ ben: e.ben, nhiem_vu: e.nhiem_vu.length === 1 ? e.nhiem_vu[0] : e.nhiem_vu }));
  }
  if (body.giao_ban) {
    const m = /^Các cơ quan tổ chức giao ban\s+(.+?)\.\s*(.*)$/u.exec(body.giao_ban);
    const period = m ? MEETING[fold(m[1])] : undefined;
    const found = period ?? Object.entries(MEETING).find(([words]) => fold(body.giao_ban!).includes(words))?.[1];
    toChuc.giao_ban = { dinh_ky: found ?? 'quy', ...(m && period ? (m[2] ? { mo_ta: m[2] } : {}) : { mo_ta: body.giao_ban }) };
    if (!found) notes.guess('Không rõ định kỳ giao ban: ghi tạm hằng quý.', 'Meeting period unclear: set to quarterly.');
  }
  for (const [key, text] of [['so_ket', body.so_ket], ['tong_ket', body.tong_ket]] as const) {
    if (!text) continue;
    const m = /^(.*?)\s*Thời gian:\s*(.+?)\.?$/u.exec(text);
    const part: Record<string, unknown> = {};
    const desc = m ? m[1] : text;
    if (desc && !(key === 'so_ket' && desc === 'Sơ kết 6 tháng.') && !(key === 'tong_ket' && desc === 'Tổng kết năm.')) part.mo_ta = desc;
    if (m) part.thoi_gian = readTime(m[2], typeof doc.nam === 'number' ? doc.nam : undefined).time;
    toChuc[key] = { ...(part.thoi_gian ? { thoi_gian: part.thoi_gian } : {}), ...(part.mo_ta ? { mo_ta: part.mo_ta } : {}) };
  }
  const bc = paragraphsValue(body.bao_cao);
  if (bc) toChuc.bao_cao = bc;
  const khac = paragraphsValue(body.khac);
  if (khac) toChuc.khac = khac;
  doc.to_chuc_thuc_hien = toChuc;
}

/** The unit a responsibility paragraph starts with ("UBND xã chỉ đạo…" → ubnd). */
function leadingUnit(text: string, units: UnitTable): string | undefined {
  const t = fold(expandAbbreviations(text));
  let best: { id: string; length: number } | undefined;
  for (const u of [...(units as unknown as { parties: Ben[] }).parties, ...units.extra]) {
    for (const name of [u.ten, u.viet_tat].filter((s): s is string => !!s)) {
      const stem = fold(expandAbbreviations(name)).replace(/\s+(xa|phuong|huyen|quan|tinh|thi xa|thi tran|thanh pho)(\s+\S+)*$/, '');
      if (stem.length >= 3 && t.startsWith(stem) && (!best || stem.length > best.length)) best = { id: u.id, length: stem.length };
    }
  }
  return best?.id;
}

function regulationParts(doc: Doc, body: RawBody): void {
  doc.chuong = body.chuong.map((c) => ({
    ten: c.ten || 'Chưa rõ tên chương',
    dieu: c.dieu.map((d) => {
      const out: Record<string, unknown> = { ten: d.ten || 'Chưa rõ tên điều' };
      const nd = paragraphsValue(d.noi_dung);
      if (nd) out.noi_dung = nd;
      if (d.khoan.length) out.khoan = d.khoan.map((k) => (k.diem.length ? { noi_dung: k.noi_dung, diem: k.diem } : k.noi_dung));
      if (!nd && !d.khoan.length) out.noi_dung = d.ten;
      return out;
    }),
  })).filter((c) => c.dieu.length > 0);
}

function reportParts(doc: Doc, body: RawBody, notes: Notes): void {
  for (const key of ['danh_gia_chung'] as const) { const v = paragraphsValue(body[key]); if (v) doc[key] = v; }
  const ids = new IdSet();
  doc.ket_qua = body.ket_qua.map((r) => {
    const out: Record<string, unknown> = { noi_dung: ids.take(slug(r.title)) };
    if (r.danh_gia) {
      const d = ASSESSMENT[fold(r.danh_gia)];
      if (d) out.danh_gia = d; else notes.unplaced(`Đánh giá "${r.danh_gia}" không thuộc các mức đã biết.`, `Assessment "${r.danh_gia}" is none of the known levels.`, r.paragraph);
    }
    const mo = paragraphsValue(r.mo_ta);
    if (mo) out.mo_ta = mo;
    return out;
  });
  if (body.ket_qua.length) notes.info('Mã nội dung của kết quả (ket_qua[].noi_dung) đặt theo tên nội dung: hãy đổi cho trùng mã trong tệp chương trình.', 'Result ids (ket_qua[].noi_dung) were made from the titles: change them to the ids of the program file.');
  for (const key of ['ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'] as const) { const v = paragraphsValue(body[key]); if (v) doc[key] = v; }
}

/** "Thực hiện Chương trình phối hợp … số 01/CTr-… ngày … , <các bên> báo cáo …": the program cited. */
function readProgramCitation(enacting: string, doc: Doc, cacBen: string): boolean {
  const cited: Record<string, unknown> = {};
  const number = /số\s+(\d+|\s*)\/(\S+?)(?=[\s,])/u.exec(enacting);
  if (number) { if (/^\d+$/.test(number[1])) cited.so = Number(number[1]); cited.ky_hieu = number[2]; }
  const head = enacting.split(cacBen)[0] ?? enacting;
  const date = readDate(head);
  if (date) cited.ngay = date;
  if (Object.keys(cited).length) doc.chuong_trinh = cited;
  const standard = `Thực hiện Chương trình phối hợp công tác năm ${doc.nam}`;
  const interim = `${cacBen} báo cáo kết quả thực hiện 6 tháng đầu năm ${doc.nam} như sau:`;
  if (enacting.endsWith(interim)) doc.ky_bao_cao = '6_thang';
  return enacting.startsWith(standard) && (enacting.endsWith(`${cacBen} báo cáo kết quả thực hiện như sau:`) || enacting.endsWith(interim));
}

/**
 * Many programs list their items only in the annex table TT | Nội dung | Chủ trì | Phối hợp | Thời
 * gian, or give there what the paragraphs leave out: fill each item from its row (same title), and
 * make the items from the rows when the body has none.
 */
function itemsFromAnnex(body: RawBody, table: Table, notes: Notes): void {
  const head = (table.rows[0] ?? []).map((c) => fold(c.map((p) => p.text).join(' ')));
  const col = (word: string) => head.findIndex((h) => h.includes(word));
  const [cTitle, cLead, cWith, cTime] = [col('noi dung'), col('chu tri'), col('phoi hop'), col('thoi gian')];
  if (cTitle < 0) return;
  const fromRows = body.items.length === 0;
  for (const row of table.rows.slice(1)) {
    const cell = (c: number) => (c >= 0 && row[c] ? row[c].map((p) => p.text.replace(/\n/g, ' ')).join(' ').replace(/\s+/g, ' ').trim() : '');
    const title = cell(cTitle);
    if (!title) continue;
    let item = body.items.find((it) => compareKey(it.title) === compareKey(title));
    if (!item && fromRows) { item = { title, paragraph: row[cTitle]?.[0]?.n ?? 0, mo_ta: [] }; body.items.push(item); }
    if (!item) continue;
    item.chu_tri ??= cell(cLead) || undefined;
    item.phoi_hop ??= cell(cWith) || undefined;
    item.thoi_gian ??= cell(cTime) || undefined;
  }
  if (fromRows && body.items.length) notes.info(`Các nội dung phối hợp lấy từ bảng phụ lục (${body.items.length} dòng).`, `The items were taken from the annex table (${body.items.length} rows).`);
}

/** The annex table TT | Nội dung | Chủ trì | Phối hợp | Thời gian gives the short names (viet_tat) the body does not print. */
function annexFacts(table: Table | undefined, doc: Doc, units: UnitTable): void {
  const items = doc.noi_dung as NoiDung[] | undefined;
  if (!table || !items) return;
  doc.phu_luc = true;
  const head = (table.rows[0] ?? []).map((c) => fold(c.map((p) => p.text).join(' ')));
  const col = (word: string) => head.findIndex((h) => h.includes(word));
  const [cTitle, cLead, cWith] = [col('noi dung'), col('chu tri'), col('phoi hop')];
  const all = [...(doc.ben as Ben[]), ...units.extra];
  const setShort = (id: string, short: string) => {
    const u = all.find((x) => x.id === id);
    if (!u || !short || compareKey(short) === compareKey(u.ten)) return;
    u.viet_tat = short;
  };
  for (const row of table.rows.slice(1)) {
    const cell = (c: number) => (c >= 0 && row[c] ? row[c].map((p) => p.text).join(' ').trim() : '');
    const item = items.find((it) => compareKey(it.tieu_de) === compareKey(cell(cTitle)));
    if (!item) continue;
    setShort(item.chu_tri, cell(cLead));
    const shorts = cell(cWith).split(/,\s*/u).filter(Boolean);
    if (item.phoi_hop && shorts.length === item.phoi_hop.length) item.phoi_hop.forEach((id, k) => setShort(id, shorts[k]));
  }
}

const KEY_ORDER = ['loai', 'dia_phuong', 'nam', 'ky_bao_cao', 'nhiem_ky', 'khoa', 'so', 'ky_hieu', 'noi_ban_hanh', 'ngay_ban_hanh', 'trich_yeu', 'chuong_trinh',
  'ben', 'don_vi', 'can_cu', 'loi_ban_hanh', 'muc_dich', 'yeu_cau', 'noi_dung', 'to_chuc_thuc_hien', 'phu_luc', 'chuong', 'danh_gia_chung', 'ket_qua',
  'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi', 'noi_nhan'];

function orderKeys(doc: Doc): Doc {
  const out: Doc = {};
  for (const k of KEY_ORDER) if (doc[k] !== undefined) out[k] = doc[k];
  return out;
}

export { upperVi };
