import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDocuments } from '../../src/diff/compare.js';
import { mirrorChange, type Change, type DocumentDiff } from '../../src/diff/model.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { applyEdit, edit, generated, settings, textSlots, EXAMPLES, TIMEOUT, type Generated } from './generate.js';

/**
 * What `cochuong diff` promises (README, "So sánh"):
 *  - a document compared with itself, with its NFD copy, or with extra white space in its text
 *    has no change ("Chữ Unicode": text is compared in NFC, extra spaces ignored);
 *  - old and new tone placement ("hòa"/"hoà") never change how members pair ("Ghép cặp": pairing
 *    ignores it), so such a copy shows only reworded members — nothing added, removed or moved;
 *    the words themselves do differ, and the README does not promise they compare equal;
 *  - diff(b, a) is the mirror of diff(a, b) ("Cấu trúc đối xứng");
 *  - it never throws, whatever two documents it is given.
 */

const valid = generated.filter((g) => g.valid);
const lastYear = EXAMPLES.find((e) => e.name === 'cau-giay-2019')!.doc;
const thisYear = EXAMPLES.find((e) => e.name === 'cau-giay-2020')!.doc;
const doc = (g: Generated) => g.checked.document!;

/** Every string of a value mapped (keys kept). */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** Extra white space around and inside the free text (not in ids, dates or keys of the format). */
function spacedOut(source: CochuongDocument): CochuongDocument {
  const copy = structuredClone(source) as unknown as Record<string | number, unknown>;
  for (const { path } of textSlots(source)) {
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    at[last] = `  ${String(at[last]).replace(/ /g, '  \t')}\n `;
  }
  return copy as unknown as CochuongDocument;
}

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** "hòa" ↔ "hoà", "thủy" ↔ "thuỷ", "khỏe" ↔ "khoẻ": the tone on the other vowel of oa, oe, uy at a word's end. */
function otherTonePlacement(text: string): string {
  return text.normalize('NFD')
    .replace(new RegExp(`([oOuU])(${TONE}?)([aAeEyY])(${TONE}?)(?![\\p{L}\\p{M}])`, 'gu'),
      (m, v1: string, t1: string, v2: string, t2: string) => (t1 && !t2 ? v1 + v2 + t1 : !t1 && t2 ? v1 + t2 + v2 : m))
    .normalize('NFC');
}

/** A change list in a form that ignores order: each change (and its details, recursively) as sorted canonical JSON. */
function canonical(changes: readonly Change[]): string[] {
  const one = (c: Change): string => JSON.stringify(sortKeys({ ...c, details: c.details ? canonical(c.details) : undefined }));
  return changes.map(one).sort();
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

function expectMirrors(ab: DocumentDiff, ba: DocumentDiff): void {
  // The order of changes is each side's reading order (NEW's order of items), which legitimately
  // differs between the two directions; what must match is the set of changes, each mirrored, at
  // every level of details. Word diffs, paths and member lists inside a change keep their order.
  const mirrored = canonical(ab.changes.map(mirrorChange));
  const reverse = canonical(ba.changes);
  const differences = { onlyInReverse: reverse.filter((c) => !mirrored.includes(c)), onlyInMirrored: mirrored.filter((c) => !reverse.includes(c)) };
  expect(differences, JSON.stringify(differences, null, 1).slice(0, 4000)).toEqual({ onlyInReverse: [], onlyInMirrored: [] });
  expect(reverse).toEqual(mirrored);
  const s = ab.summary;
  expect(ba.summary).toMatchObject({ added: s.removed, removed: s.added, changed: s.changed, moved: s.moved, other: s.other, hiddenYearOnly: s.hiddenYearOnly });
  expect(ba.summary.byUnit).toEqual(s.byUnit.map((u) => ({ ...u, added: u.removed, removed: u.added })));
  expect(ba.units).toEqual({ old: ab.units.new, new: ab.units.old });
  expect(ba.yearOverYear).toEqual(ab.yearOverYear && { from: ab.yearOverYear.to, to: ab.yearOverYear.from });
}

describe('diff of a document with itself', () => {
  it('reports nothing: same object, a copy, its NFD copy, its text with extra white space', () => {
    fc.assert(
      fc.property(valid, (g) => {
        const a = doc(g);
        for (const b of [a, structuredClone(a), mapStrings(a, (s) => s.normalize('NFD')), spacedOut(a)]) {
          const diff = compareDocuments(a, b, { keepYears: true });
          expect(diff.changes).toEqual([]);
          expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0, other: 0, hiddenYearOnly: 0 });
        }
      }),
      settings(60, 20261125),
    );
  }, TIMEOUT);

  it('pairs every member with itself when only the tone placement differs', () => {
    fc.assert(
      fc.property(valid, (g) => {
        const a = doc(g);
        const b = mapStrings(a, otherTonePlacement);
        const diff = compareDocuments(a, b, { keepYears: true });
        const walk = (changes: readonly Change[]) => {
          for (const c of changes) {
            expect(c.kind, JSON.stringify(c)).toBe('changed');
            expect(c.moved).toBeUndefined();
            if (c.details) walk(c.details);
          }
        };
        walk(diff.changes);
      }),
      settings(60, 20261126),
    );
  }, TIMEOUT);

  it('finds a tone placement change (the variant is not vacuous)', () => {
    expect(otherTonePlacement('Ủy ban hòa giải, thủy lợi, khỏe')).toBe('Uỷ ban hoà giải, thuỷ lợi, khoẻ');
    expect(otherTonePlacement('Uỷ ban hoà giải')).toBe('Ủy ban hòa giải');
  });
});

describe('diff in both directions', () => {
  /** Two documents: an edited copy of the same one (as from year to year), or any two. */
  const described = (a: CochuongDocument, b: CochuongDocument, what: string) =>
    Object.assign([a, b] as const, { [fc.toStringMethod]: () => what });
  const pairs = fc.oneof(
    valid.chain((g) => fc.array(edit, { minLength: 1, maxLength: 6 })
      .map((edits) => described(doc(g), edits.reduce(applyEdit, doc(g)), `${fc.stringify(g)} then ${fc.stringify(edits)}`))),
    fc.tuple(valid, valid).map(([g, h]) => described(doc(g), doc(h), `${fc.stringify(g)} and ${fc.stringify(h)}`)),
    // Consecutive years of one program: changes that are only the year moving on are hidden, both ways.
    fc.tuple(fc.array(edit, { maxLength: 4 }), fc.array(edit, { maxLength: 4 })).map(([x, y]) =>
      described(x.reduce(applyEdit, lastYear), y.reduce(applyEdit, thisYear), `cau-giay-2019 ${fc.stringify(x)} and cau-giay-2020 ${fc.stringify(y)}`)),
  );
  let changed = 0;
  let years = 0;

  it('diff(b, a) mirrors diff(a, b), with and without year-only changes', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], keepYears) => {
        const ab = compareDocuments(a, b, { keepYears });
        expectMirrors(ab, compareDocuments(b, a, { keepYears }));
        if (ab.changes.length > 0) changed++;
        if (ab.yearOverYear) years++;
      }),
      settings(120, 20261127),
    );
    // Not vacuous: most pairs differ, and some are consecutive years.
    expect(changed).toBeGreaterThan(80);
    expect(years).toBeGreaterThan(8);
  }, TIMEOUT);

  it('never throws, also on files that failed the schema (compared from their data)', () => {
    fc.assert(
      fc.property(generated, generated, (g, h) => {
        const data = (x: Generated) => x.checked.document ?? x.checked.parsed?.data;
        const ab = compareDocuments(data(g), data(h));
        const ba = compareDocuments(data(h), data(g));
        expect(ab.summary.added).toBe(ba.summary.removed);
      }),
      settings(40, 20261128),
    );
  }, TIMEOUT);
});
