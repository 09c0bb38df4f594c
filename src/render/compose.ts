import type { Ben, CochuongDocument } from '../model/document.js';
import type { Composition, Run, SignatureBlock } from './blocks.js';
import { plain } from './blocks.js';
import { TYPE_NAMES, dateParts, numberLine, placeDateLine, upperVi } from './helpers.js';
import type { ParsedMarkup } from './markup.js';

/**
 * The frame of the document, which the decree fixes and templates do not touch: issuers,
 * number, place and date, type name and subject, one signature block per party, recipients.
 */
export function compose(doc: CochuongDocument, markup: ParsedMarkup, date: string): Composition {
  const nfc = (s: string) => s.normalize('NFC').trim();
  const year = doc.nam ?? dateParts(date)?.year;
  return {
    kind: doc.loai,
    header: {
      issuers: doc.ben.flatMap((party, i) => headerLines(party, i > 0, localityNames(doc))),
      number: plain(numberLine(doc.so, nfc(doc.ky_hieu))),
      placeDate: plain(placeDateLine(nfc(doc.noi_ban_hanh), doc.ngay_ban_hanh, year)),
    },
    typeName: plain(TYPE_NAMES[doc.loai]),
    subject: plain(nfc(doc.trich_yeu)),
    body: markup.body,
    signatures: doc.ben.map(signature),
    recipients: recipients(doc.noi_nhan),
    annex: markup.annex,
    date,
    title: `${TYPE_NAMES[doc.loai]} ${nfc(doc.trich_yeu)}`,
    names: localityNames(doc),
  };
}

/** The locality's own name and its parent's ("Cầu Giấy", "Hà Nội"): one unit wherever a line breaks. */
function localityNames(doc: CochuongDocument): string[] {
  const place = (doc as { dia_phuong?: { ten?: string; thuoc?: string } }).dia_phuong;
  const names = [place?.ten, place?.thuoc?.replace(/^(tỉnh|thành phố|huyện|quận|thị xã)\s+/i, '')];
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.normalize('NFC').trim());
}

/**
 * A party's lines in the header, in capitals. Lines given as a list whose first names the locality
 * and whose last does not ("HĐND HUYỆN SÓC SƠN" / "THƯỜNG TRỰC") are the parent body (tên cơ quan
 * chủ quản, printed upright: Phụ lục I, II.2.b) above the issuer itself (bold).
 */
function headerLines(party: Ben, later: boolean, names: string[]): Run[][] {
  const lines = issuerLines(party).map(upperVi);
  const has = (line: string) => names.some((n) => line.includes(upperVi(n)));
  const parentLines = lines.length >= 2 && has(lines[0]) && !has(lines[lines.length - 1]) ? lines.length - 1 : 0;
  return lines.map((line, i) => [{ text: line, ...(i < parentLines ? { bold: false } : {}), ...(later && i === 0 ? { spaceBefore: true } : {}) }]);
}

/** The header name: the lines given in ten_tieu_de, else the full name. */
function issuerLines(party: Ben): string[] {
  const lines = party.ten_tieu_de === undefined ? [party.ten] : Array.isArray(party.ten_tieu_de) ? party.ten_tieu_de : [party.ten_tieu_de];
  return lines.map((l) => l.normalize('NFC').trim()).filter((l) => l !== '');
}

/** What a collective body signs for when the file names no authority after "TM.". */
const DEFAULT_AUTHORITY: Partial<Record<Ben['loai'], string>> = {
  thuong_truc_hdnd: 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
  hdnd: 'HỘI ĐỒNG NHÂN DÂN',
  ubnd: 'ỦY BAN NHÂN DÂN',
  ban_thuong_truc_mttq: 'BAN THƯỜNG TRỰC',
  uy_ban_mttq: 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
};

/** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", then the name. */
function signature(party: Ben): SignatureBlock {
  const ky = party.ky;
  const lines: string[] = [];
  if (ky.tien_to) {
    const authority = ky.tham_quyen ?? DEFAULT_AUTHORITY[party.loai] ?? party.ten;
    lines.push(`${ky.tien_to} ${upperVi(authority.normalize('NFC').trim())}`);
  }
  if (ky.ky_thay) lines.push(`KT. ${upperVi(ky.ky_thay.normalize('NFC').trim())}`);
  lines.push(upperVi(ky.chuc_vu.normalize('NFC').trim()));
  return { lines: lines.map(plain), name: plain(ky.ho_ten.normalize('NFC').trim()) };
}

/** "- Thường trực Huyện ủy (để b/c);" … "- Lưu: VT, VP." — whatever dashes or stops the file already had. */
function recipients(list: string[]): Run[][] {
  const clean = list.map((r) => r.normalize('NFC').trim().replace(/^[-–•+]\s*/, '').replace(/[\s.;,]+$/, '')).filter((r) => r !== '');
  return clean.map((r, i) => plain(`- ${r}${i === clean.length - 1 ? '.' : ';'}`));
}
