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
function core(tag: string, forms: [RegExp, (s: string) => unknown][]) {
  const form = (s: string | null) => forms.find(([test]) => test.test(s ?? ''));
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => form(s) !== undefined,
    construct: (s: string | null) => form(s)![1](s ?? ''),
  });
}

// js-yaml keeps one type per tag, so each tag lists its forms in the order the `yaml` library tries them.
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    core('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    core('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    core('int', [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    core('float', [
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

/** A copy with every string in NFC (noting the ones that were not), keys kept as own data. */
function normalise(value: unknown, path: DataPath, nonNfc: FastLoaded['nonNfc']): unknown {
  // `path` is one array pushed and popped on the way down; it is copied only for a string to report.
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    if (nfc !== value) nonNfc.push({ path: [...path], value });
    return nfc;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      out[i] = normalise(value[i], path, nonNfc);
      path.pop();
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const k = key.normalize('NFC');
      path.push(k);
      Object.defineProperty(out, k, { value: normalise((value as Record<string, unknown>)[key], path, nonNfc), enumerable: true, writable: true, configurable: true });
      path.pop();
    }
    return out;
  }
  return value;
}
