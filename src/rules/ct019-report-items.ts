import { text } from '../message/message.js';
import { closest } from '../text/closest.js';
import type { Rule } from './rule.js';
import { itemsWithoutResult } from '../model/report-items.js';

/**
 * A year-end report answers its program item by item: each result names an item of the program
 * (by id), and each item gets a result. The program is read from `chuong_trinh.tep`.
 */
export const ct019: Rule = {
  id: 'CT019',
  name: 'report-items',
  stage: 'rule',
  severity: 'error',
  kinds: ['bao_cao'],
  description: text('Mỗi kết quả trong báo cáo phải dẫn đúng mã một nội dung của chương trình phối hợp (chuong_trinh.tep); nội dung nào của chương trình chưa có kết quả thì được nhắc.',
    'Each result of a report must name an item of its program (chuong_trinh.tep) by id; program items without a result are listed.'),
  rationale: text('Báo cáo kết quả đánh giá từng nội dung của chương trình đã ký. Kết quả dẫn một mã không có trong chương trình thường do gõ sai mã hoặc dẫn nhầm chương trình năm khác; nội dung bị bỏ sót thì hội nghị tổng kết không đánh giá được. Không ghi chuong_trinh.tep thì không kiểm tra; không đọc được tệp chương trình thì chỉ cảnh báo.',
    'A report evaluates each item of the signed program. A result naming an id the program does not have is usually a typo or the program of another year; an item left out cannot be evaluated at the review meeting. Without chuong_trinh.tep nothing is checked; a program file that cannot be read gives a warning only.'),
  bad: 'chuong_trinh:\n  tep: phu-dong-2025.yaml\nket_qua:\n  - noi_dung: tiep-xuc-cu-tri-2024\n    danh_gia: hoan_thanh\n    mo_ta: Đã tổ chức 4 hội nghị.',
  good: 'chuong_trinh:\n  tep: phu-dong-2025.yaml\nket_qua:\n  - noi_dung: tiep-xuc-cu-tri\n    danh_gia: hoan_thanh\n    mo_ta: Đã tổ chức 4 hội nghị.',
  check({ doc, loadRelated }, report) {
    const file = doc.chuong_trinh?.tep;
    if (!file) return;
    const loaded = loadRelated(file);
    if (!loaded.ok) {
      report({ path: ['chuong_trinh', 'tep'], actual: file, severity: 'warning',
        message: text(`Không đọc được chương trình phối hợp "${file}" (${loaded.reason.vi}), nên chưa kiểm tra được các kết quả có khớp với nội dung của chương trình không.`,
          `The program "${file}" could not be read (${loaded.reason.en}), so the results could not be checked against its items.`),
        note: text('Kiểm tra đường dẫn (tính từ thư mục chứa tệp báo cáo) và kiểm tra riêng tệp chương trình bằng cochuong validate.',
          'Check the path (relative to the report\'s folder) and validate the program file on its own.') });
      return;
    }
    const program = loaded.doc;
    if (program.loai !== 'chuong_trinh' || !program.noi_dung) {
      report({ path: ['chuong_trinh', 'tep'], actual: file, severity: 'warning',
        message: text(`Tệp "${file}" không phải chương trình phối hợp (loai: ${program.loai}), nên chưa kiểm tra được các kết quả.`,
          `"${file}" is not a program (loai: ${program.loai}), so the results could not be checked.`),
        note: text('Ghi đường dẫn đến tệp chương trình phối hợp năm được báo cáo.', 'Give the path of the program of the year reported on.') });
      return;
    }

    if (program.nam !== undefined && doc.nam !== undefined && program.nam !== doc.nam) {
      report({ path: ['chuong_trinh', 'tep'], actual: file, expected: [String(doc.nam)],
        message: text(`Báo cáo kết quả năm ${doc.nam} nhưng "${file}" là chương trình năm ${program.nam}.`,
          `The report is on ${doc.nam} but "${file}" is the program for ${program.nam}.`),
        note: text(`Dẫn đến tệp chương trình phối hợp năm ${doc.nam}, hoặc sửa "nam:" của báo cáo.`, `Name the program file of ${doc.nam}, or fix the report's "nam:".`) });
    }
    const ids = program.noi_dung.map((item) => item.id);
    const known = new Set(ids);
    doc.ket_qua?.forEach((result, i) => {
      if (known.has(result.noi_dung)) return;
      const guess = closest(result.noi_dung, ids);
      report({ path: ['ket_qua', i, 'noi_dung'], actual: result.noi_dung, expected: guess ? [guess] : ids,
        message: text(`Kết quả này dẫn nội dung "${result.noi_dung}", nhưng chương trình "${file}" không có nội dung mang mã đó.`,
          `This result names the item "${result.noi_dung}", but the program "${file}" has no item with that id.`),
        note: guess
          ? text(`Có phải là "${guess}"? Các mã trong chương trình: ${ids.join(', ')}.`, `Did you mean "${guess}"? The program's ids: ${ids.join(', ')}.`)
          : text(`Dùng một trong các mã của chương trình: ${ids.join(', ')}; hoặc kiểm tra chuong_trinh.tep có đúng chương trình năm được báo cáo không.`,
            `Use one of the program's ids: ${ids.join(', ')}; or check that chuong_trinh.tep is the program of the year reported on.`) });
    });

    const { missing, empty } = itemsWithoutResult(doc, program);
    if (empty.length > 0) {
      const list = empty.map((item) => `${item.id} (${item.tieu_de})`).join('; ');
      report({ path: ['ket_qua'], key: true, severity: 'warning', actual: empty.map((item) => item.id).join(', '),
        message: text(`${empty.length} nội dung chưa ghi kết quả: ${list}.`, `${empty.length} item(s) have an empty result: ${list}.`),
        note: text('Ghi mo_ta (kết quả đạt được) và, nếu có, so_lieu cho từng nội dung trên; danh_gia: hoan_thanh, hoan_thanh_mot_phan, chua_hoan_thanh hoặc chuyen_nam_sau.',
          'Write mo_ta (what was achieved) and, if any, so_lieu for each item above; danh_gia: hoan_thanh, hoan_thanh_mot_phan, chua_hoan_thanh or chuyen_nam_sau.') });
    }
    if (missing.length === 0) return;
    const list = missing.map((item) => `${item.id} (${item.tieu_de})`).join('; ');
    report({ path: ['ket_qua'], key: true, severity: 'warning', actual: missing.map((item) => item.id).join(', '),
      message: text(`${missing.length} nội dung của chương trình chưa có kết quả: ${list}.`,
        `${missing.length} program item(s) have no result: ${list}.`),
      note: text('Thêm vào ket_qua một mục cho mỗi nội dung trên (noi_dung: mã, danh_gia, mo_ta); nội dung chưa làm thì ghi danh_gia: chua_hoan_thanh hoặc chuyen_nam_sau.',
        'Add a ket_qua entry for each item above (noi_dung: id, danh_gia, mo_ta); for work not done use danh_gia: chua_hoan_thanh or chuyen_nam_sau.') });
  },
};
