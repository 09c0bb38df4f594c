import type { CochuongDocument } from '../model/document.js';
import { readDate } from './phrases.js';

type CanCu = NonNullable<CochuongDocument['can_cu']>[number];

const TYPES: [RegExp, CanCu['loai']][] = [
  [/^Nghị quyết liên tịch\b/iu, 'nghi_quyet_lien_tich'], [/^Nghị quyết\b/iu, 'nghi_quyet'], [/^Nghị định\b/iu, 'nghi_dinh'],
  [/^Quyết định\b/iu, 'quyet_dinh'], [/^Thông tư(?![\p{L}\p{N}])/iu, 'thong_tu'], [/^Chỉ thị(?![\p{L}\p{N}])/iu, 'chi_thi'], [/^Kết luận\b/iu, 'ket_luan'],
  [/^Hướng dẫn\b/iu, 'huong_dan'], [/^Kế hoạch\b/iu, 'ke_hoach'], [/^Chương trình\b/iu, 'chuong_trinh'], [/^Quy chế(?![\p{L}\p{N}])/iu, 'quy_che'],
  [/^Văn bản\b/iu, 'van_ban_khac'], [/^Thông tri\b/iu, 'van_ban_khac'],
];

/** Words a trích yếu starts with: where the issuing body's name ends. */
const SUBJECT_START = /\s(về|quy định|hướng dẫn|ban hành|phê duyệt|thực hiện|tăng cường|sửa đổi|hợp nhất|phối hợp|triển khai|tổ chức|đẩy mạnh|nâng cao|xây dựng|tiếp tục)(?=\s|$)/u;

const WORD_DATE = /\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu;

/**
 * One "Căn cứ …;" line as a legal basis. Laws and the constitution are written "Căn cứ Luật X
 * ngày …"; other documents "Căn cứ <loại> số <số> ngày … của <cơ quan> <trích yếu>". Where the
 * issuing body ends and the subject begins is a guess (the first word a subject starts with).
 */
export function readLegalBasis(line: string): { basis: CanCu; guessed: boolean } | undefined {
  const m = /^Căn cứ\s+(.+?)[;.,]?$/su.exec(line.trim());
  if (!m) return undefined;
  let rest = m[1].trim();
  const ngay = readDate(rest);
  if (/^Hiến pháp\b/u.test(rest)) return { basis: { loai: 'hien_phap', ten: rest.replace(/^Hiến pháp\s*/u, '') || rest }, guessed: false };
  if (/^(Bộ\s+)?Luật\s/u.test(rest) && !/^Luật\s+số(?![\p{L}\p{N}])/u.test(rest)) {
    const name = rest.replace(/^Luật\s+/u, '').replace(WORD_DATE, '').trim();
    const basis: CanCu = { loai: 'luat', ten: name };
    if (ngay) basis.ngay = ngay;
    return { basis, guessed: false };
  }
  const type = TYPES.find(([re]) => re.test(rest));
  const loai = type?.[1] ?? 'van_ban_khac';
  if (type) rest = rest.replace(type[0], '').trim();
  const basis: CanCu = { loai, ten: rest };
  const so = /^số\s+(\S+)/u.exec(rest);
  if (so) { basis.so = so[1]; rest = rest.slice(so[0].length).trim(); }
  if (ngay) { basis.ngay = ngay; rest = rest.replace(WORD_DATE, '').trim(); }
  let guessed = false;
  const of = /^của\s+(.+)$/su.exec(rest);
  if (of) {
    const body = of[1];
    const cut = SUBJECT_START.exec(body);
    if (cut) { basis.co_quan = body.slice(0, cut.index).trim(); basis.ten = body.slice(cut.index).trim(); }
    else { basis.co_quan = body; basis.ten = body; guessed = true; }
  } else basis.ten = rest || line;
  if (basis.ten.length < 2) basis.ten = line;
  return { basis, guessed };
}
