import jsyaml from 'js-yaml';
import type { DataPath } from './source-tree.js';
import { MAX_NESTING } from './scan-nesting.js';

/**
 * A fast first reading for the common case: a valid document, nothing to report. js-yaml reads
 * YAML several times faster than the `yaml` library, but keeps no positions; so a file only goes
 * this way when it uses none of the features the precise reader guards (anchors, aliases, tags,
 * complex keys), and any message at all sends it through the precise reader (parse-yaml.ts) again,
 * which then places every message on its line. Scalars resolve exactly as the `yaml` library's
 * YAML 1.2 core schema does (regular expressions copied from it), so both readers give the same
 * data; a differential test holds them to that.
 */

/** A scalar type of the core schema: the first matching form decides the value. */
function core(tag: string, starts: RegExp, forms: [RegExp, (s: string) => unknown][]) {
  const form = (s: string | null) => forms.find(([test]) => test.test(s ?? ''));
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    // Every plain scalar is offered to each type; most are words, which the first character rules out.
    resolve: (s: string | null) => starts.test(s ?? '') && form(s) !== undefined,
    construct: (s: string | null) => form(s)![1](s ?? ''),
  });
}

// js-yaml keeps one type per tag, so each tag lists its forms in the order the `yaml` library tries them.
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    core('null', /^(?:[~nN]|$)/, [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    core('bool', /^[tTfF]/, [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    core('int', /^[-+0-9]/, [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    core('float', /^[-+.0-9]/, [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ]),
  ],
});

/**
 * Anchors (&a), aliases (*a), tags (!x) and complex keys (? …) at the start of a token, or a
 * document marker: the precise reader bounds and reports these. A false alarm only costs speed.
 */
const GUARDED = /(?:^|[\s[\]{},])[&*!][^\s]|^\s*\?(?:\s|$)|^(?:---|\.\.\.)(?:\s|$)|^%/m;

export interface FastLoaded {
  data: unknown;
  nonNfc: { path: DataPath; value: string }[];
}

/**
 * Where js-yaml is more lenient than the `yaml` library, found by differential fuzzing: a quoted
 * string or a [ ] / { } collection continued on the next line (js-yaml accepts continuation lines
 * at any indentation), and an empty list item "-" (after which js-yaml takes in an outdented "- x").
 * Such files, rare in real documents, go to the precise reader, and so do files nested deeper than
 * scanNesting allows (one pass here does both).
 */
function needsPreciseReader(source: string): boolean {
  if (GUARDED.test(source) || /^[ \t]*-[ \t]*(?:#.*)?$/m.test(source)) return true;
  let quote = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      if (quote !== 0 || flow > 0) return true;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote === 34) { if (c === 92) i++; else if (c === 34) quote = 0; continue; }
    if (quote === 39) { if (c === 39) quote = 0; continue; }
    if (c === 35 && (lineStart || source.charCodeAt(i - 1) === 32 || source.charCodeAt(i - 1) === 9)) {
      const end = source.indexOf('\n', i); // a comment runs to the end of the line
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (lineStart && (c === 32 || c === 45)) {
      if (++indent > MAX_NESTING * 4) return true; // as deep as scanNesting refuses: the precise reader says so
    } else if (c !== 9) {
      lineStart = false;
    }
    // A quote opens a quoted scalar only at the start of a value; inside plain text it is a letter.
    if ((c === 34 || c === 39) && startsValue(source, i)) quote = c;
    else if (c === 91 || c === 123) { if ((flow > 0 || startsValue(source, i)) && ++flow > MAX_NESTING) return true; }
    else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return quote !== 0 || flow > 0;
}

/** Whether position i begins a YAML value: after "key: ", "- ", "[", "{", ",", or at a line start. */
function startsValue(source: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const p = source.charCodeAt(j);
  return p === 10 || p === 58 || p === 45 || p === 91 || p === 123 || p === 44 || p === 63;
}

/** The data of a plain document, or undefined when the precise reader must read it. */
export function fastLoad(source: string): FastLoaded | undefined {
  if (needsPreciseReader(source)) return undefined;
  let raw: unknown;
  try {
    raw = jsyaml.load(source, { schema: SCHEMA, json: false });
  } catch {
    return undefined; // syntax, duplicate keys, tabs, several documents: the precise reader says where
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const nonNfc: FastLoaded['nonNfc'] = [];
  return { data: normalise(raw, [], nonNfc), nonNfc };
}

/**
 * Characters that are NFC whatever surrounds them: below U+0300 (no combining marks) and Latin
 * Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters). A string made only of
 * them is already NFC, so `normalize`, the costliest step here, is skipped for nearly every string.
 */
const ALWAYS_NFC = /^[\u0000-\u02ff\u1e00-\u1eff]*$/;

const nfcOf = (s: string) => (ALWAYS_NFC.test(s) ? s : s.normalize('NFC'));

/**
 * The value with every string in NFC (noting the ones that were not), keys kept as own data.
 * js-yaml's fresh objects are changed in place; an object is copied only when a key is renamed.
 */
function normalise(value: unknown, path: DataPath, nonNfc: FastLoaded['nonNfc']): unknown {
  // `path` is one array pushed and popped on the way down; it is copied only for a string to report.
  if (typeof value === 'string') {
    const nfc = nfcOf(value);
    if (nfc !== value) nonNfc.push({ path: [...path], value });
    return nfc;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
      path.push(i);
      value[i] = normalise(item, path, nonNfc);
      path.pop();
    }
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.some((key) => nfcOf(key) !== key)) return normaliseCopy(object, keys, path, nonNfc);
    for (const key of keys) {
      const item = object[key];
      if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
      path.push(key);
      const out = normalise(item, path, nonNfc);
      if (out !== item) Object.defineProperty(object, key, { value: out, enumerable: true, writable: true, configurable: true });
      path.pop();
    }
    return object;
  }
  return value;
}

/** A copy of an object some of whose keys are not NFC, with the keys in NFC, in the same order. */
function normaliseCopy(object: Record<string, unknown>, keys: string[], path: DataPath, nonNfc: FastLoaded['nonNfc']): unknown {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const k = key.normalize('NFC');
    path.push(k);
    Object.defineProperty(out, k, { value: normalise(object[key], path, nonNfc), enumerable: true, writable: true, configurable: true });
    path.pop();
  }
  return out;
}
