import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abolishedMention, ct024 } from '../../src/rules/ct024-abolished-unit-mention.js';
import { findings, program } from '../support/documents.js';

const sources = join(import.meta.dirname, '..', 'real', 'sources');
/** The verbatim parts (code blocks and `quoted` lines) of a real document's transcription. */
function verbatim(slug: string): string[] {
  const text = readFileSync(join(sources, `${slug}.md`), 'utf8');
  const blocks = [...text.matchAll(/```\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
  const inline = [...text.matchAll(/`([^`\n]{12,})`/g)].map((m) => m[1]);
  return [...blocks, ...inline].filter((l) => l.trim() !== '');
}

describe('CT024 abolished-unit-mention', () => {
  it('says nothing on a valid post-reform program', () => {
    expect(findings(ct024, program())).toEqual([]);
  });

  it('reports district-level words in each text that names a unit, with the word', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác năm 2026 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gia Lâm';
    doc.dia_phuong.thuoc = 'huyện Gia Lâm, thành phố Hà Nội';
    doc.don_vi![0].ten = 'Công an thị trấn Yên Viên';
    doc.noi_nhan[0] = 'Ủy ban MTTQ Việt Nam quận Long Biên (để b/c)';
    doc.noi_nhan.push('Thành ủy thành phố Bắc Ninh');
    const found = findings(ct024, doc);
    expect(found.map((f) => [f.path, f.actual])).toEqual([
      [['trich_yeu'], 'huyện Gia Lâm'],
      [['dia_phuong', 'thuoc'], 'huyện Gia Lâm'],
      [['don_vi', 0, 'ten'], 'thị trấn Yên Viên'],
      [['noi_nhan', 0], 'quận Long Biên'],
      [['noi_nhan', 2], 'thành phố Bắc Ninh'],
    ]);
    expect(found[0].message.vi).toContain('không còn đơn vị cấp huyện');
    expect(found.every((f) => f.rule.severity === 'warning')).toBe(true);
  });

  it('keeps what is history: an old name said to be old or quoted, the level named without a unit, a căn cứ from before the reform', () => {
    const doc = program();
    doc.noi_nhan = [
      'Ban Công tác Mặt trận thôn Đổng Viên (huyện Gia Lâm cũ)',
      'Nhân dân nguyên huyện Gia Lâm',
      'Hội đồng hương "huyện Gia Lâm"',
      'Cán bộ cấp huyện được điều động về xã',
      'Ủy ban MTTQ Việt Nam thành phố Hà Nội (để b/c)',
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'Lưu: VT',
    ];
    doc.can_cu!.push({ loai: 'quyet_dinh', so: '12/QĐ-UBND', ngay: '2024-03-01', co_quan: 'Ủy ban nhân dân huyện Gia Lâm', ten: 'về giao chỉ tiêu' } as never);
    expect(findings(ct024, doc)).toEqual([]);
    // The same căn cứ issued after the reform names a unit that no longer existed: reported.
    (doc.can_cu![doc.can_cu!.length - 1] as { ngay: string }).ngay = '2025-09-01';
    expect(findings(ct024, doc).map((f) => f.path)).toEqual([['can_cu', doc.can_cu!.length - 1, 'co_quan']]);
  });

  it('leaves documents from before 1 July 2025 alone', () => {
    const doc = program();
    doc.nam = 2025;
    doc.ngay_ban_hanh = '2025-02-05';
    doc.noi_nhan[0] = 'Ủy ban MTTQ Việt Nam huyện Gia Lâm (để b/c)';
    expect(findings(ct024, doc)).toEqual([]);
  });

  // Real documents (test/real/sources): the post-reform ones never name a district-level unit, and a
  // pre-reform one does (the detector is not vacuous) without being reported for its own date.
  it('finds nothing in the verbatim text of the real post-reform documents', () => {
    for (const slug of ['luong-minh-mttq-ke-hoach-2025', 'luong-minh-mttq-ke-hoach-2026', 'bac-cam-ranh-mttq-ke-hoach-2025',
      'quang-ninh-hdnd-nghi-quyet-2025', 'quang-ninh-mttq-huong-dan-2025', 'pho-bang-ubbc-ke-hoach-2025']) {
      const lines = verbatim(slug);
      expect(lines.length, slug).toBeGreaterThan(5);
      expect(lines.filter((l) => abolishedMention(l)), slug).toEqual([]);
    }
  });

  it('sees the huyện of a real pre-reform document, and reports it only in a document dated after the reform', () => {
    const subject = verbatim('binh-chanh-quy-che-2021').find((l) => l.startsWith('PHỐI HỢP CÔNG TÁC'))!;
    expect(abolishedMention(subject)?.name).toBe('BÌNH CHÁNH');
    const doc = program();
    doc.trich_yeu = subject;
    doc.nam = 2021;
    doc.ngay_ban_hanh = '2021-11-02';
    expect(findings(ct024, doc)).toEqual([]);
    doc.nam = 2027;
    doc.ngay_ban_hanh = '2027-02-05';
    expect(findings(ct024, doc).map((f) => f.path)).toEqual([['trich_yeu']]);
  });
});
