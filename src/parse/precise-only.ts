import { MAX_NESTING } from './scan-nesting.js';

/**
 * Whether a text must go to the precise reader (parse-yaml.ts) because the fast one (js-yaml) could
 * read it differently or not bound it. A false alarm only costs speed; a miss would give the two
 * readers different data, which the differential tests in test/parse/fast-load.test.ts look for.
 *
 * Sent to the precise reader:
 * - anchors (&a), aliases (*a) and tags (!x) after a space or a bracket, complex keys (? …), document
 *   markers (--- and ... at the start of a line) and directives (%): the precise reader bounds and
 *   reports them;
 * - where js-yaml is more lenient than the `yaml` library (found by differential fuzzing): a quoted
 *   string or a [ ] / { } collection continued on the next line, an empty list item "-" (after
 *   which js-yaml takes in an outdented "- x"), and a comment glued to a closing bracket or quote;
 * - a line break that is a lone CR (the line starts below are found at LF);
 * - nesting as deep as scanNesting refuses, so that the precise reader says so.
 *
 * One pass over the text, looking only at the few ASCII characters that matter: this runs on every
 * file, and a regular expression per feature cost more than the YAML reading it guards.
 */
export function needsPreciseReader(source: string): boolean {
  const n = source.length;
  let flow = 0;
  let body = lineBody(source, 0); // where the current line's content starts, after its indentation
  if (body < 0) return true;
  // `test` on a global pattern moves lastIndex past the next character that matters, without the
  // match array `exec` would make: the characters between are skipped by the regular expression engine.
  const next = INTERESTING;
  next.lastIndex = body;
  while (next.test(source)) {
    const i = next.lastIndex - 1;
    const c = source.charCodeAt(i);
    switch (CLASS[c]) {
      case NEWLINE:
        if (flow > 0) return true;
        body = lineBody(source, i + 1);
        if (body < 0) return true;
        next.lastIndex = body;
        continue;
      case CR:
        if (source.charCodeAt(i + 1) !== 10) return true;
        continue;
      case QUOTE: {
        // A quote opens a quoted scalar only at the start of a value; inside plain text it is a letter.
        if (!startsValue(source, i)) continue;
        const end = c === 34 ? doubleQuoteEnd(source, i) : singleQuoteEnd(source, i);
        if (end < 0) return true;
        next.lastIndex = end + 1;
        continue;
      }
      case HASH: {
        if (i !== body && !isBlank(source.charCodeAt(i - 1))) {
          // "Số 5#" is text; but "[a, b]#" or "\"x\"#" is an error to the `yaml` library, not to js-yaml.
          if (isClosing(source.charCodeAt(i - 1))) return true;
          continue;
        }
        const end = source.indexOf('\n', i); // a comment runs to the end of the line
        if (end < 0) return flow > 0;
        next.lastIndex = end;
        continue;
      }
      case OPEN:
        if ((flow > 0 || startsValue(source, i)) && ++flow > MAX_NESTING) return true;
        continue;
      case CLOSE:
        if (flow > 0) flow--;
        continue;
      case NODE_PROPERTY: {
        // &a, *a, !x after a space, a bracket or a comma, and followed by a character (not "a & b").
        const before = i === 0 ? 10 : source.charCodeAt(i - 1);
        if (i + 1 < n && !isSpace(source.charCodeAt(i + 1)) && (isSpace(before) || isFlowIndicator(before))) return true;
        continue;
      }
    }
  }
  return flow > 0;
}

const NEWLINE = 1;
const CR = 2;
const QUOTE = 3;
const HASH = 4;
const OPEN = 5;
const CLOSE = 6;
const NODE_PROPERTY = 7;

/** The characters the scan looks at; CLASS says what each means. */
const INTERESTING = /[\n\r"'#[\]{}&*!]/g;

/** What each ASCII character means to the scan; 0: nothing. */
const CLASS = new Uint8Array(128);
CLASS[10] = NEWLINE;
CLASS[13] = CR;
CLASS[34] = CLASS[39] = QUOTE;
CLASS[35] = HASH;
CLASS[91] = CLASS[123] = OPEN;
CLASS[93] = CLASS[125] = CLOSE;
CLASS[38] = CLASS[42] = CLASS[33] = NODE_PROPERTY;

const isBlank = (c: number) => c === 32 || c === 9;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isClosing = (c: number) => c === 93 || c === 125 || c === 34 || c === 39;
const isFlowIndicator = (c: number) => c === 91 || c === 93 || c === 123 || c === 125 || c === 44;

/**
 * The index after the indentation (spaces, tabs, and the dashes of list items) of the line starting
 * at `start`, or -1 when the line alone sends the text to the precise reader.
 */
function lineBody(source: string, start: number): number {
  const n = source.length;
  const first = source.charCodeAt(start);
  if (first === 37) return -1; // %YAML, %TAG
  if ((first === 45 || first === 46) && source.startsWith(first === 45 ? '---' : '...', start)) {
    if (start + 3 >= n || isSpace(source.charCodeAt(start + 3))) return -1;
  }
  let j = start;
  let indent = 0;
  let dash = false;
  for (; j < n; j++) {
    const c = source.charCodeAt(j);
    if (c === 32) indent++;
    else if (c === 45) { indent++; dash = true; }
    else if (c !== 9) break;
  }
  if (indent > MAX_NESTING * 4) return -1; // as deep as scanNesting refuses
  const next = j < n ? source.charCodeAt(j) : 10;
  if (dash && (next === 10 || next === 13 || next === 35)) return -1; // an empty list item
  if (next === 63 && (j + 1 >= n || isSpace(source.charCodeAt(j + 1)))) return -1; // "? key"
  return j;
}

/** Whether position i begins a YAML value: after "key: ", "- ", "[", "{", ",", "? ", or at a line start. */
function startsValue(source: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isBlank(source.charCodeAt(j))) j--;
  if (j < 0) return true;
  const p = source.charCodeAt(j);
  return p === 10 || p === 58 || p === 45 || p === 91 || p === 123 || p === 44 || p === 63;
}

/** The index of the quote closing a "…" string opened at i, or -1 if it does not close on its line. */
function doubleQuoteEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    const c = source.charCodeAt(j);
    if (c === 34) return j;
    if (c === 10 || c === 13) return -1;
    if (c === 92) {
      const escaped = source.charCodeAt(j + 1);
      if (escaped === 10 || escaped === 13) return -1; // an escaped line break continues the string
      j++;
    }
  }
  return -1;
}

/** The index of the quote closing a '…' string opened at i ('' is a quote inside it), or -1. */
function singleQuoteEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    const c = source.charCodeAt(j);
    if (c === 39) {
      if (source.charCodeAt(j + 1) !== 39) return j;
      j++;
    } else if (c === 10 || c === 13) return -1;
  }
  return -1;
}
