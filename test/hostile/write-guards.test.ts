import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsMessage, writeFileAtomic } from '../../src/write/write-file-atomic.js';
import { outputClash, outputPlan } from '../../src/render/output-plan.js';

/** Issue 15, items 3, 8, 12, 21, 22: what an output may replace. */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (name: string) => { const d = join(dir, name); mkdirSync(d); return d; };

describe('writeFileAtomic replaces only regular files, even with force (item 3)', () => {
  it('refuses a FIFO, a symbolic link, a folder and a device, and leaves each as it was', async () => {
    const d = fresh('special');
    execFileSync('mkfifo', [join(d, 'ong')]);
    writeFileSync(join(d, 'that.txt'), 'giữ nguyên');
    symlinkSync(join(d, 'that.txt'), join(d, 'lien-ket'));
    mkdirSync(join(d, 'thu-muc'));
    for (const name of ['ong', 'lien-ket', 'thu-muc']) {
      const result = await writeFileAtomic(join(d, name), 'DOCX', { force: true });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message.ruleId, name).toBe('WR003');
    }
    expect(statSync(join(d, 'ong')).isFIFO()).toBe(true);
    expect(readFileSync(join(d, 'lien-ket'), 'utf8')).toBe('giữ nguyên');
    expect(statSync(join(d, 'thu-muc')).isDirectory()).toBe(true);
    const devNull = await writeFileAtomic('/dev/null', 'DOCX', { force: true });
    expect(devNull.ok).toBe(false);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('says a folder is a folder, not "this file exists" (item 21)', () => {
    const d = fresh('folder');
    expect(existsMessage(d).reason.en).toContain('a folder');
    expect(existsMessage(join(dir, 'none.docx'), { outputOption: false }).note?.en).not.toContain('-o');
  });
});

describe('a replaced file keeps its permissions and owner (item 8)', () => {
  it('keeps 0600 and 0444 as they were', async () => {
    const d = fresh('modes');
    for (const mode of [0o600, 0o444, 0o640]) {
      const file = join(d, `f${mode.toString(8)}`);
      writeFileSync(file, 'cũ');
      chmodSync(file, mode);
      expect((await writeFileAtomic(file, 'mới', { force: true })).ok).toBe(true);
      expect(statSync(file).mode & 0o7777).toBe(mode);
      expect(readFileSync(file, 'utf8')).toBe('mới');
    }
  });

  it('gives a new file the mode asked for, exactly (a backup as private as its original)', async () => {
    const file = join(fresh('new-mode'), 'x.bak');
    expect((await writeFileAtomic(file, 'bản gốc', { mode: 0o600 })).ok).toBe(true);
    expect(statSync(file).mode & 0o7777).toBe(0o600);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner when root replaces another user\'s file', async () => {
    const file = join(fresh('owner'), 'cua-nguoi-khac.yaml');
    writeFileSync(file, 'cũ');
    chownSync(file, 65534, 65534);
    expect((await writeFileAtomic(file, 'mới', { force: true })).ok).toBe(true);
    expect(statSync(file).uid).toBe(65534);
    expect(statSync(file).gid).toBe(65534);
  });
});

describe('outputs that would destroy an input or each other (items 12, 22)', () => {
  it('refuses an output that is an input, also through a hard link', () => {
    const d = fresh('clash');
    const b = join(d, 'b.yaml');
    writeFileSync(b, 'loai: chuong_trinh\n');
    const same = outputPlan([b], ['md'], b);
    expect(same.ok && outputClash([b], same)?.en).toContain('is the input');
    linkSync(b, join(d, 'b.md'));
    const linked = outputPlan([b], ['md'], undefined);
    expect(linked.ok && outputClash([b], linked)?.en).toContain('is the input');
  });

  it('refuses two inputs with the same default output (a.yaml and a.yml both make a.docx)', () => {
    const d = fresh('twins');
    const files = [join(d, 'a.yaml'), join(d, 'a.yml')];
    for (const f of files) writeFileSync(f, 'loai: chuong_trinh\n');
    const plan = outputPlan(files, ['docx'], undefined);
    expect(plan.ok && outputClash(files, plan)?.en).toContain('overwrite each other');
    const apart = outputPlan([files[0], join(d, 'c.yaml')], ['docx'], undefined);
    expect(apart.ok && outputClash([files[0], join(d, 'c.yaml')], apart)).toBeUndefined();
  });

  it('takes -o - for one Markdown output only', () => {
    expect(outputPlan(['a.yaml'], ['md'], '-').ok).toBe(true);
    expect(outputPlan(['a.yaml'], ['docx'], '-').ok).toBe(false);
    expect(outputPlan(['a.yaml', 'b.yaml'], ['md'], '-').ok).toBe(false);
  });
});
