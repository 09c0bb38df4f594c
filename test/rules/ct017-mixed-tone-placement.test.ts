import { describe, expect, it } from 'vitest';
import { ct017 } from '../../src/rules/ct017-mixed-tone-placement.js';
import { withTonePlacement } from '../../src/text/tone.js';
import { documentTextsOf } from '../../src/model/texts.js';
import { checkDocument, findings, program, regulation } from '../support/documents.js';

describe('CT017 mixed-tone-placement', () => {
  it('accepts a document in one style, old or new', () => {
    expect(findings(ct017, program())).toEqual([]);
    expect(findings(ct017, regulation())).toEqual([]);
    const allNew = JSON.parse(withTonePlacement(JSON.stringify(program()), 'new'));
    expect(documentTextsOf(allNew).joined).toContain('Uỷ ban');
    expect(findings(ct017, allNew)).toEqual([]);
  });

  it('reports the first word of the less frequent style, with both counts', () => {
    const doc = program();
    doc.muc_dich = ['Phát triển thuỷ lợi, giữ gìn sức khoẻ cho Nhân dân.'];
    const found = findings(ct017, doc);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['muc_dich', 0]);
    expect(found[0].actual).toBe('thuỷ');
    expect(found[0].expected).toEqual(['thủy']);
    expect(found[0].message.vi).toContain('kiểu cũ ("hòa", "thủy", "Ủy", "khỏe") 5 lần');
    expect(found[0].message.vi).toContain('kiểu mới ("hoà", "thuỷ", "Uỷ", "khoẻ") 2 lần');
    expect(found[0].note!.vi).toContain('Sửa "thuỷ" thành "thủy" và 1 chỗ khác cùng kiểu');
  });

  it('reports the old style when the new one is the majority', () => {
    const doc = JSON.parse(withTonePlacement(JSON.stringify(program()), 'new'));
    doc.yeu_cau = ['Phối hợp chặt chẽ, cụ thể hóa nhiệm vụ.'];
    const found = findings(ct017, doc);
    expect(found.map((f) => [f.path, f.actual, f.expected])).toEqual([[['yeu_cau', 0], 'hóa', ['hoá']]]);
  });

  it('on a tie keeps the default (old) style and reports the new one', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác năm 2026';
    doc.ben = doc.ben.map((b) => ({ ...b, ten: b.ten.replace('Ủy ban', 'Cơ quan'), ky: { ...b.ky, tham_quyen: 'TẬP THỂ' } }));
    doc.noi_nhan = ['Thường trực Đảng uỷ xã', 'Lưu: VT, hồ sơ thủy lợi'];
    const found = findings(ct017, doc);
    expect(found.map((f) => [f.path, f.actual])).toEqual([[['noi_nhan', 0], 'uỷ']]);
  });

  it('does not count signers\' names nor syllables where the styles agree', () => {
    const doc = program();
    doc.ben[1].ky.ho_ten = 'Trần Thị Thuý';
    doc.muc_dich = ['Hoàn thành kế hoạch quý II, khuyến khích quyên góp.'];
    expect(findings(ct017, doc)).toEqual([]);
  });

  it('places the message on the line of the odd word in the YAML', () => {
    const doc = program();
    doc.noi_dung![0].tieu_de = 'Tổ chức tiếp xúc cử tri, hoà giải ở cơ sở';
    const { text, result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT017');
    expect(m).toHaveLength(1);
    expect(m[0].severity).toBe('warning');
    expect(text.split('\n')[m[0].place!.start.line - 1]).toContain('tieu_de: Tổ chức tiếp xúc cử tri, hoà giải');
  });

  it('counts words typed in decomposed (NFD) Unicode', () => {
    const doc = program();
    doc.yeu_cau = ['Giữ gìn sức khoẻ cho Nhân dân.'.normalize('NFD')];
    const { result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT017');
    expect(m.map((x) => [x.path, x.actual])).toEqual([[['yeu_cau', 0], 'khoẻ']]);
  });
});
