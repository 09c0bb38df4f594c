import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { diagnoseYaml } from '../../src/parse/recover-yaml.js';

const fail = (source: string) => {
  const result = parseYaml('t.yaml', source);
  expect(result.ok).toBe(false);
  return result.messages;
};
const one = (source: string) => {
  const messages = fail(source);
  expect(messages, messages.map((m) => `${m.place?.start.line} ${m.reason.vi}`).join('\n')).toHaveLength(1);
  return messages[0];
};

const PARTY = 'ben:\n  - id: ubnd\n    loai: ubnd\n    ten: Ủy ban nhân dân xã Phù Đổng\n    ky:\n      chuc_vu: CHỦ TỊCH\n      ho_ten: Ngô Văn Hiếu\n  - id: mttq\n    loai: ban_thuong_truc_mttq\n';
const edit = (line: number, to: string) => PARTY.split('\n').map((l, i) => (i === line - 1 ? to : l)).join('\n');

describe('YAML recovery: one mistake, one message at its line', () => {
  it('a tab: the exact number of spaces the lines around use', () => {
    let m = one(edit(3, '\tloai: ubnd'));
    expect([m.ruleId, m.place?.start.line]).toEqual(['YA003', 3]);
    expect(m.note?.vi).toContain('gõ 4 dấu cách');
    m = one(edit(7, '\t\t\tho_ten: Ngô Văn Hiếu'));
    expect(m.note?.vi).toContain('gõ 6 dấu cách');
    m = one('dia_phuong:\n\tcap: xa\n  ten: Phù Đổng\n');
    expect(m.note?.vi).toContain('gõ 2 dấu cách');
  });

  it('two tabs on two lines: two messages, each at its line, no cascade', () => {
    const messages = fail(edit(6, '\t\t\tchuc_vu: CHỦ TỊCH').replace('    loai: ban_thuong_truc_mttq', '\tloai: ban_thuong_truc_mttq'));
    expect(messages.map((m) => [m.ruleId, m.place?.start.line])).toEqual([['YA003', 6], ['YA003', 9]]);
  });

  it('a line indented one space off: the column it should start at', () => {
    let m = one(edit(4, '   ten: Ủy ban nhân dân xã Phù Đổng'));
    expect([m.ruleId, m.place?.start.line]).toEqual(['YA001', 4]);
    expect(m.note?.vi).toContain('cột 5');
    m = one(edit(8, '- id: mttq'));
    expect(m.place?.start.line).toBe(8);
    expect(m.note?.vi).toContain('cột 3');
  });

  it('names odd spaces pasted from Word, where they break the YAML', () => {
    let m = one('loai: chuong_trinh\nnam:\u00a02027\n');
    expect([m.ruleId, m.place?.start.line]).toEqual(['YA011', 2]);
    expect(m.reason.vi).toContain('U+00A0');
    expect(m.note?.vi).toContain('nam: 2027');
    m = one('noi_nhan:\n  - Công an xã\n  -\u202fHội Nông dân xã\n');
    expect(m.reason.vi).toContain('U+202F');
    m = one('dia_phuong:\n\u00a0 cap: xa\n  ten: Phù Đổng\n');
    expect([m.ruleId, m.place?.start.line]).toEqual(['YA011', 2]);
    expect(m.note?.vi).toContain('2 dấu cách');
  });

  it('list marks that are not "- ", colons that are not ": ", curly and unclosed quotes, open brackets', () => {
    const cases: [string, number, RegExp][] = [
      ['noi_nhan:\n  - Công an xã\n  • Hội Nông dân xã\n', 3, /"- "/],
      ['noi_nhan:\n  - Công an xã\n  – Hội Nông dân xã\n', 3, /"– "/],
      ['loai: chuong_trinh\nnam:2027\n', 2, /dấu cách/],
      ['loai: chuong_trinh\nnoi_ban_hanh：Phù Đổng\nnam: 2027\n', 2, /toàn khổ/],
      ['loai: chuong_trinh\nmo_ta: “Giao ban: mỗi quý một lần”\n', 2, /nháy cong/],
      ['loai: chuong_trinh\nloi_ban_hanh: "Các bên thống nhất như sau:\nnam: 2027\n', 2, /không đóng/],
      ['noi_dung:\n  - id: a\n    phoi_hop: [ubnd, mttq\n    chu_tri: hdnd\n', 3, /chưa được đóng/],
    ];
    for (const [source, line, says] of cases) {
      const m = one(source);
      expect(m.place?.start.line, source).toBe(line);
      expect(m.reason.vi, source).toMatch(says);
    }
  });

  it('costs nothing on a clean file: no diagnosis is asked for, and a clean text has nothing to diagnose', () => {
    expect(parseYaml('t.yaml', PARTY).ok).toBe(true);
    expect(diagnoseYaml(PARTY)).toBeUndefined();
  });

  it('without a repair that explains the error, reports the library\'s first error alone', () => {
    const messages = fail('a: b: c: d\ne: [f\n  g: }\n');
    expect(messages).toHaveLength(1);
  });
});
