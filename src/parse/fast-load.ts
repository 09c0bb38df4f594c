import jsyaml from 'js-yaml';
import type { DataPath } from './source-tree.js';
import { needsPreciseReader } from './precise-only.js';
import { CORE_TYPES, mayBe } from './core-scalars.js';
import { readPlainSubset } from './plain-reader.js';

/**
 * A fast first reading for the common case: a valid document, nothing to report. Two readers that
 * keep no positions, several times faster than the `yaml` library: the plain reader (plain-reader.ts)
 * for the YAML documents are made of, and js-yaml for what it leaves, when the text uses none of the
 * features the precise reader guards (precise-only.ts). Any message at all sends the file through
 * the precise reader (parse-yaml.ts) again, which then places every message on its line. Scalars
 * resolve as the `yaml` library's YAML 1.2 core schema does (core-scalars.ts), so all readers give
 * the same data; differential tests hold them to that.
 */

/** js-yaml's types for the core schema, from the shared table (js-yaml keeps one type per tag). */
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: CORE_TYPES.map((type) => {
    const form = (s: string) => type.forms.find(([test]) => test.test(s));
    return new jsyaml.Type(`tag:yaml.org,2002:${type.tag}`, {
      kind: 'scalar',
      // Every plain scalar is offered to each type; most are words, which the first character rules out.
      resolve: (s: string | null) => mayBe(type, s ?? '') && form(s ?? '') !== undefined,
      construct: (s: string | null) => form(s ?? '')![1](s ?? ''),
    });
  }),
});

export interface FastLoaded {
  data: unknown;
  nonNfc: { path: DataPath; value: string }[];
}

/** js-yaml's reading of what the plain reader left, or undefined when the precise reader must read it. */
function loadWithJsYaml(source: string): unknown {
  if (needsPreciseReader(source)) return undefined;
  try {
    return jsyaml.load(source, { schema: SCHEMA, json: false });
  } catch {
    return undefined; // syntax, duplicate keys, tabs, several documents: the precise reader says where
  }
}

/**
 * The data of a plain document, or undefined when the precise reader must read it. The plain reader
 * (plain-reader.ts) reads nearly every real document; js-yaml what it leaves.
 */
export function fastLoad(source: string): FastLoaded | undefined {
  // Most documents are written only with the letters and signs of FAMILIAR: then one search has
  // answered two questions, asked separately otherwise.
  const familiar = !UNFAMILIAR.test(source);
  const raw = readPlainSubset(source, familiar) ?? loadWithJsYaml(source);
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  // Text made only of characters that are NFC whatever surrounds them, and without escapes that could
  // make others, holds only NFC strings and keys: nothing to normalise, nothing to note.
  if ((familiar || ALWAYS_NFC.test(source)) && !source.includes('\\')) return { data: raw, nonNfc: [] };
  const nonNfc: FastLoaded['nonNfc'] = [];
  return { data: normalise(raw, [], nonNfc), nonNfc };
}

/**
 * Characters that are NFC whatever surrounds them: below U+0300 (no combining marks) and Latin
 * Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters). A string made only of
 * them is already NFC, so `normalize`, the costliest step here, is skipped for nearly every string.
 */
const ALWAYS_NFC = /^[\u0000-\u02ff\u1e00-\u1eff]*$/;

/**
 * A character outside ASCII's printable ones, Latin-1's, Latin Extended A and B, IPA and the Vietnamese
 * letters (U+1E00–U+1EFF), or a control character other than CR and LF. Text without any is free of
 * what the plain reader refuses (its UNUSUAL characters) and is made of ALWAYS_NFC characters.
 */
export const UNFAMILIAR = /[^\n\r\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff]/;

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
