import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';

describe('rule catalogue', () => {
  it('has unique ids, in order', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^CT\d{3}$/);
  });
  it('gives every rule a name, both languages, a bad and a good example', () => {
    for (const rule of RULES) {
      expect(rule.name, rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.stage, rule.id).toBe('rule');
      for (const t of [rule.description, rule.rationale]) {
        expect(t.vi.trim(), rule.id).not.toBe('');
        expect(t.en.trim(), rule.id).not.toBe('');
        expect(t.vi, rule.id).not.toBe(t.en);
      }
      expect(rule.bad.trim(), rule.id).not.toBe('');
      expect(rule.good.trim(), rule.id).not.toBe('');
      expect(rule.bad, rule.id).not.toBe(rule.good);
    }
  });
  it('has unique names', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
