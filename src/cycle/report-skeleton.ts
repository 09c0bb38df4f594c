import { Document, isMap, isSeq, type Node } from 'yaml';
import type { CochuongDocument } from '../model/document.js';
import { timePhrase } from '../render/helpers.js';
import { FIGURE_KEYS } from '../model/figures.js';
import { addHeaderNote } from './next-period.js';
import { commentAbove, documentText } from './yaml-edit.js';

/**
 * The report skeleton of a program: the same parties and header, one result per content item (its
 * title, lead and time in a comment above it), the assessment and the result text to fill in, the
 * other sections of a report as commented keys, and the program referenced (chuong_trinh) so that
 * CT019 keeps the two in step. It validates as it is; `validate` lists the results still empty.
 */
export type ReportPeriod = '6-thang' | 'ca-nam';

export interface SkeletonInput {
  program: CochuongDocument;
  /** The program's path relative to the report's folder (chuong_trinh.tep). */
  programPath: string;
  /** The program's file as the user named it, for the header note. */
  programFile: string;
  ky: ReportPeriod;
}

const ASSESSMENTS = 'hoan_thanh | hoan_thanh_mot_phan | chua_hoan_thanh | chuyen_nam_sau';

export function reportSkeleton(input: SkeletonInput): string {
  const p = input.program;
  const half = input.ky === '6-thang';
  const year = p.nam!;
  const data: Record<string, unknown> = {
    loai: 'bao_cao',
    dia_phuong: p.dia_phuong,
    nam: year,
    ...(half ? { ky_bao_cao: '6_thang' } : {}),
    so: null,
    ky_hieu: reportSymbol(p.ky_hieu),
    noi_ban_hanh: p.noi_ban_hanh,
    ngay_ban_hanh: null,
    trich_yeu: reportSubject(p.trich_yeu, year, half),
    chuong_trinh: {
      tep: input.programPath,
      ...(typeof p.so === 'number' ? { so: p.so } : {}),
      ky_hieu: p.ky_hieu,
      ...(p.ngay_ban_hanh ? { ngay: p.ngay_ban_hanh } : {}),
    },
    ben: p.ben,
    ket_qua: (p.noi_dung ?? []).map((item) => ({ noi_dung: item.id })),
    noi_nhan: p.noi_nhan,
  };
  const doc = new Document(data);
  const units = new Map([...p.ben, ...(p.don_vi ?? [])].map((u) => [u.id, u.viet_tat ?? u.ten]));
  addHeaderNote(doc, ` DỰ THẢO báo cáo ${half ? `sơ kết 6 tháng đầu năm ${year}` : `tổng kết năm ${year}`}, lập từ ${input.programFile} bằng cochuong report.\n`
    + ' Mỗi nội dung: ghi danh_gia, mo_ta (kết quả) và, nếu có, so_lieu; cochuong validate nhắc nội dung chưa có kết quả.');
  commentAbove(doc, ['so'], 'dự thảo: văn thư cấp số khi ban hành');
  p.ben.forEach((party, i) => commentAbove(doc, ['ben', i, 'ky'], `XÁC NHẬN người ký báo cáo (chép từ chương trình: ${party.ky.chuc_vu} ${party.ky.ho_ten}).`));
  commentAbove(doc, ['ket_qua'], [
    'danh_gia_chung: Nhận xét chung về việc thực hiện chương trình (bỏ dấu # để dùng).',
    `Số liệu (so_lieu) của một kết quả, máy tính tỷ lệ và cộng tổng: ${FIGURE_KEYS.join(', ')};`,
    'số liệu khác: khac: [{ten: hội nghị phổ biến pháp luật, so: 26, don_vi: hội nghị}].',
  ].join('\n'));
  (p.noi_dung ?? []).forEach((item, i) => {
    commentAbove(doc, ['ket_qua', i], [
      `${i + 1}. ${item.tieu_de}`,
      `   Chủ trì: ${units.get(item.chu_tri) ?? item.chu_tri}; thời gian: ${timePhrase(item.thoi_gian, year)}.`,
    ].join('\n'));
    const entry = doc.getIn(['ket_qua', i], true) as Node;
    // The fields to fill, as comments under the item, in the order a result is written.
    (entry as { comment?: string }).comment = [
      `   danh_gia: ${ASSESSMENTS}`,
      '   mo_ta: Kết quả đạt được …',
      '   so_lieu: {…: …}   (nếu có số liệu; các tên ở đầu ket_qua)',
    ].join('\n');
  });
  commentAbove(doc, ['noi_nhan'], [
    'Các phần còn lại của báo cáo (bỏ dấu # để dùng):',
    'ton_tai: [Tồn tại, hạn chế …]',
    'nguyen_nhan: [Nguyên nhân …]',
    `phuong_huong: [Phương hướng, nhiệm vụ ${half ? `6 tháng cuối năm ${year}` : `năm ${year + 1}`} …]`,
    'kien_nghi: [Kiến nghị, đề xuất …]',
  ].join('\n'));
  flowShortLists(doc);
  return documentText(doc);
}

/** "CTr-HĐND-UBND-MTTQ" → "BC-HĐND-UBND-MTTQ": the report's type code in place of the program's. */
export function reportSymbol(kyHieu: string): string {
  const m = /^([A-Za-zĐđ]+)(.*)$/u.exec(kyHieu);
  return m ? `BC${m[2]}` : `BC-${kyHieu}`;
}

/** "Phối hợp công tác năm 2020 giữa …" → "Kết quả thực hiện Chương trình phối hợp công tác năm 2020 giữa …". */
export function reportSubject(subject: string, year: number, half: boolean): string {
  const rest = subject.trim();
  const lowered = rest.charAt(0).toLocaleLowerCase('vi') + rest.slice(1);
  const program = /^chương trình/iu.test(rest) ? lowered : `Chương trình ${lowered}`;
  return half ? `Kết quả thực hiện 6 tháng đầu năm ${year} ${program}` : `Kết quả thực hiện ${program}`;
}

/** Lines of a header and lists of ids written as the clerk writes them: [A, B]. */
function flowShortLists(doc: Document): void {
  const walk = (node: unknown) => {
    if (isSeq(node)) {
      if (node.items.every((item) => !isMap(item) && !isSeq(item)) && node.items.length <= 4) node.flow = true;
      node.items.forEach(walk);
    } else if (isMap(node)) {
      for (const pair of node.items) walk(pair.value);
    }
  };
  walk(doc.contents);
  const nhan = doc.getIn(['noi_nhan'], true);
  if (isSeq(nhan)) nhan.flow = false;
}
