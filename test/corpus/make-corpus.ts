import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encoders } from '../support/legacy-encoder.js';
import { escapeLine } from '../../src/text/control.js';

export const EXAMPLE = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');

/** What a command must say about a nasty input: its message id(s) and the exit code expected of validate. */
export interface NastyCase {
  name: string;
  /** The path to hand to the command (inside the corpus folder, or a special path). */
  path: string;
  /** The path as human output shows it: control characters escaped (issue 15, item 16). */
  shown: string;
  /** Message ids, any of which validate may report. */
  ids: string[];
  validateExit: 1 | 2;
}

/**
 * Builds the corpus of hostile inputs in a fresh temporary folder. Everything is generated here,
 * because git cannot store most of it (links, loops, a 50 MB file, invalid bytes).
 */
export function makeCorpus(): { dir: string; cases: NastyCase[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-corpus-'));
  const cases: NastyCase[] = [];
  const push = (c: Omit<NastyCase, 'shown'>) => { cases.push({ ...c, shown: escapeLine(c.path) }); };
  const add = (name: string, content: string | Uint8Array, ids: string[], validateExit: 1 | 2 = 1) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    push({ name, path, ids, validateExit });
  };
  const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

  add('rong.yaml', '', ['IN010']);
  add('chi-chu-thich.yaml', '# chỉ có chú thích\n\n', ['YA009']);
  add('ngau-nhien.yaml', seededBytes(4096, 7), ['IN007', 'IN008', 'IN006']);
  add('word-doi-ten.yaml', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(20), Buffer.from('word/document.xml<w:document/>')]), ['IN007']);
  add('pdf-doi-ten.yaml', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n', ['IN007']);
  // UTF-16 with a BOM (Notepad's "Unicode") is read as it is; without one it is refused, with the fix.
  add('utf16-khong-bom.yaml', Buffer.from(EXAMPLE, 'utf16le'), ['IN005']);
  add('tcvn3.yaml', encoders.tcvn3(EXAMPLE.replace(/[ỦỨỪỬỮỰẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]/g, (c) => c.toLowerCase())), ['IN006']);
  add('vni.yaml', encoders.vni(EXAMPLE), ['IN006']);
  add('cp1258.yaml', encoders.cp1258(EXAMPLE), ['IN006']);
  add('loi-phong.yaml', latin1(encoders.vni(EXAMPLE)), ['IN009']);
  add('utf8-hong.yaml', Buffer.concat([Buffer.from('loai: chuong_trinh\ntrich_yeu: Ph'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('\n')]), ['IN008', 'IN006']);
  add('nul.yaml', EXAMPLE.replace('nam: 2020', 'nam: 20\u000020'), ['IN007']);
  add('bom-bi-danh.yaml', aliasBomb(), ['YA005']);
  add('bi-danh-vong.yaml', 'loai: &a\n  - *a\n', ['YA005']);
  add('long-sau.yaml', '['.repeat(10_000) + ']'.repeat(10_000), ['YA006']);
  add('khoa-trung.yaml', EXAMPLE.replace('nam: 2020\n', 'nam: 2020\nnam: 2021\n'), ['YA002']);
  add('tab.yaml', EXAMPLE.replace('  cap: huyen', '\tcap: huyen'), ['YA003']);
  add('json.yaml', JSON.stringify({ loai: 'chuong_trinh', nam: '2020' }), ['SC001', 'SC003']);
  add('nhieu-van-ban.yaml', `${EXAMPLE}\n---\n${EXAMPLE}`, ['YA004']);
  add('proto.yaml', EXAMPLE.replace('nam: 2020\n', 'nam: 2020\n__proto__: {isAdmin: true}\nconstructor: {prototype: {x: 1}}\n'), ['SC002']);
  add('the-la.yaml', EXAMPLE.replace('noi_nhan:', 'chen: !include /etc/passwd\nham: !!js/function "function () { return 1 }"\nnoi_nhan:'), ['YA007']);
  add('khoa-phuc-tap.yaml', EXAMPLE.replace('nam: 2020\n', '? [nam, thang]\n: 2020\n'), ['YA008']);
  add('so-dac-biet.yaml', EXAMPLE.replace('nam: 2020', 'nam: .nan').replace('so: 1', 'so: 1e999').replace('ngay_ban_hanh: 2020-02-27', 'ngay_ban_hanh: 2025-02-30'), ['SC003', 'SC005', 'SC006']);
  add('so-dien-thoai.yaml', EXAMPLE.replace('ho_ten: Trần Minh Đức', 'ho_ten: 0901234567'), ['YA010']);
  add('danh-sach.yaml', '- loai: chuong_trinh\n', ['YA009']);
  add('cu-phap.yaml', 'loai: "chuong_trinh\nnam: [2020\n', ['YA001']);

  // A 50 MB file: sparse, so it costs no disk; refused by size before it is read.
  const big = join(dir, 'qua-lon.yaml');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  push({ name: 'qua-lon.yaml', path: big, ids: ['IN004'], validateExit: 1 });

  // Paths.
  mkdirSync(join(dir, 'thu muc'));
  writeFileSync(join(dir, 'thu muc', 'văn bản có dấu cách.yaml'), EXAMPLE.replace('nam: 2020', 'nam: hai'));
  push({ name: 'thu muc', path: join(dir, 'thu muc'), ids: ['SC003'], validateExit: 1 });
  symlinkSync(join(dir, 'vong-b.yaml'), join(dir, 'vong-a.yaml'));
  symlinkSync(join(dir, 'vong-a.yaml'), join(dir, 'vong-b.yaml'));
  push({ name: 'vong-a.yaml', path: join(dir, 'vong-a.yaml'), ids: ['IN002'], validateExit: 2 });
  symlinkSync(join(dir, 'khong-ton-tai.yaml'), join(dir, 'lien-ket-hong.yaml'));
  push({ name: 'lien-ket-hong.yaml', path: join(dir, 'lien-ket-hong.yaml'), ids: ['IN001'], validateExit: 2 });
  push({ name: 'khong-co.yaml', path: join(dir, 'khong-co.yaml'), ids: ['IN001'], validateExit: 2 });
  push({ name: '/dev/null', path: '/dev/null', ids: ['IN003'], validateExit: 2 });
  // Issue 15: a FIFO nobody writes to would block an open for ever; /dev/zero would fill memory.
  const fifo = join(dir, 'ong-dan.yaml');
  execFileSync('mkfifo', [fifo]);
  push({ name: 'ong-dan.yaml', path: fifo, ids: ['IN003'], validateExit: 2 });
  push({ name: '/dev/zero', path: '/dev/zero', ids: ['IN003'], validateExit: 2 });
  // Control characters (a terminal's escape sequences) in a value and in the file's name: shown escaped.
  add('dieu-khien\u001b[2J.yaml', EXAMPLE.replace('nam: 2020', 'nam: "\u001b]0;pwned\u0007"'), ['SC003']);
  return { dir, cases };
}

/** Deterministic pseudo-random bytes, so a failure can be reproduced. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}
