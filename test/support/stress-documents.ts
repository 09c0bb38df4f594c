import type { CochuongDocument } from '../../src/model/document.js';

/**
 * Documents at the edges of the layout, made from a real-shaped example: a long ký hiệu, six
 * parties, forty recipients, long names, one signer, and all at once. Each is what a clerk could
 * write; the layout must hold for every one.
 */
export type Stress = { name: string; doc: CochuongDocument };

const RECIPIENTS = [
  'Thường trực Thành ủy (để b/c)', 'Thường trực HĐND thành phố (để b/c)', 'UBND thành phố (để b/c)', 'Ủy ban MTTQ Việt Nam thành phố (để b/c)',
  'Thường trực Huyện ủy (để b/c)', 'Các đồng chí Ủy viên Ban Thường vụ Huyện ủy', 'Các Ban HĐND huyện', 'Văn phòng Huyện ủy',
  'Ban Tổ chức Huyện ủy', 'Ban Tuyên giáo Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Ban Dân vận Huyện ủy', 'Phòng Nội vụ',
  'Phòng Tư pháp', 'Phòng Tài chính - Kế hoạch', 'Phòng Văn hóa và Thông tin', 'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế', 'Phòng Quản lý đô thị',
  'Thanh tra huyện', 'Công an huyện', 'Ban Chỉ huy Quân sự huyện', 'Hội Liên hiệp Phụ nữ huyện', 'Huyện đoàn',
  'Hội Cựu chiến binh huyện', 'Hội Nông dân huyện', 'Liên đoàn Lao động huyện', 'Hội Chữ thập đỏ huyện',
  'Trung tâm Văn hóa - Thông tin và Thể thao', 'Đài Truyền thanh huyện', 'Các đại biểu HĐND huyện',
  'Đảng ủy các xã, thị trấn', 'HĐND các xã, thị trấn', 'UBND các xã, thị trấn', 'Ủy ban MTTQ các xã, thị trấn',
  'Cổng thông tin điện tử huyện', 'Lưu: VT, VP HĐND-UBND, UBMTTQ',
];

const DOAN_THE = [
  ['hoi-phu-nu', 'Hội Liên hiệp Phụ nữ', 'Tôn Nữ Thị Phương Thanh'],
  ['doan-thanh-nien', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Nguyễn Hoàng Phúc Nguyên'],
  ['hoi-ccb', 'Hội Cựu chiến binh', 'Trương Công Minh Quang'],
] as const;

export function stressDocuments(base: CochuongDocument): Stress[] {
  const copy = () => structuredClone(base);
  const longKyHieu = (d: CochuongDocument) => { d.so = 69; d.ky_hieu = 'QCPH-HĐND-UBND-UBMTTQ-HLHPN'; return d; };
  const sixParties = (d: CochuongDocument) => {
    const place = d.dia_phuong.ten;
    for (const [id, name, signer] of DOAN_THE) {
      d.ben.push({ id, loai: 'doan_the', ten: `${name} quận ${place}`, ky: { tien_to: 'TM.', tham_quyen: 'BAN THƯỜNG VỤ', chuc_vu: 'CHỦ TỊCH', ho_ten: signer } } as CochuongDocument['ben'][number]);
    }
    return d;
  };
  const fortyRecipients = (d: CochuongDocument) => { d.noi_nhan = [...RECIPIENTS]; return d; };
  const longNames = (d: CochuongDocument) => {
    d.dia_phuong = { cap: 'huyen', ten: 'Bình Chánh', thuoc: 'Thành phố Hồ Chí Minh' } as CochuongDocument['dia_phuong'];
    d.noi_ban_hanh = 'Bình Chánh';
    d.ben[0].ten_tieu_de = ['HĐND HUYỆN BÌNH CHÁNH', 'THƯỜNG TRỰC'];
    d.ben[1].ten_tieu_de = 'ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH';
    d.ben[2].ten_tieu_de = 'BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN BÌNH CHÁNH';
    d.ben[0].ky.ho_ten = 'Nguyễn Thị Phương Thanh';
    d.ben[2].ky.ho_ten = 'Tôn Thất Minh Hoàng';
    d.trich_yeu = 'Phối hợp công tác giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Chánh giai đoạn 2026 - 2030';
    return d;
  };
  const oneSigner = (d: CochuongDocument) => { d.ben = [d.ben.find((b) => b.loai === 'ubnd') ?? d.ben[0]]; d.ky_hieu = 'CTr-UBND'; return d; };
  return [
    { name: 'long-ky-hieu', doc: longKyHieu(copy()) },
    { name: 'six-parties', doc: sixParties(copy()) },
    { name: 'forty-recipients', doc: fortyRecipients(copy()) },
    { name: 'long-names', doc: longNames(copy()) },
    { name: 'one-signer', doc: oneSigner(copy()) },
    { name: 'one-signer-forty-recipients', doc: fortyRecipients(oneSigner(copy())) },
    { name: 'all-at-once', doc: longNames(fortyRecipients(sixParties(longKyHieu(copy())))) },
  ];
}

/** The same document with its body `extra` two-line paragraphs longer: the closing block meets the foot of a page somewhere. */
export function lengthened(doc: CochuongDocument, extra: number): CochuongDocument {
  const d = structuredClone(doc);
  d.to_chuc_thuc_hien = { ...(d.to_chuc_thuc_hien ?? {}), khac: Array.from({ length: extra }, (_, i) =>
    `Nội dung bổ sung số ${i + 1}: các cơ quan trao đổi, thống nhất bằng văn bản trước khi sửa đổi, bổ sung nội dung phối hợp; đoạn này dài khoảng hai dòng.`) };
  return d;
}
