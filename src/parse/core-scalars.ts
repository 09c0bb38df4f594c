/**
 * How a plain scalar resolves under the YAML 1.2 core schema, as the `yaml` library (the precise
 * reader) does it: the forms and their order are copied from it. Both fast readers use this table,
 * so all three readers give the same values; the differential tests hold them to that.
 */
export interface CoreType {
  tag: 'null' | 'bool' | 'int' | 'float';
  /** The characters its forms can begin with (the empty scalar is offered to the forms themselves). */
  starts: string;
  /** Tried in order: the first that matches decides the value. */
  forms: [RegExp, (s: string) => unknown][];
}

export const CORE_TYPES: readonly CoreType[] = [
  { tag: 'null', starts: '~nN', forms: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]] },
  { tag: 'bool', starts: 'tTfF', forms: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']] },
  { tag: 'int', starts: '-+0123456789', forms: [
    [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
    [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  ] },
  { tag: 'float', starts: '-+.0123456789', forms: [
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
  ] },
];

/** Characters any core form can begin with: a plain scalar starting otherwise is a string. */
const MAYBE_CORE = new Uint8Array(128);
for (const type of CORE_TYPES) for (const c of type.starts) MAYBE_CORE[c.charCodeAt(0)] = 1;

/** Whether a type's forms can match `s`, judged by its first character (most scalars are words). */
export function mayBe(type: CoreType, s: string): boolean {
  if (s === '') return type.forms.some(([test]) => test.test(''));
  return s.charCodeAt(0) < 128 && type.starts.includes(s[0]);
}

/** The value of a plain scalar. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (s !== '' && (c >= 128 || MAYBE_CORE[c] === 0)) return s;
  for (const type of CORE_TYPES) {
    if (!mayBe(type, s)) continue;
    for (const [test, construct] of type.forms) if (test.test(s)) return construct(s);
  }
  return s;
}
