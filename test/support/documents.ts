import { stringify } from 'yaml';
import type { CochuongDocument } from '../../src/model/document.js';
import type { Rule, RelatedDocument } from '../../src/rules/rule.js';
import { runRules, type RuleFinding } from '../../src/rules/run-rules.js';
import { checkText } from '../../src/check/check-source.js';

/** A small valid annual program: three parties, two items. Each call returns a fresh copy to mutate. */
export function program(): CochuongDocument {
  return {
    loai: 'chuong_trinh',
    dia_phuong: { cap: 'xa', ten: 'Phù Đổng', thuoc: 'thành phố Hà Nội' },
    nam: 2026,
    so: 1,
    ky_hieu: 'CTr-HĐND-UBND-MTTQ',
    noi_ban_hanh: 'Phù Đổng',
    ngay_ban_hanh: '2026-02-05',
    trich_yeu: 'Phối hợp công tác năm 2026 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã Phù Đổng',
    ben: [
      party('hdnd', 'thuong_truc_hdnd', 'Thường trực Hội đồng nhân dân xã Phù Đổng', 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'Nguyễn Văn An'),
      party('ubnd', 'ubnd', 'Ủy ban nhân dân xã Phù Đổng', 'ỦY BAN NHÂN DÂN', 'Trần Thị Bình'),
      party('mttq', 'ban_thuong_truc_mttq', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng', 'BAN THƯỜNG TRỰC', 'Lê Văn Cường'),
    ],
    don_vi: [{ id: 'cong-an', ten: 'Công an xã Phù Đổng' }],
    can_cu: [{ loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '72/2025/QH15', ngay: '2025-06-16' }],
    muc_dich: ['Tăng cường phối hợp giữa ba cơ quan.'],
    yeu_cau: ['Phối hợp đúng chức năng, nhiệm vụ của mỗi cơ quan.'],
    noi_dung: [
      { id: 'tiep-xuc-cu-tri', tieu_de: 'Tổ chức tiếp xúc cử tri', chu_tri: 'mttq', phoi_hop: ['hdnd', 'ubnd'], thoi_gian: { su_kien: 'Trước và sau kỳ họp HĐND xã' } },
      { id: 'giam-sat', tieu_de: 'Giám sát đầu tư công', chu_tri: 'hdnd', phoi_hop: ['mttq', 'cong-an'], thoi_gian: { quy: 'II' } },
    ],
    to_chuc_thuc_hien: {
      trach_nhiem: [{ ben: 'ubnd', nhiem_vu: 'Bảo đảm kinh phí.' }],
      giao_ban: { dinh_ky: 'quy' },
    },
    noi_nhan: ['Thường trực Đảng ủy xã (để b/c)', 'Lưu: VT'],
  };
}

/** A small valid quy chế for the 2026-2031 term. */
export function regulation(): CochuongDocument {
  const { nam, muc_dich, yeu_cau, noi_dung, to_chuc_thuc_hien, ...rest } = program();
  void nam; void muc_dich; void yeu_cau; void noi_dung; void to_chuc_thuc_hien;
  return {
    ...rest,
    loai: 'quy_che',
    nhiem_ky: '2026-2031',
    ky_hieu: 'QC-HĐND-UBND-MTTQ',
    ngay_ban_hanh: '2026-06-10',
    trich_yeu: 'Quy chế phối hợp công tác nhiệm kỳ 2026-2031',
    chuong: [
      { id: 'chung', ten: 'Những quy định chung', dieu: [
        { id: 'pham-vi', ten: 'Phạm vi điều chỉnh', noi_dung: 'Quy chế này quy định việc phối hợp công tác.' },
        { id: 'nguyen-tac', ten: 'Nguyên tắc phối hợp', khoan: ['Tuân thủ pháp luật.', { noi_dung: 'Bảo đảm:', diem: ['Dân chủ;', 'Công khai.'] }] },
      ] },
    ],
  };
}

/** A small valid year-end report on the 2025 program. */
export function report(): CochuongDocument {
  const { muc_dich, yeu_cau, noi_dung, to_chuc_thuc_hien, ...rest } = program();
  void muc_dich; void yeu_cau; void noi_dung; void to_chuc_thuc_hien;
  return {
    ...rest,
    loai: 'bao_cao',
    nam: 2025,
    ky_hieu: 'BC-HĐND-UBND-MTTQ',
    ngay_ban_hanh: '2026-01-15',
    trich_yeu: 'Kết quả thực hiện Chương trình phối hợp công tác năm 2025',
    chuong_trinh: { tep: 'chuong-trinh-2025.yaml' },
    ket_qua: [
      { noi_dung: 'tiep-xuc-cu-tri', danh_gia: 'hoan_thanh', mo_ta: 'Đã tổ chức 4 hội nghị tiếp xúc cử tri.' },
      { noi_dung: 'giam-sat', danh_gia: 'hoan_thanh_mot_phan', mo_ta: 'Đã giám sát 2 dự án.' },
    ],
  };
}

function party(id: string, loai: CochuongDocument['ben'][number]['loai'], ten: string, thamQuyen: string, hoTen: string) {
  return { id, loai, ten, ky: { tien_to: 'TM.' as const, tham_quyen: thamQuyen, chuc_vu: 'CHỦ TỊCH', ho_ten: hoTen } };
}

export interface RunOptions {
  nonNfc?: { path: (string | number)[]; value: string }[];
  related?: Record<string, CochuongDocument>;
}

/** Runs one rule on a document object; no YAML, no positions. */
export function findings(rule: Rule, doc: CochuongDocument, options: RunOptions = {}): RuleFinding[] {
  const loadRelated = (p: string): RelatedDocument => {
    const found = options.related?.[p];
    return found ? { ok: true, doc: found } : { ok: false, reason: { vi: `không tìm thấy tệp ${p}`, en: `file ${p} not found` } };
  };
  return runRules([rule], { file: 'test.yaml', doc, nonNfc: options.nonNfc ?? [], loadRelated });
}

/** The full pipeline on a document object written out as YAML: messages with real positions. */
export function checkDocument(doc: unknown) {
  const yamlText = stringify(doc, { lineWidth: 0 });
  return { text: yamlText, result: checkText('test.yaml', yamlText) };
}
