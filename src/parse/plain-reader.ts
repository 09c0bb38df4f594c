import { resolvePlain } from './core-scalars.js';
import { MAX_NESTING } from './scan-nesting.js';
import type { DataPath } from './source-tree.js';

/**
 * The fastest reader, for the YAML that cochuong documents are made of: block mappings with simple
 * keys, block sequences, one-line plain, quoted and [ ] / { } values, comments, blank lines, LF or
 * CRLF. It reads line by line, with native string searches, and gives up (undefined) on anything
 * else: multi-line scalars, block scalars (| >), escapes, tabs, anchors, tags, nested flow
 * collections, duplicate keys, odd indentation, control characters. Then js-yaml, and after it the
 * precise reader, read the file instead, so giving up only costs time. Where it answers, it must give
 * the precise reader's data: test/parse/plain-reader.test.ts compares them on fuzzed documents.
 * `checkedUsual`: the caller has made sure the text has none of the characters in UNUSUAL.
 * `places`, when given, is told where each one-line value and each key was written.
 */
export function readPlainSubset(source: string, checkedUsual = false, places?: PlainPlaces): unknown {
  if (!checkedUsual && UNUSUAL.test(source)) return undefined;
  const lines = contentLines(source);
  if (!lines) return undefined;
  if (lines.length === 0) return undefined;
  try {
    const reader = new Reader(lines, places);
    const value = reader.block(0, lines[0].indent, 0);
    return reader.next === lines.length && isMapping(value) ? value : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Tabs, control characters, line and paragraph separators, BOMs, non-characters and surrogates. */
export const UNUSUAL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

const GIVE_UP = Symbol('give up');
const giveUp = (): never => {
  throw GIVE_UP;
};

interface Line {
  /** Spaces before the content. */
  indent: number;
  /** The content: not blank, not a comment, without the line break. */
  text: string;
  /** Where the content starts in the source. */
  offset: number;
}

/** Start and end offsets in the source, as the `yaml` library's node ranges give them. */
export type Span = readonly [start: number, end: number];

/**
 * Where the keys and the one-line (scalar) values of the mappings and sequences a reading made were
 * written; a value written as a block on the following lines has no span.
 */
export class PlainPlaces {
  readonly values = new WeakMap<object, Map<string | number, Span>>();
  readonly keys = new WeakMap<object, Map<string, Span>>();

  value(container: object, at: string | number, span: Span): void {
    let spans = this.values.get(container);
    if (!spans) this.values.set(container, (spans = new Map()));
    spans.set(at, span);
  }

  key(container: object, key: string, span: Span): void {
    let spans = this.keys.get(container);
    if (!spans) this.keys.set(container, (spans = new Map()));
    spans.set(key, span);
  }
}

/**
 * Where the node at `path` was written, as the precise reader places it (findNode, then the node's
 * range): the key itself when `key` and the path ends in a mapping. Undefined when this reading
 * cannot tell: the node is a collection, or a value written as a block, or not there.
 */
export function spanAt(data: unknown, places: PlainPlaces, path: DataPath, key = false): Span | undefined {
  let node: unknown = data;
  let at: Span | undefined;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return at; // findNode stops at a scalar
    const step = path[i];
    if (Array.isArray(node)) {
      if (typeof step !== 'number' || step >= node.length) return undefined;
      at = places.values.get(node)?.get(step);
    } else {
      const name = String(step);
      if (!Object.hasOwn(node, name)) return undefined;
      if (key && i === path.length - 1) return places.keys.get(node)?.get(name);
      at = places.values.get(node)?.get(name);
    }
    node = (node as Record<string | number, unknown>)[step];
  }
  return node !== null && typeof node === 'object' ? undefined : at;
}

/**
 * Where the scalar just read was written, relative to the text it was read from (start -1: the value
 * was a collection or nothing). One reading at a time: the reader is synchronous.
 */
const span = { start: -1, end: -1 };

/** The lines that hold content, or undefined for a document marker, a directive or a stray CR. */
function contentLines(source: string): Line[] | undefined {
  const lines: Line[] = [];
  for (let start = 0; start < source.length; ) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    let stop = end;
    if (stop > start && source.charCodeAt(stop - 1) === 13) stop--; // CRLF
    let indent = start;
    while (indent < stop && source.charCodeAt(indent) === 32) indent++;
    if (indent < stop && source.charCodeAt(indent) !== 35) {
      const text = source.slice(indent, stop);
      if (text.includes('\r')) return undefined;
      if (indent === start && (text.startsWith('---') || text.startsWith('...') || text[0] === '%')) return undefined;
      lines.push({ indent: indent - start, text, offset: indent });
    }
    start = end + 1;
  }
  return lines;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;

class Reader {
  next = 0;
  constructor(private readonly lines: Line[], private readonly places?: PlainPlaces) {}

  /** The block that starts at line `next` with this indentation: a mapping or a sequence. */
  block(at: number, indent: number, depth: number): unknown {
    if (depth > MAX_NESTING) giveUp();
    this.next = at;
    return isItem(this.lines[at].text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const { lines } = this;
    while (this.next < lines.length) {
      const line = lines[this.next];
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      if (isItem(line.text)) break; // a sequence at the parent key's indentation ends here
      const key = KEY.exec(line.text);
      if (!key || !isPlainKey(key[1], out)) giveUp();
      const rest = line.text.slice(key![0].length);
      out[key![1]] = this.valueAfter(rest, line.offset + key![0].length, indent, depth, true);
      if (this.places) {
        this.places.key(out, key![1], [line.offset, line.offset + key![1].length]);
        this.placeValue(out, key![1], line.offset + key![0].length);
      }
    }
    return out;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    const { lines } = this;
    while (this.next < lines.length) {
      const line = lines[this.next];
      if (line.indent < indent || (line.indent === indent && !isItem(line.text))) break;
      if (line.indent > indent) giveUp();
      let column = 1;
      while (line.text.charCodeAt(column) === 32) column++;
      const rest = line.text.slice(column);
      if (rest === '' || rest[0] === '#' || isItem(rest)) giveUp(); // an empty item, or "- - x"
      if (KEY.test(rest)) {
        // "- key: value": a mapping whose first line starts after the dash.
        lines[this.next] = { indent: indent + column, text: rest, offset: line.offset + column };
        out.push(this.block(this.next, indent + column, depth + 1));
      } else {
        out.push(this.valueAfter(rest, line.offset + column, indent, depth, false));
        if (this.places) this.placeValue(out, out.length - 1, line.offset + column);
      }
    }
    return out;
  }

  /**
   * The value written after "key:" or "- " on line `next` (whose owner is at `indent`), or the block
   * on the following lines when nothing is written there. Leaves `next` after the value.
   */
  private valueAfter(rest: string, offset: number, indent: number, depth: number, ofKey: boolean): unknown {
    const { lines } = this;
    const following = lines[this.next + 1];
    if (rest === '' || rest[0] === '#') {
      this.next++;
      let value: unknown = null;
      if (following && (following.indent > indent || (ofKey && following.indent === indent && isItem(following.text)))) {
        value = this.block(this.next, following.indent, depth + 1);
      }
      span.start = -1;
      return value;
    }
    const value = inlineValue(rest, this.places, offset);
    // A more indented line after a one-line value continues it (a multi-line scalar): not read here.
    if (following && following.indent > indent) giveUp();
    this.next++;
    return value;
  }

  /** Tells `places` where the value just read was written, if it was a scalar (`base`: where its text starts). */
  private placeValue(container: object, at: string | number, base: number): void {
    if (span.start >= 0) this.places!.value(container, at, [base + span.start, base + span.end]);
  }
}

/**
 * A key this reader takes as written: new in its mapping, not `__proto__`, and a string to the core
 * schema ("Null" or "TRUE" would be the keys "null" and "true" to the other readers).
 */
function isPlainKey(key: string, mapping: Record<string, unknown>): boolean {
  return key !== '__proto__' && !Object.hasOwn(mapping, key) && resolvePlain(key) === key;
}

const isItem = (text: string) => text[0] === '-' && (text.length === 1 || text[1] === ' ');

function isMapping(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value written on one line: quoted, [ ], { }, or plain; `base`: where the text starts in the source. */
function inlineValue(text: string, places: PlainPlaces | undefined, base: number): unknown {
  const c = text[0];
  if (c === '"' || c === "'") {
    const [value, end] = quoted(text, 0);
    endOfLine(text, end);
    span.start = 0;
    span.end = end;
    return value;
  }
  if (c === '[' || c === '{') {
    const [value, end] = c === '[' ? flowSequence(text, places, base) : flowMapping(text, places, base);
    endOfLine(text, end);
    span.start = -1;
    return value;
  }
  const comment = text.indexOf(' #');
  return plain(comment < 0 ? text : text.slice(0, comment), false);
}

/** After a quoted or flow value: spaces, then a comment or nothing ("…"# is an error to the yaml library). */
function endOfLine(text: string, from: number): void {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  if (i < text.length && !(text[i] === '#' && i > from)) giveUp();
}

/** A plain scalar; in a flow collection it also ends at "," "]" "}" (the caller cut it there). */
function plain(raw: string, inFlow: boolean): unknown {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 32) end--; // YAML trims spaces, not every Unicode space
  const text = raw.slice(0, end);
  const c = text[0];
  if (text === '' || '&*!|>%@`\'"#[]{},'.includes(c)) giveUp();
  if ((c === '-' || c === '?' || c === ':') && (text.length === 1 || text[1] === ' ')) giveUp();
  if (text.includes(': ') || text.endsWith(':') || (inFlow && text.includes(':'))) giveUp();
  if (c === ' ') giveUp();
  span.start = 0;
  span.end = text.length;
  return resolvePlain(text);
}

/** A one-line quoted scalar starting at `from`, and the index after its closing quote. */
function quoted(text: string, from: number): [string, number] {
  const q = text[from];
  if (q === '"') {
    const end = text.indexOf('"', from + 1);
    const slash = text.indexOf('\\', from + 1);
    if (end < 0 || (slash >= 0 && slash < end)) giveUp(); // unclosed on this line, or escapes
    return [text.slice(from + 1, end), end + 1];
  }
  let value = '';
  let i = from + 1;
  for (;;) {
    const end = text.indexOf("'", i);
    if (end < 0) giveUp();
    value += text.slice(i, end);
    if (text[end + 1] !== "'") return [value, end + 1];
    value += "'"; // '' is a quote
    i = end + 2;
  }
}

/** One flow item: quoted or plain (no nested collections), and the index after it; `span` relative to `text`. */
function flowItem(text: string, from: number, closer: string): [unknown, number] {
  const c = text[from];
  if (c === '"' || c === "'") {
    const read = quoted(text, from);
    span.start = from;
    span.end = read[1];
    return read;
  }
  let end = from;
  while (end < text.length && text[end] !== ',' && text[end] !== closer) end++;
  const raw = text.slice(from, end);
  if (raw.includes(' #') || /[[\]{}]/.test(raw)) giveUp();
  const value = plain(raw, true);
  span.start += from;
  span.end += from;
  return [value, end];
}

/** After an item: spaces, then "," (another item follows) or the closer; the index after it. */
function separator(text: string, from: number, closer: string): [more: boolean, next: number] {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  if (text[i] === ',') return [true, i + 1];
  if (text[i] === closer) return [false, i + 1];
  return giveUp();
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

function flowSequence(text: string, places: PlainPlaces | undefined, base: number): [unknown[], number] {
  const out: unknown[] = [];
  let i = skipSpaces(text, 1);
  if (text[i] === ']') return [out, i + 1];
  for (;;) {
    const [value, end] = flowItem(text, i, ']');
    out.push(value);
    places?.value(out, out.length - 1, [base + span.start, base + span.end]);
    const [more, next] = separator(text, end, ']');
    if (!more) return [out, next];
    i = skipSpaces(text, next);
    if (text[i] === ']' || text[i] === ',') giveUp(); // a trailing or doubled comma
  }
}

const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]*): +/;

function flowMapping(text: string, places: PlainPlaces | undefined, base: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  let i = skipSpaces(text, 1);
  if (text[i] === '}') return [out, i + 1];
  for (;;) {
    const key = FLOW_KEY.exec(text.slice(i));
    if (!key || !isPlainKey(key[1], out)) giveUp();
    places?.key(out, key![1], [base + i, base + i + key![1].length]);
    i += key![0].length;
    const [value, end] = flowItem(text, i, '}');
    out[key![1]] = value;
    places?.value(out, key![1], [base + span.start, base + span.end]);
    const [more, next] = separator(text, end, '}');
    if (!more) return [out, next];
    i = skipSpaces(text, next);
    if (text[i] === '}' || text[i] === ',') giveUp();
  }
}
