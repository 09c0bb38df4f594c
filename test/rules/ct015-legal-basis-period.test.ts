import { describe, expect, it } from 'vitest';
import { ct015 } from '../../src/rules/ct015-legal-basis-period.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { checkDocument, findings, program, report } from '../support/documents.js';

type CanCu = NonNullable<CochuongDocument['can_cu']>[number];
const LUAT_77: CanCu = { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '77/2015/QH13', ngay: '2015-06-19' };

function withBases(date: string | undefined, ...bases: CanCu[]) {
  const doc = program();
  doc.nam = Number((date ?? '2026').slice(0, 4));
  if (date) doc.ngay_ban_hanh = date; else delete doc.ngay_ban_hanh;
  doc.can_cu = bases;
  return doc;
}

describe('CT015 legal-basis-period', () => {
  it('accepts the bases of the fixtures and laws cited in their period', () => {
    expect(findings(ct015, program())).toEqual([]);
    expect(findings(ct015, report())).toEqual([]);
    expect(findings(ct015, withBases('2020-02-27', LUAT_77,
      { loai: 'luat', ten: 'Mặt trận Tổ quốc Việt Nam', so: '75/2015/QH13', ngay: '2015-06-09' },
      { loai: 'nghi_quyet_lien_tich', ten: 'quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam', so: '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTƯMTTQVN', ngay: '2017-06-15' },
    ))).toEqual([]);
    expect(findings(ct015, withBases('2025-02-28', LUAT_77))).toEqual([]);
  });

  it('reports Luật 77/2015 in a 2026 document, naming Luật 72/2025 as its replacement', () => {
    const found = findings(ct015, withBases('2026-02-05', LUAT_77));
    expect(found.map((f) => f.path)).toEqual([['can_cu', 0, 'so']]);
    expect(found[0].message.vi).toBe('Luật Tổ chức chính quyền địa phương số 77/2015/QH13 đã được thay bằng Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (có hiệu lực từ 16/06/2025); văn bản ngày 05/02/2026 không căn cứ văn bản cũ nữa.');
    expect(found[0].expected).toEqual(['72/2025/QH15']);
    expect(found[0].note!.vi).toContain('so: 72/2025/QH15, ngay: 2025-06-16');
  });

  it('names the replacement current on the document date (65/2025 in spring 2025)', () => {
    const found = findings(ct015, withBases('2025-04-10', LUAT_77));
    expect(found[0].expected).toEqual(['65/2025/QH15']);
    const brief = findings(ct015, withBases('2025-08-01', { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '65/2025/QH15', ngay: '2025-02-19' }));
    expect(brief.map((f) => f.expected)).toEqual([['72/2025/QH15']]);
  });

  it('identifies a law cited by name and date without number, and reports it on the name', () => {
    const found = findings(ct015, withBases('2026-02-05', { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', ngay: '2015-06-19' }));
    expect(found.map((f) => f.path)).toEqual([['can_cu', 0, 'ten']]);
  });

  it('reports a known number with a wrong date or another law\'s name', () => {
    const found = findings(ct015, withBases('2026-02-05',
      { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '72/2025/QH15', ngay: '2025-06-19' },
      { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '75/2015/QH13', ngay: '2015-06-09' },
    ));
    expect(found.map((f) => f.path)).toEqual([['can_cu', 0, 'ngay'], ['can_cu', 1, 'ten']]);
    expect(found[0].expected).toEqual(['2025-06-16']);
    expect(found[1].message.vi).toContain('Luật Mặt trận Tổ quốc Việt Nam');
  });

  it('reports a basis dated after the document, known or not', () => {
    const found = findings(ct015, withBases('2026-02-05',
      { loai: 'ke_hoach', ten: 'triển khai nhiệm vụ năm 2026', so: '15/KH-UBND', ngay: '2026-03-01' },
      { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '72/2025/QH15' },
    ));
    expect(found.map((f) => f.path)).toEqual([['can_cu', 0, 'ngay']]);
    expect(found[0].message.vi).toContain('ban hành sau văn bản này');
    const early = findings(ct015, withBases('2025-06-01', { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', so: '72/2025/QH15' }));
    expect(early.map((f) => f.path)).toEqual([['can_cu', 0, 'so']]);
  });

  it('leaves unknown bases alone, and checks a draft by its year but never for "future" bases', () => {
    expect(findings(ct015, withBases('2026-02-05', { loai: 'nghi_dinh', ten: 'về công tác văn thư', so: '30/2020/NĐ-CP', ngay: '2020-03-05' }))).toEqual([]);
    expect(findings(ct015, withBases(undefined, { loai: 'ke_hoach', ten: 'kế hoạch của Đảng ủy xã', ngay: '2026-01-20' }))).toEqual([]);
    expect(findings(ct015, withBases(undefined, LUAT_77)).map((f) => f.path)).toEqual([['can_cu', 0, 'so']]);
  });

  it('replaces 19/2008 by 01/2023 only from 2024, and keeps 403/2017 whatever its issuer spelling', () => {
    const nqlt19: CanCu = { loai: 'nghi_quyet_lien_tich', ten: 'ban hành Quy chế phối hợp công tác giữa Chính phủ và Ủy ban Trung ương MTTQ Việt Nam', so: '19/2008/NQLT/CP-UBTƯMTTQVN', ngay: '2008-08-22' };
    expect(findings(ct015, withBases('2023-11-20', nqlt19))).toEqual([]);
    expect(findings(ct015, withBases('2024-02-01', nqlt19)).map((f) => f.expected)).toEqual([['01/2023/NQLT-CP-ĐCTUBTƯMTTQVN']]);
  });

  it('places the message on the number in the YAML', () => {
    const { text, result } = checkDocument(withBases('2026-02-05', LUAT_77));
    const m = result.messages.filter((x) => x.ruleId === 'CT015');
    expect(m).toHaveLength(1);
    expect(text.split('\n')[m[0].place!.start.line - 1].trim()).toBe('so: 77/2015/QH13');
    expect(m[0].severity).toBe('error');
  });

  it('identifies a law typed in decomposed (NFD) Unicode, by name and date', () => {
    const doc = withBases('2026-02-05', { loai: 'luat', ten: 'Tổ chức chính quyền địa phương'.normalize('NFD'), ngay: '2015-06-19' });
    const { text, result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT015');
    expect(m.map((x) => text.split('\n')[x.place!.start.line - 1].trim().normalize('NFC'))).toEqual(['ten: Tổ chức chính quyền địa phương']);
  });
});

describe('CT015 on căn cứ as written', () => {
  it('checks each number of a line written as text: two texts in one line, a replaced one found', () => {
    const line = 'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN;';
    const found = findings(ct015, withBases('2026-02-05', line));
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['can_cu', 0]);
    expect(found[0].expected).toEqual(['72/2025/QH15']);
    expect(findings(ct015, withBases('2020-02-05', line))).toEqual([]);
  });

  it('knows a law cited by its year alone', () => {
    const byYear: CanCu = { loai: 'luat', ten: 'Tổ chức chính quyền địa phương', nam: 2015 };
    expect(findings(ct015, withBases('2020-02-05', byYear))).toEqual([]);
    expect(findings(ct015, withBases('2026-02-05', byYear))[0].expected).toEqual(['72/2025/QH15']);
  });

  it('warns on a wrong symbol of a known text, Ư and W being one spelling', () => {
    const nqlt = (so: string): CanCu => ({ loai: 'nghi_quyet_lien_tich', ten: 'ban hành Quy chế phối hợp công tác', so, ngay: '2008-08-22' });
    const [f, ...rest] = findings(ct015, withBases('2015-02-05', nqlt('19/2008/NQLT-UBTWMTTQVN')));
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warning');
    expect(f.expected).toEqual(['19/2008/NQLT/CP-UBTƯMTTQVN']);
    expect(findings(ct015, withBases('2015-02-05', nqlt('19/2008/NQLT/CP-UBTWMTTQVN')))).toEqual([]);
    const written = 'Căn cứ Nghị quyết liên tịch số 19/2008/NQLT-UBTWMTTQVN ngày 22/8/2008;';
    expect(findings(ct015, withBases('2015-02-05', written)).map((x) => x.expected)).toEqual([['19/2008/NQLT/CP-UBTƯMTTQVN']]);
  });
});
