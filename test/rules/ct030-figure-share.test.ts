import { describe, expect, it } from 'vitest';
import { ct030 } from '../../src/rules/ct030-figure-share.js';
import { runRules } from '../../src/rules/run-rules.js';
import type { CochuongDocument } from '../../src/model/document.js';

function report(soLieu: object): CochuongDocument {
  return {
    loai: 'bao_cao', dia_phuong: { cap: 'xa', ten: 'Phù Đổng' }, nam: 2026, ky_hieu: 'BC-HĐND-UBND-MTTQ', noi_ban_hanh: 'Phù Đổng',
    trich_yeu: 'Kết quả thực hiện', ben: [], noi_nhan: ['Lưu: VT'],
    ket_qua: [{ noi_dung: 'tiep-xuc-cu-tri', mo_ta: 'Đã tổ chức.', so_lieu: soLieu }],
  } as unknown as CochuongDocument;
}
const run = (doc: CochuongDocument) => runRules([ct030], { file: 'x.yaml', doc, nonNfc: [], loadRelated: () => ({ ok: false, reason: { vi: '', en: '' } }) });

describe('CT030 figure-share', () => {
  it('flags more resolved than received, at the resolved figure', () => {
    const found = run(report({ kien_nghi_nhan: 198, kien_nghi_da_giai_quyet: 214 }));
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['ket_qua', 0, 'so_lieu', 'kien_nghi_da_giai_quyet']);
    expect(found[0].message.vi).toContain('quá 100%');
  });
  it('accepts equal counts, a resolved count alone, and letters within what was received', () => {
    expect(run(report({ kien_nghi_nhan: 214, kien_nghi_da_giai_quyet: 214 }))).toEqual([]);
    expect(run(report({ kien_nghi_da_giai_quyet: 20 }))).toEqual([]);
    expect(run(report({ don_thu_nhan: 5, don_thu_da_giai_quyet: 6, kien_nghi_nhan: 1 }))).toHaveLength(1);
  });
});
