import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../src/check/check-source.js';
import { scanDirectives } from '../../src/config/directives.js';

const example = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');
/** The example with a symbol CT009 refuses (the number inside it, a local code). */
const badSymbol = example.replace(/^ky_hieu: .*$/m, 'ky_hieu: "01/CTPH-HĐND-UBND-MTTQ"');
const ids = (ms: { ruleId: string }[]) => ms.map((m) => m.ruleId);

describe('directive comments', () => {
  it('the example without a directive has the CT009 error the directives below turn off', () => {
    expect(ids(checkText('a.yaml', badSymbol).messages)).toEqual(['CT009']);
  });

  it('disable-next-line turns off the finding on the next line, keeping it as suppressed with its reason', () => {
    const text = badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- in lại đúng số đã ban hành\nky_hieu:');
    for (const precise of [false, true]) {
      const checked = checkText('a.yaml', text, { precise });
      expect(checked.messages).toEqual([]);
      expect(checked.document).toBeDefined(); // a valid document: render prints it
      expect(checked.suppressed).toHaveLength(1);
      expect(checked.suppressed![0]).toMatchObject({ ruleId: 'CT009', severity: 'error', suppressed: { kind: 'directive', reason: 'in lại đúng số đã ban hành' } });
    }
  });

  it('disable-line at the end of the line, and a blank or comment line between a next-line directive and its line', () => {
    const trailing = badSymbol.replace(/^(ky_hieu: .*)$/m, '$1  # cochuong-disable-line CT009 -- số như bản gốc');
    expect(checkText('a.yaml', trailing).messages).toEqual([]);
    const spaced = badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- số như bản gốc\n\n# ký hiệu của văn bản gốc\nky_hieu:');
    expect(checkText('a.yaml', spaced).messages).toEqual([]);
  });

  it('disable … enable covers the lines between, and only the rules named', () => {
    const block = badSymbol.replace(/^ky_hieu:(.*)$/m, '# cochuong-disable CT009 -- bản gốc\nky_hieu:$1\n# cochuong-enable CT009');
    expect(checkText('a.yaml', block).messages).toEqual([]);
    const other = badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable CT013 -- học hàm như bản gốc\nky_hieu:');
    const checked = checkText('a.yaml', other);
    expect(ids(checked.messages).sort()).toEqual(['CF004', 'CT009']); // CT009 still reported; the directive suppressed nothing
    const closed = badSymbol.replace(/^so: (.*)$/m, '# cochuong-disable CT009 -- thử\n# cochuong-enable CT009\nso: $1');
    expect(ids(checkText('a.yaml', closed).messages).sort()).toEqual(['CF004', 'CT009']);
  });

  it('a disable above the first key covers the whole file', () => {
    const top = '# cochuong-disable CT009 -- in lại văn bản đã ban hành\n' + badSymbol;
    expect(checkText('a.yaml', top).messages).toEqual([]);
  });

  it('a directive without a reason is a warning and turns nothing off', () => {
    const text = badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009\nky_hieu:');
    const checked = checkText('a.yaml', text);
    expect(ids(checked.messages).sort()).toEqual(['CF002', 'CT009']);
    const cf = checked.messages.find((m) => m.ruleId === 'CF002')!;
    expect(cf.severity).toBe('warning');
    const line = text.split('\n').findIndex((l) => l.startsWith('# cochuong-disable-next-line')) + 1;
    expect(cf.place?.start).toMatchObject({ line, column: 1 });
    expect(cf.note?.vi).toContain(' -- ');
  });

  it('a misspelt directive or rule id says what was meant', () => {
    const kind = checkText('a.yaml', badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-nextline CT009 -- x\nky_hieu:'));
    expect(kind.messages.find((m) => m.ruleId === 'CF003')?.note?.vi).toContain('cochuong-disable-next-line');
    const id = checkText('a.yaml', badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT09 -- x\nky_hieu:'));
    expect(id.messages.find((m) => m.ruleId === 'CF003')?.note?.vi).toContain('CT009');
    expect(ids(id.messages)).toContain('CT009');
  });

  it('a directive that suppresses nothing is a warning', () => {
    const text = example.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- cũ\nky_hieu:');
    const checked = checkText('a.yaml', text);
    expect(checked.messages).toHaveLength(1);
    expect(checked.messages[0]).toMatchObject({ ruleId: 'CF004', severity: 'warning', source: 'directive' });
  });

  it('is not fooled by the marker inside a quoted value or a block scalar', () => {
    const source = 'a: "x # cochuong-disable CT009 -- no"\nb: |\n  # cochuong-disable CT009 -- no\nc: 1 # cochuong-disable-line CT009 -- yes\n';
    const scan = scanDirectives('x.yaml', source);
    expect(scan.directives.map((d) => [d.kind, d.line, d.target])).toEqual([['disable-line', 4, 4]]);
  });

  it('does not report unused directives when the rules did not run (the file stopped at the schema)', () => {
    const text = example.replace('trich_yeu:', 'trich_yeo:').replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- cũ\nky_hieu:');
    const found = ids(checkText('a.yaml', text).messages);
    expect(found).toContain('SC002');
    expect(found.filter((id) => !id.startsWith('SC'))).toEqual([]);
  });
});

describe('rule settings of a policy', () => {
  it('re-weights a rule, or turns it off without running it', () => {
    expect(checkText('a.yaml', badSymbol, { policy: { rules: { CT009: 'warning' } } }).messages).toMatchObject([{ ruleId: 'CT009', severity: 'warning' }]);
    expect(checkText('a.yaml', badSymbol, { policy: { rules: { CT009: 'off' } } }).messages).toEqual([]);
    // A directive for a rule the configuration turns off is not "unused".
    const text = badSymbol.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- bản gốc\nky_hieu:');
    expect(checkText('a.yaml', text, { policy: { rules: { CT009: 'off' } } }).messages).toEqual([]);
  });

  it('never touches messages of other stages', () => {
    const broken = example.replace('trich_yeu:', 'trich_yeo:');
    const plain = checkText('a.yaml', broken).messages;
    expect(plain.length).toBeGreaterThan(0);
    expect(checkText('a.yaml', broken, { policy: { rules: { CT009: 'off', CT013: 'warning' } } }).messages).toEqual(plain);
  });
});
