import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/read/decode-source.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

function problem(bytes: Uint8Array) {
  const result = decodeSource('van-ban.yaml', bytes);
  expect(result.ok).toBe(false);
  return result.messages[0];
}

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const result = decodeSource('a.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nam: 2026\n')]));
    expect(result).toMatchObject({ ok: true, text: 'nam: 2026\n' });
  });

  it('names UTF-16 without a BOM and says how to save as UTF-8', () => {
    const m = problem(Uint8Array.from(Buffer.from('loai: chuong_trinh\n', 'utf16le')));
    expect(m.ruleId).toBe('IN005');
    expect(m.reason.vi).toContain('UTF-16');
    expect(m.note?.vi).toContain('UTF-8');
  });

  it('names TCVN3 text and offers fix-encoding', () => {
    const m = problem(latin1('trich_yeu: Céng hoµ x· héi chñ nghÜa ViÖt Nam\ntieu_ngu: §éc lËp - Tù do - H¹nh phóc\nghi_chu: Ch\u00ad\u00acng tr×nh phèi hîp c«ng t¸c n¨m 2020\n'));
    expect(m.ruleId).toBe('IN006');
    expect(m.reason.vi).toContain('TCVN3');
    expect(m.note?.vi).toContain('cochuong fix-encoding');
  });

  it('names a Word file renamed to .yaml', () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/document.xml')]);
    const m = problem(Uint8Array.from(zip));
    expect(m.ruleId).toBe('IN007');
    expect(m.reason.vi).toContain('Word');
  });

  it('names a PDF', () => {
    expect(problem(utf8('%PDF-1.7\n%âãÏÓ\n')).reason.vi).toContain('PDF');
  });

  it('says an empty file is empty', () => {
    expect(problem(new Uint8Array()).ruleId).toBe('IN010');
    expect(problem(utf8('  \n\n')).ruleId).toBe('IN010');
  });

  it('places invalid UTF-8 at its line and column', () => {
    const m = problem(Uint8Array.from([...utf8('nam: 2026\nten: ab'), 0xff, 0xfe, 0x41, ...utf8('\n')]));
    expect(m.ruleId === 'IN008' || m.ruleId === 'IN006').toBe(true);
    if (m.ruleId === 'IN008') expect(m.place?.start).toMatchObject({ line: 2, column: 8 });
  });

  it('reports mojibake in valid UTF-8 as an error, and still parses the file', () => {
    const result = decodeSource('a.yaml', utf8('trich_yeu: Chöông trình phoái hôïp coâng taùc\n'));
    expect(result.ok).toBe(true);
    expect(result.messages[0]).toMatchObject({ ruleId: 'IN009', severity: 'error', fatal: false });
    expect(result.messages[0].place?.start.line).toBe(1);
  });
});

describe('UTF-16 as Notepad saves "Unicode"', () => {
  const sample = 'loai: chuong_trinh\ntrich_yeu: Phối hợp công tác năm 2027\n';
  it('with a byte order mark: read as it is, either byte order', () => {
    const le = decodeSource('a.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
    expect(le).toEqual({ ok: true, text: sample, messages: [] });
    const be = Buffer.from(sample, 'utf16le').swap16();
    expect(decodeSource('a.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: sample, messages: [] });
  });
  it('without one: refused, pointing to cochuong fix-encoding', () => {
    const result = decodeSource('a.yaml', Buffer.from(sample, 'utf16le'));
    expect(result.ok).toBe(false);
    expect(result.messages[0].ruleId).toBe('IN005');
    expect(result.messages[0].note?.vi).toContain('cochuong fix-encoding "a.yaml"');
  });
});
