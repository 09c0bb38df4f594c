import type { Para, Table } from './parse-wordml.js';
import { fold } from './units.js';

/** One signer as the signature block prints it: authority, KT. line, title, name. */
export interface Signer {
  tien_to?: 'TM.' | 'Q.' | 'TL.' | 'TUQ.';
  tham_quyen?: string;
  ky_thay?: string;
  chuc_vu?: string;
  ho_ten?: string;
  paragraph: number;
}

const PREFIX = /^(TM|Q|TL|TUQ)\.\s*/u;
const TITLE_WORDS = /\b(chu tich|pho chu tich|truong ban|pho truong ban|bi thu|pho bi thu|giam doc|truong|uy vien|chanh van phong)\b/;

/** Does this table hold signatures (TM./KT./CHỦ TỊCH lines)? */
export function isSignatureTable(t: Table): boolean {
  const texts = t.rows.flat(2).map((p) => p.text);
  return texts.some((s) => PREFIX.test(s) || /^KT\.\s/u.test(s)) || texts.filter((s) => TITLE_WORDS.test(fold(s)) && s === s.toLocaleUpperCase('vi')).length >= 1
    && !texts.some((s) => /^TT$/i.test(s.trim()));
}

/**
 * Signers of a signature table, column by column (rows joined: the name may sit in a second row
 * or below empty paragraphs in the same cell). A column that starts with "Nơi nhận" is not a signer.
 */
export function readSignatures(t: Table): { signers: Signer[]; recipients?: Para[] } {
  const columns: Para[][] = [];
  for (const row of t.rows) row.forEach((cell, c) => { (columns[c] ??= []).push(...cell); });
  const signers: Signer[] = [];
  let recipients: Para[] | undefined;
  for (const col of columns) {
    const paras = col.filter((p) => p.text !== '');
    if (paras.length === 0) continue;
    if (/^nơi nhận/iu.test(paras[0].text)) { recipients = paras; continue; }
    const signer: Signer = { paragraph: paras[0].n };
    const upper: string[] = [];
    for (const p of paras) {
      const whole = p.text.replace(/\s*\n\s*/g, ' ').trim();
      if (/^\(?(đã ký|ký|ký tên|ký, ghi rõ họ tên|chữ ký|đóng dấu)/iu.test(whole)) continue;
      // A name may wrap with a soft break ("Phan Thị↵Thanh Hương"); capitals are split per line (the authority wraps too).
      if (whole === whole.toLocaleUpperCase('vi') && /\p{L}/u.test(whole)) upper.push(...p.text.split('\n').map((l) => l.trim()).filter(Boolean));
      else signer.ho_ten = whole;
    }
    // Upper-case lines: [TM. AUTHORITY (may wrap)], [KT. HEAD], TITLE.
    let k = 0;
    if (upper[0] && PREFIX.test(upper[0])) {
      signer.tien_to = `${PREFIX.exec(upper[0])![1]}.` as Signer['tien_to'];
      const parts = [upper[0].replace(PREFIX, '')];
      k = 1;
      while (k < upper.length - 1 && !/^KT\./u.test(upper[k])) parts.push(upper[k++]);
      signer.tham_quyen = parts.join(' ').trim();
    }
    if (upper[k] && /^KT\.\s*/u.test(upper[k])) { signer.ky_thay = upper[k].replace(/^KT\.\s*/u, ''); k++; }
    const rest = upper.slice(k);
    if (rest.length > 0) signer.chuc_vu = rest.join(' ');
    if (signer.ho_ten || signer.chuc_vu) signers.push(signer);
  }
  return { signers, recipients };
}

/** "- Thường trực Đảng ủy xã (để b/c);" → "Thường trực Đảng ủy xã (để b/c)". */
export function recipientText(line: string): string {
  return line.replace(/^[-–—•+*]\s*/u, '').replace(/[;,.]\s*$/u, '').trim();
}
