import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  detectBytes,
  ENCODING_NAMES,
  findMojibake,
  type LegacyEncoding,
} from '../../src/read/encoding/index.js';
import { isVietnameseSyllable } from '../../src/read/encoding/syllable.js';
import { encoders } from '../support/legacy-encoder.js';

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'cp1258'];

const SENTENCE =
  'Chương trình phối hợp công tác năm 2020 giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban ' +
  'Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn';
const YAML = 'loai: chuong_trinh\ntrich_yeu: Phối hợp công tác năm 2026\n';
// The seed articles, kept in the repository so the test runs from any clone.
const SEED_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const latin1Bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const latin1Text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** What a legacy round trip gives back: TCVN3 has no codes for most capitals with tone marks. */
const TCVN3_CHARS = new Set(decodeLegacy(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i), 'tcvn3'));
const expectedBack = (text: string, encoding: LegacyEncoding) =>
  [...text.normalize('NFC')]
    .map((c) => (encoding !== 'tcvn3' || c < '\x80' || TCVN3_CHARS.has(c) ? c : c.toLowerCase()))
    .join('');

/** A real ZIP archive of stored (uncompressed) entries, as the local headers + central directory. */
function zip(entries: Array<[name: string, content: string]>): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (data: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of data) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const u16 = (n: number) => [n & 0xff, n >>> 8];
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
  const local: number[] = [];
  const central: number[] = [];
  for (const [name, content] of entries) {
    const n = bytes(name);
    const data = bytes(content);
    // version needed, flags, method 0 (stored), time, date, CRC-32, sizes, name length, extra length
    const common = [u16(20), u16(0), u16(0), u16(0), u16(0x21), u32(crc32(data)), u32(data.length)];
    common.push(u32(data.length), u16(n.length), u16(0));
    // version made by, …, comment length, disk, internal and external attributes, local header offset
    const tail = [u16(0), u16(0), u16(0), u32(0), u32(local.length)];
    central.push(0x50, 0x4b, 1, 2, ...u16(20), ...common.flat(), ...tail.flat(), ...n);
    local.push(0x50, 0x4b, 3, 4, ...common.flat(), ...n, ...data);
  }
  // end of central directory: disk numbers, entry counts, directory size and offset, comment length
  const counts = [...u16(entries.length), ...u16(entries.length)];
  const end = [0x50, 0x4b, 5, 6, 0, 0, 0, 0, ...counts, ...u32(central.length), ...u32(local.length), 0, 0];
  return Uint8Array.from([...local, ...central, ...end]);
}

/** Deterministic pseudo-random bytes (mulberry32), so a failure can be replayed. */
function randomBuffers(count: number, seed: number): Uint8Array[] {
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, (_, i) => {
    const length = Math.floor(next() * (i % 4 === 0 ? 20 : 3000));
    // Some buffers only high bytes, some mostly ASCII, so every code path gets exercised.
    const ceiling = [256, 128, 256][i % 3];
    return Uint8Array.from({ length }, () => (i % 5 === 0 && next() < 0.8 ? 0x61 : Math.floor(next() * ceiling)));
  });
}

describe('ENCODING_NAMES', () => {
  it('names each legacy encoding with its fonts', () => {
    expect(ENCODING_NAMES.tcvn3.vi).toBe('TCVN3 (ABC, phông .VnTime)');
    expect(ENCODING_NAMES.vni.vi).toBe('VNI-Windows (phông VNI-Times)');
    expect(ENCODING_NAMES.cp1258.vi).toBe('Windows-1258');
    for (const e of ENCODINGS) expect(ENCODING_NAMES[e].en).toMatch(/\S/);
  });
});

describe('decodeLegacy', () => {
  // Mis-converted text as it circulates (legacy bytes shown as Latin-1): an independent check of the tables.
  it('decodes TCVN3', () => {
    expect(decodeLegacy(latin1Bytes('Ch\u00ad¬ng tr×nh phèi hîp'), 'tcvn3')).toBe('Chương trình phối hợp');
    expect(decodeLegacy(latin1Bytes('Céng hoµ x· héi chñ nghÜa ViÖt Nam'), 'tcvn3')).toBe(
      'Cộng hoà xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeLegacy(latin1Bytes('§éc lËp - Tù do - H¹nh phóc'), 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy(latin1Bytes('¡ ¢ £ ¤ ¥ ¦ §'), 'tcvn3')).toBe('Ă Â Ê Ô Ơ Ư Đ');
  });

  it('decodes TCVN3 capitals typed in .VnTimeH as lowercase', () => {
    expect(decodeLegacy(latin1Bytes('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM'), 'tcvn3')).toBe(
      'CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM',
    );
  });

  it('decodes VNI-Windows, lower and upper case', () => {
    expect(decodeLegacy(latin1Bytes('Chöông trình'), 'vni')).toBe('Chương trình');
    expect(decodeLegacy(latin1Bytes('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'), 'vni')).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeLegacy(latin1Bytes('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC'), 'vni')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(decodeLegacy(latin1Bytes('Nghò ñònh, chæ thò, naêm, Ñaëc, luaät, UÛy ban, kyû yeáu'), 'vni')).toBe(
      'Nghị định, chỉ thị, năm, Đặc, luật, Ủy ban, kỷ yếu',
    );
  });

  it('decodes Windows-1258 like the WHATWG decoder does', () => {
    const td = new TextDecoder('windows-1258');
    for (let b = 0x80; b < 0x100; b++) {
      expect(decodeLegacy(Uint8Array.of(b), 'cp1258'), b.toString(16)).toBe(
        td.decode(Uint8Array.of(b)).normalize('NFC'),
      );
    }
    // combining tone marks compose: "Việt Nam" = Vi ê +dot t
    expect(decodeLegacy(Uint8Array.of(0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d), 'cp1258')).toBe(
      'Việt Nam',
    );
  });

  it('round-trips Vietnamese through each encoding, returning NFC', () => {
    for (const encoding of ENCODINGS) {
      for (const text of [SENTENCE, YAML, ...SEEDS]) {
        const back = decodeLegacy(encoders[encoding](text), encoding);
        expect(back).toBe(expectedBack(text, encoding));
        expect(back).toBe(back.normalize('NFC'));
      }
    }
    expect(decodeLegacy(encoders.tcvn3(SENTENCE), 'tcvn3')).toBe(SENTENCE.replaceAll('Ủy', 'ủy'));
    expect(decodeLegacy(encoders.vni(SENTENCE), 'vni')).toBe(SENTENCE);
    expect(decodeLegacy(encoders.cp1258(SENTENCE), 'cp1258')).toBe(SENTENCE);
  });

  it('leaves ASCII alone and never throws', () => {
    for (const e of ENCODINGS) {
      expect(decodeLegacy(bytes('abc: 123\n'), e)).toBe('abc: 123\n');
      expect(decodeLegacy(new Uint8Array(0), e)).toBe('');
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      expect(() => decodeLegacy(all, e)).not.toThrow();
    }
  });
});

describe('isVietnameseSyllable (internal)', () => {
  it('accepts real syllables in NFC and NFD, either tone placement', () => {
    const words = ['Chương', 'giữa', 'gì', 'quốc', 'Nguyễn', 'khuya', 'người', 'khuỷu', 'xoong', 'hoà', 'hòa'];
    for (const w of [...words, 'thuở', 'Đắk', 'ĐỘC']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
      expect(isVietnameseSyllable(w.normalize('NFD')), w).toBe(true);
    }
  });
  it('rejects foreign words, two tones, and stop finals without sắc/nặng', () => {
    for (const w of ['Straße', 'café', 'où', 'hôtel', 'tôt', 'ấá', 'Chửụng', 'Ch\u00ad¬ng'])
      expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe('detectBytes', () => {
  it('reads empty input as UTF-8 without BOM', () => {
    expect(detectBytes(new Uint8Array(0))).toEqual({ kind: 'utf8', bom: false });
  });

  it('detects UTF-8 with and without BOM', () => {
    expect(detectBytes(bytes(SENTENCE))).toEqual({ kind: 'utf8', bom: false });
    expect(detectBytes(concat([0xef, 0xbb, 0xbf], bytes(YAML)))).toEqual({ kind: 'utf8', bom: true });
    expect(detectBytes(bytes(SENTENCE.normalize('NFD')))).toEqual({ kind: 'utf8', bom: false });
  });

  it('treats ASCII-only Windows-1258 (or anything else) as UTF-8', () => {
    expect(detectBytes(encoders.cp1258('loai: chuong_trinh\n'))).toEqual({ kind: 'utf8', bom: false });
  });

  it('detects UTF-16 LE/BE with and without BOM', () => {
    for (const text of [SENTENCE, YAML]) {
      const le = new Uint8Array(Buffer.from(text, 'utf16le'));
      const be = new Uint8Array(Buffer.from(text, 'utf16le')).map((_, i, a) => a[i ^ 1]);
      expect(detectBytes(concat([0xff, 0xfe], le))).toEqual({ kind: 'utf16', endian: 'le', bom: true });
      expect(detectBytes(concat([0xfe, 0xff], be))).toEqual({ kind: 'utf16', endian: 'be', bom: true });
      expect(detectBytes(le)).toEqual({ kind: 'utf16', endian: 'le', bom: false });
      expect(detectBytes(be)).toEqual({ kind: 'utf16', endian: 'be', bom: false });
    }
  });

  it('detects UTF-32 LE/BE by BOM', () => {
    const le = Uint8Array.from(
      [...SENTENCE].flatMap((c) => {
        const cp = c.codePointAt(0)!;
        return [cp & 0xff, (cp >>> 8) & 0xff, cp >>> 16, 0];
      }),
    );
    const be = le.map((_, i, a) => a[i - (i % 4) + 3 - (i % 4)]);
    expect(detectBytes(concat([0xff, 0xfe, 0, 0], le))).toEqual({ kind: 'utf32', endian: 'le' });
    expect(detectBytes(concat([0, 0, 0xfe, 0xff], be))).toEqual({ kind: 'utf32', endian: 'be' });
  });

  it('detects each legacy encoding, with high confidence on real text', () => {
    for (const encoding of ENCODINGS) {
      expect(detectBytes(encoders[encoding](SENTENCE)), encoding).toEqual({
        kind: 'legacy',
        encoding,
        confidence: 'high',
      });
      for (const seed of SEEDS) {
        expect(detectBytes(encoders[encoding](seed)), encoding).toEqual({
          kind: 'legacy',
          encoding,
          confidence: 'high',
        });
      }
      // A short YAML file: five Vietnamese words are enough to name the encoding.
      expect(detectBytes(encoders[encoding](YAML))).toMatchObject({ kind: 'legacy', encoding });
    }
  });

  it('finds legacy text after a long ASCII prologue', () => {
    const prologue = '# ' + 'x'.repeat(70) + '\n';
    for (const encoding of ENCODINGS) {
      const buf = encoders[encoding](prologue.repeat(200) + SEEDS[0]);
      expect(detectBytes(buf)).toEqual({ kind: 'legacy', encoding, confidence: 'high' });
    }
  });

  it('reports the first invalid UTF-8 byte with its line and column', () => {
    const buf = concat(bytes('loai: chuong_trinh\ntrich_yeu: Hội đồng '), [0xff], bytes(' nhân dân\n'));
    expect(detectBytes(buf)).toEqual({
      kind: 'invalid-utf8',
      offset: bytes('loai: chuong_trinh\ntrich_yeu: Hội đồng ').length,
      line: 2,
      column: 21,
    });
    // a truncated sequence at the end of the file points at its lead byte
    expect(detectBytes(concat(bytes('a\nb\n\ncd'), [0xe1, 0xbb]))).toEqual({
      kind: 'invalid-utf8',
      offset: 7,
      line: 4,
      column: 3,
    });
    // overlong encodings and surrogates are not UTF-8 either
    expect(detectBytes(concat(bytes('ab'), [0xc0, 0xaf]))).toMatchObject({ kind: 'invalid-utf8', offset: 2 });
    expect(detectBytes(concat(bytes('ab'), [0xed, 0xa0, 0x80]))).toMatchObject({ kind: 'invalid-utf8', offset: 2 });
  });

  it('does not take a UTF-8 file with one broken byte, or French Latin-1, for legacy Vietnamese', () => {
    const seed = bytes(SEEDS[2]);
    const broken = seed.slice();
    broken[1000] = 0xff;
    expect(detectBytes(broken)).toMatchObject({ kind: 'invalid-utf8', offset: 1000 });
    expect(detectBytes(latin1Bytes("Où est la bibliothèque ? Déjà, l'été était très sûr."))).toMatchObject({
      kind: 'invalid-utf8',
      offset: 1,
      line: 1,
      column: 2,
    });
  });

  it('does not count a UTF-8 BOM as a column, and does not guess legacy after one', () => {
    const buf = concat([0xef, 0xbb, 0xbf], bytes('ab'), encoders.tcvn3(SENTENCE));
    expect(detectBytes(buf)).toEqual({ kind: 'invalid-utf8', offset: 7, line: 1, column: 5 });
  });

  it('detects binary formats by their magic numbers', () => {
    const docx = zip([
      ['[Content_Types].xml', '<Types/>'],
      ['_rels/.rels', '<Relationships/>'],
      ['word/document.xml', '<w:document/>'],
    ]);
    const xlsx = zip([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook/>'],
    ]);
    const odt = zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', '<office:document-content/>'],
    ]);
    const plain = zip([['readme.txt', 'hello']]);
    expect(detectBytes(docx)).toEqual({ kind: 'binary', format: 'docx' });
    expect(detectBytes(xlsx)).toEqual({ kind: 'binary', format: 'xlsx' });
    expect(detectBytes(odt)).toEqual({ kind: 'binary', format: 'odt' });
    expect(detectBytes(plain)).toEqual({ kind: 'binary', format: 'zip' });
    expect(detectBytes(Uint8Array.of(0x50, 0x4b, 5, 6, ...new Array(18).fill(0)))).toEqual({
      kind: 'binary',
      format: 'zip',
    });
    // a docx whose word/ entries come after a large first entry: found in the central directory
    const late = zip([
      ['[Content_Types].xml', 'x'.repeat(20000)],
      ['word/document.xml', '<w:document/>'],
    ]);
    expect(detectBytes(late)).toEqual({ kind: 'binary', format: 'docx' });

    const cases: Array<[string, number[]]> = [
      ['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]],
      ['pdf', [...bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]],
      ['rtf', [...bytes("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 .VnTime;}} Ch\\'ad\\'acng}")]],
      ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]],
      ['jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]],
      ['gif', [...bytes('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0]],
      ['gif', [...bytes('GIF87a'), 1, 0, 1, 0, 0, 0, 0]],
    ];
    for (const [format, magic] of cases)
      expect(detectBytes(Uint8Array.from(magic)), format).toEqual({ kind: 'binary', format });
  });

  it('calls data with NUL bytes that is not UTF-16 binary', () => {
    expect(detectBytes(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toEqual({
      kind: 'binary',
      format: 'unknown',
    });
    expect(detectBytes(concat(bytes(YAML), [0], bytes(YAML)))).toEqual({ kind: 'binary', format: 'unknown' });
    expect(detectBytes(Uint8Array.of(0))).toEqual({ kind: 'binary', format: 'unknown' });
  });

  it('never throws on random bytes', () => {
    const kinds = new Set(['utf8', 'utf16', 'utf32', 'legacy', 'binary', 'invalid-utf8']);
    for (const buf of randomBuffers(200, 20260101)) {
      const result = detectBytes(buf);
      expect(kinds.has(result.kind)).toBe(true);
      if (result.kind === 'invalid-utf8') {
        expect(result.offset).toBeGreaterThanOrEqual(0);
        expect(result.offset).toBeLessThan(buf.length);
      }
    }
  });

  // Its speed is measured by `node bench/stages.mjs`, not here: a timed test only flakes on a busy machine.
  it('reads a megabyte of UTF-8 as UTF-8', () => {
    const big = bytes(SEEDS.join('\n').repeat(Math.ceil(1_048_576 / Buffer.byteLength(SEEDS.join('\n')))));
    expect(detectBytes(big)).toEqual({ kind: 'utf8', bom: false });
  });
});

describe('findMojibake', () => {
  it('finds TCVN3 read as Windows-1252', () => {
    expect(findMojibake('Ch\u00ad¬ng tr×nh phèi hîp')).toEqual({
      offset: 0,
      line: 1,
      column: 1,
      sample: 'Ch\u00ad¬ng tr×nh phèi hîp',
      likely: 'tcvn3',
    });
    const yaml = 'loai: chuong_trinh\ntrich_yeu: Ch\u00ad¬ng tr×nh phèi hîp c«ng t¸c n¨m 2020 gi÷a c¸c c¬ quan\n';
    expect(findMojibake(yaml)).toEqual({
      offset: yaml.indexOf('Ch\u00ad'),
      line: 2,
      column: 12,
      sample: 'Ch\u00ad¬ng tr×nh phèi hîp c«ng t¸c',
      likely: 'tcvn3',
    });
  });

  it('finds VNI read as Windows-1252', () => {
    expect(findMojibake('Chöông trình')).toMatchObject({
      offset: 0,
      line: 1,
      column: 1,
      sample: 'Chöông trình',
      likely: 'vni',
    });
    // "Hoøa" alone (→ "Hòa") has no letter only Vietnamese uses; "Vieät" (→ "Việt") does.
    expect(findMojibake('Coäng hoøa')).toMatchObject({ offset: 0, likely: 'vni' });
    expect(findMojibake('Hoøa bình, Vieät Nam')).toMatchObject({ offset: 11, column: 12, likely: 'vni' });
  });

  it('finds each encoding read as Windows-1252, at the first mis-converted word', () => {
    for (const encoding of ENCODINGS) {
      const text = 'trich_yeu: ' + latin1Text(encoders[encoding](SENTENCE));
      const found = findMojibake(text);
      expect(found, encoding).toMatchObject({ offset: 11, line: 1, column: 12, likely: encoding });
      expect([...found!.sample].length).toBeLessThanOrEqual(30);
    }
  });

  it('stays quiet on real Vietnamese, NFC and NFD', () => {
    for (const text of [
      'Độc lập - Tự do - Hạnh phúc',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      SENTENCE,
      YAML,
      ...SEEDS,
    ]) {
      expect(findMojibake(text.normalize('NFC'))).toBeUndefined();
      expect(findMojibake(text.normalize('NFD'))).toBeUndefined();
    }
    expect(findMojibake('Ðà Nẵng, ÐỘC LẬP')).toBeUndefined(); // eth typed for Đ: another check's business
  });

  it('stays quiet on French, German, Spanish and symbols', () => {
    const texts = [
      "Où est la bibliothèque ? Déjà, l'été était très sûr ; à côté de l'hôtel, garçon, Noël, naïve, août, coûte.",
      'Größere Übungen für schöne Mädchen auf der Straße wären möglich; Fußgänger hätten Öl.',
      'El niño comió una manzana en España, señor; mañana, ¿qué?',
      'Microsoft® Word © 2020, 25°C, 3 × 4 m², ½ ± 0,5 ‰, «guillemets», 1ª série, nº 5',
      'plain ASCII only',
      '',
    ];
    for (const text of texts) expect(findMojibake(text), text).toBeUndefined();
  });
});
