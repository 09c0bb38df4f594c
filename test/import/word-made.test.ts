import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { importWordFile, type ImportResult } from '../../src/import/import-file.js';
import { documentYaml } from '../../src/import/write-yaml.js';
import { findSoffice } from '../../src/render/pdf.js';
import { encoders } from '../support/legacy-encoder.js';
import { STYLES, VML_LINE, abstractNum, docx, lvl, num, p, table, textBox } from './word-made.js';

/**
 * A corpus of Word-made files (word-made.ts writes the WordprocessingML by hand, as Word lays it
 * out): for each, the facts a clerk would check come back from `import`.
 */

// Recovered documents are walked freely in these assertions; a typo in a key fails the expectation anyway.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

async function imported(bytes: Uint8Array, name = 'van-ban.docx', tracked?: 'accept' | 'reject'): Promise<ImportResult & { ok: true }> {
  const result = await importWordFile(name, bytes, tracked ? { tracked } : {});
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
  return result;
}

function valid(data: Doc): string[] {
  const checked = checkText('imported.yaml', documentYaml(data, '../schemas/cochuong.schema.json'));
  return checked.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.reason.en}`);
}

const B = { b: true, center: true };

/** The header as a borderless 2×2 table: issuers (stacked, with soft breaks) and a VML rule; Số and date in the second row. */
function tableHeader(number = 'Số: 05/CTr-HĐND-UBND-MTTQ', date = 'Sóc Sơn, ngày 10 tháng 02 năm 2025'): string {
  return table([
    [[p('HĐND HUYỆN SÓC SƠN', B), p('THƯỜNG TRỰC', B), p('ỦY BAN NHÂN DÂN\nHUYỆN SÓC SƠN', B), p('ỦY BAN MTTQ VIỆT NAM\nHUYỆN SÓC SƠN', B), p('BAN THƯỜNG TRỰC', B), p('', { extra: VML_LINE })],
      [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B), p('Độc lập – Tự do – Hạnh phúc', { ...B, borderBottom: true })]],
    [[p(number, { center: true })], [p(date, { i: true, center: true })]],
  ]);
}

/** Signatures as Word users lay them out: 3 columns, authority and title, empty paragraphs for the signature, the name. */
function signatures(): string {
  const col = (lines: string[], name: string) => [...lines.map((l) => p(l, B)), p(''), p(''), p(''), p(name, B)];
  return table([[
    col(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH'], 'Nguyễn Văn Phúc'),
    col(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Thị Hoa'),
    col(['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], 'Trần Minh Đức'),
  ]]);
}

function recipients(): string[] {
  return [p('Nơi nhận:', { b: true, i: true }), p('- Thường trực Huyện ủy (để b/c);'), p('- UBND các xã, thị trấn;'), p('- Lưu: VT, VP.')];
}

const CAN_CU = [
  p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', { i: true }),
  p('Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;', { i: true }),
  p('Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15 tháng 6 năm 2017 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;', { i: true }),
];

const ITEMS: [string, string, string, string][] = [
  ['Tuyên truyền, phổ biến pháp luật', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn', 'Ủy ban nhân dân huyện Sóc Sơn và Phòng Tư pháp huyện', 'Thường xuyên'],
  ['Tiếp xúc cử tri trước và sau kỳ họp', 'Thường trực Hội đồng nhân dân huyện Sóc Sơn', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn', 'Quý II'],
  ['Giám sát việc giải quyết đơn thư', 'Thường trực Hội đồng nhân dân huyện Sóc Sơn', 'Ủy ban nhân dân huyện Sóc Sơn, Văn phòng HĐND và UBND huyện', 'Tháng 9/2025'],
  // Written the short way clerks write it: the party without its place name.
  ['Cải cách hành chính', 'UBND huyện', 'Thường trực HĐND huyện', 'Cả năm'],
];

/** A program typed by hand: literal numbers "I.", "1.", dash lines for chủ trì / phối hợp / thời gian. */
function literalProgram(): Uint8Array {
  return docx({
    body: [
      tableHeader(),
      p('CHƯƠNG TRÌNH', B),
      p('Phối hợp công tác năm 2025 giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân\nvà Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn', B),
      p('', { extra: VML_LINE }),
      ...CAN_CU,
      p('Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sóc Sơn thống nhất ban hành Chương trình phối hợp công tác năm 2025 như sau:'),
      p('I. MỤC ĐÍCH, YÊU CẦU', { b: true }),
      p('1. Mục đích', { b: true }),
      p('Tăng cường phối hợp giữa ba cơ quan trong thực hiện nhiệm vụ chính trị năm 2025.'),
      p('2. Yêu cầu', { b: true }),
      p('Phối hợp đúng chức năng, nhiệm vụ của mỗi cơ quan.'),
      p('II. NỘI DUNG PHỐI HỢP', { b: true }),
      ...ITEMS.flatMap(([title, lead, partners, time], k) => [
        p(`${k + 1}. ${title}`, { b: true }),
        p(`Nội dung ${title.toLowerCase()} của năm 2025.`),
        p(`- Cơ quan chủ trì: ${lead}.`),
        p(`- Cơ quan phối hợp: ${partners}.`),
        p(`- Thời gian thực hiện: ${time}.`),
      ]),
      p('III. TỔ CHỨC THỰC HIỆN', { b: true }),
      p('1. Trách nhiệm của các cơ quan', { b: true }),
      p('UBND huyện chỉ đạo các phòng, ban thực hiện chương trình.'),
      p('2. Chế độ giao ban', { b: true }),
      p('Các cơ quan tổ chức giao ban hằng quý.'),
      p('Trên đây là Chương trình phối hợp công tác năm 2025./.'),
      signatures(),
      ...recipients(),
    ],
  });
}

describe('a program typed by hand, header in a borderless table, VML rules', () => {
  it('gives kind, number, symbol, date, place, trích yếu, parties, signers, items, căn cứ and recipients', async () => {
    const r = await imported(literalProgram());
    const d = r.data as Doc;
    expect(d.loai).toBe('chuong_trinh');
    expect(d.so).toBe(5);
    expect(d.ky_hieu).toBe('CTr-HĐND-UBND-MTTQ');
    expect(d.ngay_ban_hanh).toBe('2025-02-10');
    expect(d.noi_ban_hanh).toBe('Sóc Sơn');
    expect(d.nam).toBe(2025);
    expect(d.dia_phuong).toEqual({ cap: 'huyen', ten: 'Sóc Sơn' });
    expect(d.trich_yeu).toBe('Phối hợp công tác năm 2025 giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn');
    expect(d.ben.map((b: Doc) => b.loai)).toEqual(['thuong_truc_hdnd', 'ubnd', 'ban_thuong_truc_mttq']);
    expect(d.ben.map((b: Doc) => b.ten_tieu_de)).toEqual([['HĐND HUYỆN SÓC SƠN', 'THƯỜNG TRỰC'], 'ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN', ['ỦY BAN MTTQ VIỆT NAM HUYỆN SÓC SƠN', 'BAN THƯỜNG TRỰC']]);
    expect(d.ben[1].ky).toEqual({ tien_to: 'TM.', tham_quyen: 'ỦY BAN NHÂN DÂN', ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Lê Thị Hoa' });
    expect(d.ben.map((b: Doc) => b.ky.ho_ten)).toEqual(['Nguyễn Văn Phúc', 'Lê Thị Hoa', 'Trần Minh Đức']);
    expect(d.noi_dung.map((i: Doc) => i.tieu_de)).toEqual(ITEMS.map((i) => i[0]));
    expect(d.noi_dung.map((i: Doc) => i.chu_tri)).toEqual(['mttq', 'hdnd', 'hdnd', 'ubnd']);
    expect(d.noi_dung[3].phoi_hop).toEqual(['hdnd']);
    expect(d.noi_dung.map((i: Doc) => i.thoi_gian)).toEqual(['thuong_xuyen', { quy: 'II' }, { thang: 9 }, 'ca_nam']);
    // "Văn phòng HĐND và UBND huyện" is one unit: the "và" inside its name does not split it.
    const units = Object.fromEntries(d.don_vi.map((u: Doc) => [u.id, u.ten]));
    expect(d.noi_dung[2].phoi_hop.map((id: string) => units[id] ?? id)).toEqual(['ubnd', 'Văn phòng HĐND và UBND huyện']);
    expect(d.can_cu).toHaveLength(3);
    expect(d.can_cu[2]).toMatchObject({ loai: 'nghi_quyet_lien_tich', so: '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', ngay: '2017-06-15', ten: 'quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam' });
    expect(d.noi_nhan).toEqual(['Thường trực Huyện ủy (để b/c)', 'UBND các xã, thị trấn', 'Lưu: VT, VP']);
    expect(d.to_chuc_thuc_hien.giao_ban).toEqual({ dinh_ky: 'quy' });
    expect(valid(d)).toEqual([]);
  });
});

/** The header as tab-separated lines, dashes typed as the rule; automatic numbering with heading styles. */
function automaticProgram(): Uint8Array {
  const numbering = abstractNum(1, [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')])
    + abstractNum(2, [lvl(0, 'bullet', '-')])
    + num(1, 1) + num(2, 2);
  return docx({
    numbering,
    body: [
      p('HĐND XÃ PHÙ ĐỔNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true }),
      p('THƯỜNG TRỰC\tĐộc lập - Tự do - Hạnh phúc', { b: true }),
      p('ỦY BAN NHÂN DÂN XÃ PHÙ ĐỔNG', { b: true }),
      p('ỦY BAN MTTQ VIỆT NAM XÃ PHÙ ĐỔNG', { b: true }),
      p('BAN THƯỜNG TRỰC\t-----------------', { b: true }),
      p('Số:      /CTr-HĐND-UBND-MTTQ\tPhù Đổng, ngày      tháng      năm 2026'),
      p('CHƯƠNG TRÌNH', B),
      p('Phối hợp công tác năm 2026', B),
      p('Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống nhất ban hành Chương trình phối hợp công tác năm 2026 như sau:'),
      p('MỤC ĐÍCH, YÊU CẦU', { style: 'Heading1', num: [1, 0] }),
      p('Mục đích', { style: 'Heading2', num: [1, 1] }),
      p('Phát huy vai trò của mỗi cơ quan.'),
      p('Yêu cầu', { style: 'Heading2', num: [1, 1] }),
      p('Nội dung phối hợp cụ thể.'),
      p('NỘI DUNG PHỐI HỢP', { style: 'Heading1', num: [1, 0] }),
      p('Tổ chức các kỳ họp HĐND xã', { style: 'Heading2', num: [1, 1] }),
      p('Chuẩn bị nội dung kỳ họp.'),
      p('Chủ trì: Thường trực Hội đồng nhân dân xã Phù Đổng', { num: [2, 0] }),
      p('Phối hợp: Ủy ban nhân dân xã Phù Đổng', { num: [2, 0] }),
      p('Thời gian: Trước, trong và sau các kỳ họp', { num: [2, 0] }),
      p('Tiếp xúc cử tri', { style: 'Heading2', num: [1, 1] }),
      p('Chủ trì: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng', { num: [2, 0] }),
      p('Thời gian: 6 tháng cuối năm', { num: [2, 0] }),
      p('TỔ CHỨC THỰC HIỆN', { style: 'Heading1', num: [1, 0] }),
      p('Chế độ giao ban', { style: 'Heading2', num: [1, 1] }),
      p('Các cơ quan tổ chức giao ban 6 tháng một lần.'),
      signatures(),
      ...recipients(),
    ],
  });
}

describe('automatic numbering, heading styles, tab-line header, a draft without number', () => {
  it('turns numbering.xml labels into sections and items, and reads the tab header', async () => {
    const r = await imported(automaticProgram());
    const d = r.data as Doc;
    expect(d.so).toBeUndefined();
    expect(d.ngay_ban_hanh).toBeUndefined();
    expect(d.ky_hieu).toBe('CTr-HĐND-UBND-MTTQ');
    expect(d.noi_ban_hanh).toBe('Phù Đổng');
    expect(d.dia_phuong).toEqual({ cap: 'xa', ten: 'Phù Đổng' });
    expect(d.ben.map((b: Doc) => b.loai)).toEqual(['thuong_truc_hdnd', 'ubnd', 'ban_thuong_truc_mttq']);
    expect(d.muc_dich).toBe('Phát huy vai trò của mỗi cơ quan.');
    expect(d.yeu_cau).toBe('Nội dung phối hợp cụ thể.');
    expect(d.noi_dung.map((i: Doc) => i.tieu_de)).toEqual(['Tổ chức các kỳ họp HĐND xã', 'Tiếp xúc cử tri']);
    expect(d.noi_dung.map((i: Doc) => i.chu_tri)).toEqual(['hdnd', 'mttq']);
    expect(d.noi_dung[0].phoi_hop).toEqual(['ubnd']);
    expect(d.noi_dung.map((i: Doc) => i.thoi_gian)).toEqual([{ su_kien: 'Trước, trong và sau các kỳ họp' }, { nua_nam: 'cuoi' }]);
    expect(d.to_chuc_thuc_hien.giao_ban.dinh_ky).toBe('6_thang');
    expect(valid(d)).toEqual([]);
  });
});

/** A quy chế numbered by Word: Chương through a paragraph style, Điều continuing across chapters, khoản restarting per Điều, điểm lettered without đ. */
function automaticRegulation(): Uint8Array {
  const styles = STYLES('Times New Roman', '<w:style w:type="paragraph" w:styleId="Chuong"><w:name w:val="Chuong"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>');
  const numbering = abstractNum(1, [lvl(0, 'upperRoman', 'Chương %1', 1, 'Chuong')]) + abstractNum(2, [lvl(0, 'decimal', 'Điều %1.')])
    + abstractNum(3, [lvl(0, 'decimal', '%1.'), lvl(1, 'lowerLetter', '%2)')])
    + num(1, 1) + num(2, 2) + num(3, 3) + num(4, 3, 1) + num(5, 3, 1);
  const khoan = (id: number, text: string) => p(text, { num: [id, 0] });
  return docx({
    styles, numbering,
    body: [
      tableHeader('Số: 02/QC-HĐND-UBND-MTTQ', 'Sóc Sơn, ngày 05 tháng 8 năm 2021'),
      p('QUY CHẾ', B),
      p('Phối hợp công tác giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sóc Sơn nhiệm kỳ 2021-2026', B),
      p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', { i: true }),
      p('Các bên thống nhất ban hành Quy chế phối hợp như sau:'),
      p('', { style: 'Chuong' }),
      p('NHỮNG QUY ĐỊNH CHUNG', B),
      p('Phạm vi điều chỉnh', { b: true, num: [2, 0] }),
      p('Quy chế này quy định nguyên tắc, nội dung phối hợp.'),
      p('Nguyên tắc phối hợp', { b: true, num: [2, 0] }),
      khoan(4, 'Tuân thủ pháp luật.'),
      khoan(4, 'Tôn trọng chức năng của mỗi bên:'),
      ...['giữ vai trò', 'bảo đảm', 'trao đổi', 'thống nhất', 'công khai', 'kịp thời'].map((t) => p(t, { num: [4, 1] })),
      p('', { style: 'Chuong' }),
      p('NỘI DUNG PHỐI HỢP', B),
      p('Phối hợp giám sát', { b: true, num: [2, 0] }),
      khoan(5, 'Thống nhất chương trình giám sát.'),
      khoan(5, 'Mời tham gia đoàn giám sát.'),
      signatures(),
      ...recipients(),
    ],
  });
}

describe('automatic numbering of a quy chế', () => {
  it('gives Chương (style-linked), Điều continuing across chapters, khoản restarting, điểm, and warns of the missing đ', async () => {
    const r = await imported(automaticRegulation());
    const d = r.data as Doc;
    expect(d.loai).toBe('quy_che');
    expect(d.nhiem_ky).toBe('2021-2026');
    expect(d.chuong.map((c: Doc) => c.ten)).toEqual(['Những quy định chung', 'Nội dung phối hợp']);
    expect(d.chuong.map((c: Doc) => c.dieu.map((x: Doc) => x.ten))).toEqual([['Phạm vi điều chỉnh', 'Nguyên tắc phối hợp'], ['Phối hợp giám sát']]);
    expect(d.chuong[0].dieu[1].khoan).toEqual(['Tuân thủ pháp luật.', { noi_dung: 'Tôn trọng chức năng của mỗi bên:', diem: ['giữ vai trò', 'bảo đảm', 'trao đổi', 'thống nhất', 'công khai', 'kịp thời'] }]);
    expect(d.chuong[1].dieu[0].khoan).toEqual(['Thống nhất chương trình giám sát.', 'Mời tham gia đoàn giám sát.']);
    expect(r.messages.map((m) => m.ruleId)).toContain('IM009');
    expect(valid(d)).toEqual([]);
  });
});

describe('TCVN3 text (.VnTime) declared only in docDefaults, and .VnTimeH on runs', () => {
  it('decodes with the project tables and says the source used a legacy font', async () => {
    const cp1252 = (s: string) => new TextDecoder('windows-1252').decode(encoders.tcvn3(s));
    const doc = literalProgram();
    // The same program, its text stored as TCVN3 bytes read as Windows-1252, fonts .VnTime (default) and .VnTimeH (title).
    const { unzip } = await import('../render/unzip.js');
    const parts = unzip(doc);
    // Runs in capitals get .VnTimeH (TCVN3 has no codes for most marked capitals: the capital font draws the small ones as capitals).
    const withFonts = parts.get('word/document.xml')!.toString('utf8').replace(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g, (_, rPr: string, t: string) => {
      const plain = t.replace(/&amp;/g, '&');
      const capital = plain === plain.toLocaleUpperCase('vi') && /\p{L}/u.test(plain);
      const props = rPr.replace(/<w:rFonts [^>]*\/>/g, '') + (capital ? '<w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>' : '');
      return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${cp1252(plain).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
    }).replace(/<w:rFonts [^>]*\/><w:b\/>/g, '<w:b/>');
    const { zipEntries } = await import('../../src/render/docx/zip.js');
    const entries = [...parts].map(([path, data]) => ({ path, data: path === 'word/document.xml' ? withFonts : path === 'word/styles.xml' ? STYLES('.VnTime', '') : new Uint8Array(data) }));
    const r = await imported(zipEntries(entries, '2024-01-01'));
    const d = r.data as Doc;
    expect(r.messages.map((m) => m.ruleId)).toContain('IM008');
    expect(r.report.legacyFonts).toEqual(['tcvn3']);
    expect(d.noi_dung.map((i: Doc) => i.tieu_de)).toEqual(ITEMS.map((i) => i[0]));
    expect(d.ben[1].ky.ho_ten).toBe('Lê Thị Hoa');
    expect(d.noi_nhan[0]).toBe('Thường trực Huyện ủy (để b/c)');
  });
});

function trackedProgram(): Uint8Array {
  const doc = literalProgram();
  return doc;
}

describe('tracked changes, comments, a text box', () => {
  const withChanges = async () => {
    const { unzip } = await import('../render/unzip.js');
    const { zipEntries } = await import('../../src/render/docx/zip.js');
    const parts = unzip(trackedProgram());
    let xml = parts.get('word/document.xml')!.toString('utf8');
    // Item 2's title: "trước và sau kỳ họp" deleted, "định kỳ" inserted; a comment on item 1; a DỰ THẢO text box at the title.
    xml = xml.replace(/(<w:p><w:pPr><w:jc w:val="both"\/><\/w:pPr>)((?:(?!<\/w:p>).)*?)(<\/w:p>)/, '$1$2<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>$3');
    const title = '2. Tiếp xúc cử tri trước và sau kỳ họp';
    const runsOf = (s: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${s}</w:t></w:r>`;
    const rebuilt = `${runsOf('2. Tiếp xúc cử tri ')}<w:del w:id="1" w:author="A"><w:r><w:rPr><w:b/></w:rPr><w:delText>trước và sau kỳ họp</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${runsOf('định kỳ')}</w:ins>`;
    xml = xml.replace(/(<w:p><w:pPr><w:jc w:val="both"\/><\/w:pPr>)((?:(?!<\/w:p>).)*?)<\/w:p>/g, (m, start: string, inner: string) => {
      const text = [...inner.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
      return text === title ? `${start}${rebuilt}</w:p>` : m;
    });
    xml = xml.replace('<w:t xml:space="preserve">CHƯƠNG </w:t></w:r>', `<w:t xml:space="preserve">CHƯƠNG </w:t></w:r>${textBox('DỰ THẢO')}`);
    const entries = [...parts].map(([path, data]) => ({ path, data: path === 'word/document.xml' ? xml : new Uint8Array(data) }));
    entries.push({ path: 'word/comments.xml', data: '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Xem lại câu này</w:t></w:r></w:p></w:comment></w:comments>' });
    return zipEntries(entries, '2024-01-01');
  };

  it('refuses without a choice, naming both options', async () => {
    const result = await importWordFile('x.docx', await withChanges());
    expect(result.ok).toBe(false);
    expect(result.messages[0].ruleId).toBe('IM005');
    expect(result.messages[0].note?.en).toMatch(/--accept-changes.*--reject-changes/);
  });

  it('--accept-changes takes the edited text, --reject-changes the original; comments and the text box are not body text', async () => {
    const accepted = (await imported(await withChanges(), 'x.docx', 'accept')).data as Doc;
    const rejected = (await imported(await withChanges(), 'x.docx', 'reject'));
    expect(accepted.noi_dung[1].tieu_de).toBe('Tiếp xúc cử tri định kỳ');
    expect((rejected.data as Doc).noi_dung[1].tieu_de).toBe('Tiếp xúc cử tri trước và sau kỳ họp');
    expect(JSON.stringify(accepted)).not.toContain('Xem lại');
    expect(JSON.stringify(accepted)).not.toContain('DỰ THẢO');
    expect(rejected.report.comments).toBe(1);
    expect(rejected.report.notes.some((n) => n.text.en.includes('draft'))).toBe(true);
  });
});

/** A single signer with "Nơi nhận" beside the signature, items only in a landscape annex table. */
function reportLike(): Uint8Array {
  return docx({
    landscapeEnd: true,
    body: [
      tableHeader('Số: 12/CTr-HĐND-UBND-MTTQ', 'Sóc Sơn, ngày 03 tháng 3 năm 2025'),
      p('CHƯƠNG TRÌNH', B),
      p('Phối hợp công tác năm 2025', B),
      p('Các cơ quan thống nhất ban hành Chương trình phối hợp công tác năm 2025 như sau:'),
      p('I. MỤC ĐÍCH, YÊU CẦU', { b: true }),
      p('Tăng cường phối hợp.'),
      p('II. NỘI DUNG PHỐI HỢP', { b: true }),
      p('Các nội dung phối hợp tại Phụ lục kèm theo.'),
      table([[
        [p('Nơi nhận:', { b: true, i: true }), p('- Như trên;'), p('- Lưu: VT.')],
        [p('TM. ỦY BAN NHÂN DÂN', B), p('CHỦ TỊCH', B), p(''), p(''), p('Phạm Văn Nam', B)],
      ]]),
      p('PHỤ LỤC', { ...B, pPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>' }),
      table([
        [[p('TT', B)], [p('Nội dung', B)], [p('Cơ quan chủ trì', B)], [p('Cơ quan phối hợp', B)], [p('Thời gian thực hiện', B)]],
        [[p('1')], [p('Tuyên truyền pháp luật')], [p('UBND')], [p('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn')], [p('Quý I')]],
        [[p('2')], [p('Giám sát đầu tư công')], [p('Thường trực Hội đồng nhân dân huyện Sóc Sơn')], [p('UBND')], [p('Cả năm')]],
      ], false),
    ],
  });
}

describe('one signature beside Nơi nhận, items in a landscape annex table', () => {
  it('reads the signer, the recipients of the left cell and the items of the annex', async () => {
    const r = await imported(reportLike());
    const d = r.data as Doc;
    expect(d.so).toBe(12);
    expect(d.ben[1].ky).toEqual({ tien_to: 'TM.', tham_quyen: 'ỦY BAN NHÂN DÂN', chuc_vu: 'CHỦ TỊCH', ho_ten: 'Phạm Văn Nam' });
    expect(d.noi_nhan).toEqual(['Như trên', 'Lưu: VT']);
    expect(d.noi_dung.map((i: Doc) => [i.tieu_de, i.chu_tri, i.phoi_hop, i.thoi_gian])).toEqual([
      ['Tuyên truyền pháp luật', 'ubnd', ['mttq'], { quy: 'I' }],
      ['Giám sát đầu tư công', 'hdnd', ['ubnd'], 'ca_nam'],
    ]);
    expect(d.phu_luc).toBe(true);
  });
});

const soffice = findSoffice();
const work = mkdtempSync(join(tmpdir(), 'cochuong-word-made-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(soffice !== undefined)('.doc through LibreOffice', () => {
  it('a Word-made program saved as .doc imports with the same facts', async () => {
    writeFileSync(join(work, 'ct.docx'), literalProgram());
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'doc', '--outdir', work, join(work, 'ct.docx')], { stdio: 'ignore', timeout: 120_000 });
    const r = await imported(readFileSync(join(work, 'ct.doc')), 'ct.doc');
    const d = r.data as Doc;
    expect(r.report.converterMs).toBeGreaterThan(0);
    expect(d.so).toBe(5);
    expect(d.noi_dung.map((i: Doc) => i.tieu_de)).toEqual(ITEMS.map((i) => i[0]));
    expect(d.ben.map((b: Doc) => b.ky.ho_ten)).toEqual(['Nguyễn Văn Phúc', 'Lê Thị Hoa', 'Trần Minh Đức']);
    expect(d.can_cu).toHaveLength(3);
    expect(d.noi_nhan).toHaveLength(3);
  }, 180_000);
});

describe('VNI text (VNI-Times) declared on every run', () => {
  it('decodes it and notes the legacy font', async () => {
    const win1252 = (s: string) => new TextDecoder('windows-1252').decode(encoders.vni(s));
    const { unzip } = await import('../render/unzip.js');
    const { zipEntries } = await import('../../src/render/docx/zip.js');
    const parts = unzip(literalProgram());
    const xml = parts.get('word/document.xml')!.toString('utf8').replace(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g, (_, rPr: string, t: string) =>
      `<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>${rPr}</w:rPr><w:t xml:space="preserve">${win1252(t.replace(/&amp;/g, '&')).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`);
    const entries = [...parts].map(([path, data]) => ({ path, data: path === 'word/document.xml' ? xml : new Uint8Array(data) }));
    const r = await imported(zipEntries(entries, '2024-01-01'));
    const d = r.data as Doc;
    expect(r.report.legacyFonts).toEqual(['vni']);
    expect(d.trich_yeu).toBe('Phối hợp công tác năm 2025 giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn');
    expect(d.noi_dung.map((i: Doc) => i.tieu_de)).toEqual(ITEMS.map((i) => i[0]));
    expect(d.ben.map((b: Doc) => b.ky.ho_ten)).toEqual(['Nguyễn Văn Phúc', 'Lê Thị Hoa', 'Trần Minh Đức']);
  });
});

/**
 * A real header (test/real/sources/binh-chanh-quy-che-2021.md, as stored on thuvienphapluat.vn):
 * the joint issuer line, Số, date, trích yếu and all five căn cứ verbatim. The stored page stops at
 * the enacting sentence; the two Điều and the signatures below are made up so the file is whole.
 */
function binhChanh(): Uint8Array {
  const canCu = [
    'Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    'Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;',
    'Căn cứ Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTƯMTTQVN ngày 22 tháng 8 năm 2008 của Chính phủ và Trung ương Mặt trận Tổ quốc Việt Nam về quy chế phối hợp làm việc giữa Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;',
    'Căn cứ Nghị quyết số 46/NQ-HĐND ngày 08 tháng 9 năm 2021 của Hội đồng nhân dân Huyện khóa XI về ban hành Quy chế hoạt động của Hội đồng nhân dân;',
  ];
  return docx({
    body: [
      table([
        [[p('THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN - BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN BÌNH CHÁNH', B), p('-------', { center: true })],
          [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B), p('Độc lập - Tự do - Hạnh phúc', B), p('---------------', { center: true })]],
        [[p('Số: 69/QCPH-HĐND-UBND-MTTQ', { center: true })], [p('Bình Chánh, ngày 02 tháng 11 năm 2021', { i: true, center: true })]],
      ]),
      p('QUY CHẾ', B),
      p('PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN BÌNH CHÁNH', B),
      ...canCu.map((c) => p(c, { i: true })),
      p('Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện thống nhất ban hành Quy chế phối hợp công tác nhiệm kỳ 2021-2026 như sau:'),
      p('Chương I', B), p('NHỮNG QUY ĐỊNH CHUNG', B),
      p('Điều 1. Phạm vi điều chỉnh', { b: true }), p('Quy chế này quy định nguyên tắc, nội dung phối hợp.'),
      p('Điều 2. Nguyên tắc phối hợp', { b: true }), p('1. Tuân thủ pháp luật.'), p('2. Tôn trọng chức năng của mỗi bên.'),
      table([[
        [p('TM. THƯỜNG TRỰC HĐND', B), p('CHỦ TỊCH', B), p(''), p('Nguyễn Thị Kim Dung', B)],
        [p('TM. ỦY BAN NHÂN DÂN', B), p('CHỦ TỊCH', B), p(''), p('Đào Gia Vượng', B)],
        [p('TM. BAN THƯỜNG TRỰC', B), p('CHỦ TỊCH', B), p(''), p('Huỳnh Văn Phạm Hồng', B)],
      ]]),
      ...recipients(),
    ],
  });
}

describe('a real joint header (Bình Chánh 2021)', () => {
  it('splits the joint issuer line into three parties and keeps the căn cứ as written', async () => {
    const r = await imported(binhChanh());
    const d = r.data as Doc;
    expect(d.loai).toBe('quy_che');
    expect([d.so, d.ky_hieu, d.ngay_ban_hanh, d.noi_ban_hanh]).toEqual([69, 'QCPH-HĐND-UBND-MTTQ', '2021-11-02', 'Bình Chánh']);
    expect(d.dia_phuong).toEqual({ cap: 'huyen', ten: 'Bình Chánh' });
    expect(d.ben.map((b: Doc) => b.loai)).toEqual(['thuong_truc_hdnd', 'ubnd', 'ban_thuong_truc_mttq']);
    expect(d.ben.map((b: Doc) => b.ten)).toEqual(['Thường trực Hội đồng nhân dân huyện Bình Chánh', 'Ủy ban nhân dân huyện Bình Chánh', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Chánh']);
    expect(d.ben.map((b: Doc) => b.ky.ho_ten)).toEqual(['Nguyễn Thị Kim Dung', 'Đào Gia Vượng', 'Huỳnh Văn Phạm Hồng']);
    expect(d.trich_yeu).toBe('PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN BÌNH CHÁNH');
    expect(d.can_cu.map((c: Doc) => c.loai)).toEqual(['luat', 'luat', 'luat', 'nghi_quyet_lien_tich', 'nghi_quyet']);
    expect(d.can_cu[3]).toMatchObject({ so: '19/2008/NQLT/CP-UBTƯMTTQVN', ngay: '2008-08-22', co_quan: 'Chính phủ và Trung ương Mặt trận Tổ quốc Việt Nam' });
    expect(d.can_cu[4]).toMatchObject({ so: '46/NQ-HĐND', co_quan: 'Hội đồng nhân dân Huyện khóa XI', ten: 'về ban hành Quy chế hoạt động của Hội đồng nhân dân' });
    expect(d.nhiem_ky).toBe('2021-2026');
    expect(d.chuong[0].dieu.map((x: Doc) => x.ten)).toEqual(['Phạm vi điều chỉnh', 'Nguyên tắc phối hợp']);
    expect(r.report.notes.some((n) => n.text.en.includes('joint header'))).toBe(true);
    expect(valid(d)).toEqual([]);
  });
});
