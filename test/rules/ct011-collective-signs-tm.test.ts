import { describe, expect, it } from 'vitest';
import { ct011 } from '../../src/rules/ct011-collective-signs-tm.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

describe('CT011 collective-signs-tm', () => {
  it('accepts collective bodies signing TM. with their name', () => {
    expect(findings(ct011, program())).toEqual([]);
  });

  it('reports a collective body signing without TM., on its ky key', () => {
    const doc = program();
    delete doc.ben[1].ky.tien_to;
    delete doc.ben[1].ky.tham_quyen;
    const [f, ...rest] = findings(ct011, doc);
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['ben', 1, 'ky']);
    expect(f.key).toBe(true);
    expect(f.message.vi).toContain('"TM. ỦY BAN NHÂN DÂN"');
    expect(f.note!.vi).toContain('tham_quyen: ỦY BAN NHÂN DÂN');
  });

  it('reports another prefix on the prefix itself', () => {
    const doc = program();
    doc.ben[2].ky.tien_to = 'TL.';
    const [f] = findings(ct011, doc);
    expect(f.path).toEqual(['ben', 2, 'ky', 'tien_to']);
    expect(f.message.vi).toContain('không ghi "TL."');
    expect(f.note!.vi).not.toContain('tham_quyen');
  });

  it('reports TM. without the name of the body', () => {
    const doc = program();
    delete doc.ben[0].ky.tham_quyen;
    const [f] = findings(ct011, doc);
    expect(f.path).toEqual(['ben', 0, 'ky', 'tien_to']);
    expect(f.expected).toEqual(['TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN']);
  });

  it('leaves mass organisations and other bodies free, with or without TM.', () => {
    const doc = program();
    doc.ben.push(
      { id: 'phu-nu', loai: 'doan_the', ten: 'Hội Liên hiệp Phụ nữ xã Phù Đổng', ky: { chuc_vu: 'CHỦ TỊCH', ho_ten: 'Phạm Thị Dung' } },
      { id: 'doan', loai: 'doan_the', ten: 'Đoàn Thanh niên xã Phù Đổng', ky: { tien_to: 'TM.', tham_quyen: 'BAN CHẤP HÀNH', chuc_vu: 'BÍ THƯ', ho_ten: 'Vũ Văn Em' } },
      { id: 'khac', loai: 'khac', ten: 'Công an xã Phù Đổng', ky: { chuc_vu: 'TRƯỞNG CÔNG AN', ho_ten: 'Hà Văn Giang' } },
    );
    expect(findings(ct011, doc)).toEqual([]);
  });

  it('points at the ky line of the party', () => {
    const doc = program();
    delete doc.ben[1].ky.tien_to;
    const [m, ...rest] = placed(doc, 'CT011');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('ky:');
    expect(m.message.note!.vi).toContain('tien_to: "TM."');
  });
});
