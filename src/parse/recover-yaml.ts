import { parseDocument } from 'yaml';
import { text, type Text } from '../message/message.js';
import { buildTree, TreeProblem } from './source-tree.js';
import { invisibleName } from './invisible.js';
import { YAML_CODES } from './codes.js';

/**
 * Finding the one mistake behind a broken YAML file. The `yaml` library reports every token that no
 * longer fits after a mistake (one line indented three spaces instead of four gives five errors);
 * here, only after the library has failed, candidate repairs of single lines near its first error
 * are tried, each by parsing the repaired text again: a repair that makes the file parse (and best
 * fit the format, when a judge is given) names the mistake, its line, and a fix that is known to work
 * because it was tried. Clean files never come here: this costs nothing on them.
 */

export interface Diagnosis {
  /** 1-based line and column of the mistake. */
  line: number;
  column: number;
  ruleId: string;
  reason: Text;
  note: Text;
  actual?: string;
  expected?: string[];
}

/** How well data fits the format: 0 for a valid document, more for more problems. */
export type Judge = (data: unknown) => number;

interface Attempt {
  lineIndex: number;
  column: number;
  /** The line as repaired. */
  repaired: string;
  /** Certain kinds (a tab, a non-breaking space) before guesses (which column). */
  certain: boolean;
  /** 0 for the column the line above points to (deeper after "key:", level with a sibling), else 1. */
  likely?: number;
  describe: (after: Outcome, lines: string[]) => Omit<Diagnosis, 'line' | 'column'> & { column?: number };
}

interface Outcome {
  errors: number;
  /** 0-based line of the first error, Infinity when none. */
  firstLine: number;
  fit: number;
}

/** Mistakes found in one file at most; more than a few, and the file is better compared with an example. */
const MAX_ROUNDS = 3;
/** Parses of a part of the text, and of the whole, spent on one file at most. */
const MAX_PARSES = 150;
const MAX_FULL_PARSES = 12;
const WINDOW = 3;
const SCREEN_AFTER = 12;
const FULL_TRIES = 4;
const SCREEN_ENOUGH = 8;

/** Spaces YAML does not take for spaces: pasted from Word or PDFs, typed by keyboard layouts. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const LEADING = /^[ \t\u00a0\u2007\u202f\u2000-\u200d\u2060\u3000\ufeff]*/;

/**
 * The mistakes behind the library's errors, in line order, or undefined when no single-line repair
 * explains the first of them (the caller then reports the library's first error alone).
 */
export function diagnoseYaml(source: string, judge?: Judge): Diagnosis[] | undefined {
  let lines = source.split('\n');
  const found: Diagnosis[] = [];
  let budget = MAX_PARSES;
  let fullBudget = MAX_FULL_PARSES;
  let current = outcomeOf(lines, judge);
  for (let round = 0; round < MAX_ROUNDS && current.errors > 0; round++) {
    // Screening on the text up to a little past the error (a fraction of a long file), then the few
    // repairs that pass it on the whole text, with the judge.
    const [from, to] = screenWindow(lines, current.firstLine);
    const screened: { attempt: Attempt; rank: number[] }[] = [];
    for (const attempt of attempts(lines, current.firstLine)) {
      if (budget-- <= 0) break;
      const part = lines.slice(from, to);
      part[attempt.lineIndex - from] = attempt.repaired;
      const quick = outcomeOf(part);
      if (quick.errors !== 0 && quick.firstLine + from <= Math.max(attempt.lineIndex, current.firstLine) + 1) continue;
      const original = lines[attempt.lineIndex];
      screened.push({ attempt, rank: [attempt.certain ? 0 : 1, attempt.likely ?? 0, Math.abs(attempt.lineIndex - current.firstLine), Math.abs(indentWidth(attempt.repaired) - indentWidth(original))] });
      if (screened.length >= SCREEN_ENOUGH) break; // attempts come nearest first: enough to choose from
    }
    screened.sort((a, b) => (lessThan(a.rank, b.rank) ? -1 : lessThan(b.rank, a.rank) ? 1 : 0));
    let best: { attempt: Attempt; outcome: Outcome; rank: number[] } | undefined;
    for (const { attempt, rank: early } of screened.slice(0, FULL_TRIES)) {
      if (fullBudget-- <= 0) break;
      const tried = [...lines];
      tried[attempt.lineIndex] = attempt.repaired;
      const outcome = outcomeOf(tried, judge);
      // A repair must clear this line's trouble: no error left, or the first error moved on.
      const helps = outcome.errors === 0 || (outcome.errors < current.errors && outcome.firstLine > Math.max(attempt.lineIndex, current.firstLine) + 1);
      if (!helps) continue;
      const rank = [outcome.errors === 0 ? 0 : 1, outcome.fit, ...early];
      if (!best || lessThan(rank, best.rank)) best = { attempt, outcome, rank };
      if (outcome.errors === 0 && outcome.fit === 0) break; // tried in order of likelihood: none can beat it
    }
    if (!best) break;
    const { attempt, outcome } = best;
    const described = attempt.describe(outcome, lines);
    found.push({ line: attempt.lineIndex + 1, column: described.column ?? attempt.column, ...described });
    lines = [...lines];
    lines[attempt.lineIndex] = attempt.repaired;
    current = outcome;
  }
  if (found.length === 0) return undefined;
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The lines to screen repairs on: from the top-level key above the window around the error to a
 * little past it. A top-level key starts a fresh block, so the part reads as the whole would there.
 */
function screenWindow(lines: string[], errorLine: number): [number, number] {
  let from = Math.max(0, errorLine - WINDOW);
  while (from > 0 && !/^[^\s#-]/.test(lines[from])) from--;
  let to = Math.min(lines.length, errorLine + WINDOW + 1);
  const limit = Math.min(lines.length, errorLine + WINDOW + SCREEN_AFTER);
  while (to < limit && !/^[^\s#-]/.test(lines[to])) to++;
  return [from, to];
}

function lessThan(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

function outcomeOf(lines: string[], judge?: Judge): Outcome {
  const text = lines.join('\n');
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  } catch {
    return { errors: Infinity, firstLine: 0, fit: Infinity };
  }
  const errors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'MULTIPLE_DOCS');
  if (errors.length > 0) {
    const first = Math.min(...errors.map((e) => e.pos[0]));
    return { errors: errors.length, firstLine: lineIndexOf(text, first), fit: Infinity };
  }
  if (doc.errors.length > 0) return { errors: 0, firstLine: Infinity, fit: Infinity };
  if (!judge) return { errors: 0, firstLine: Infinity, fit: 0 };
  try {
    return { errors: 0, firstLine: Infinity, fit: judge(buildTree(doc).data) };
  } catch (error) {
    if (error instanceof TreeProblem) return { errors: 0, firstLine: Infinity, fit: Infinity };
    throw error;
  }
}

function lineIndexOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const isBlankOrComment = (line: string) => /^\s*(#|$)/.test(line.replace(LEADING, ''));
function indentWidth(line: string): number {
  return LEADING.exec(line)![0].length;
}

/** Every repair worth trying near the error: the certain ones (tabs, odd spaces) first, then guesses. */
function* attempts(lines: string[], errorLine: number): Generator<Attempt> {
  const last = Math.min(lines.length - 1, errorLine + WINDOW);
  for (let i = Math.max(0, errorLine - WINDOW); i <= last; i++) yield* lexical(lines, i);
  const near: number[] = [];
  for (let d = 0; d <= WINDOW; d++) for (const i of d === 0 ? [errorLine] : [errorLine + d, errorLine - d]) if (i >= 0 && i < lines.length) near.push(i);
  for (const i of near) {
    if (isBlankOrComment(lines[i]) || /[\t\u00a0\u2007\u202f\u2000-\u200d\u2060\u3000\ufeff]/.test(LEADING.exec(lines[i])![0])) continue;
    yield* reindent(lines, i);
    yield* looseText(lines, i);
  }
}

/**
 * Columns a line could start at: those of the blocks still open above it (a list item's keys start
 * two columns after its dash), and one step deeper than a line that opens a block ("ky:").
 */
function openColumns(lines: string[], index: number): number[] {
  const columns = new Set<number>();
  let limit = Infinity;
  let first = true;
  for (let j = index - 1; j >= 0 && limit > 0; j--) {
    const line = lines[j];
    if (isBlankOrComment(line) || /^[ ]*\t/.test(line)) continue;
    const width = indentWidth(line);
    const body = line.slice(width);
    if (first) {
      first = false;
      if (/:\s*(#.*)?$/.test(body)) columns.add(width + 2); // opens a block: its keys go deeper
      if (/^-\s*$/.test(body)) columns.add(width + 2);
    }
    if (width >= limit) continue;
    columns.add(width);
    const dash = /^(-\s+)+/.exec(body);
    if (dash) columns.add(width + dash[0].length);
    limit = width;
  }
  columns.add(0);
  return [...columns].sort((a, b) => a - b);
}

/**
 * The column the line above suggests: one step deeper when it opens a block ("ky:", "-"), its own
 * column (a sibling) otherwise.
 */
function likelyColumn(lines: string[], index: number): number | undefined {
  const isItem = /^-(\s|$)/.test(lines[index].replace(LEADING, ''));
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j];
    if (isBlankOrComment(line) || /^[ ]*\t/.test(line)) continue;
    const width = indentWidth(line);
    const body = line.slice(width);
    if (/:\s*(#.*)?$/.test(body) || /^-\s*$/.test(body)) return width + 2;
    const dash = /^(-\s+)+/.exec(body);
    if (dash && isItem) return width; // the next entry of the same list
    return dash ? width + dash[0].length : width;
  }
  return undefined;
}

/** Where a line's indentation is made of tabs or odd spaces: the same line with ordinary spaces. */
function* lexical(lines: string[], i: number): Generator<Attempt> {
  const line = lines[i];
  const lead = LEADING.exec(line)![0];
  const body = line.slice(lead.length);
  if (lead !== '' && /[^ ]/.test(lead) && body !== '' && !body.startsWith('#')) {
    const tab = lead.includes('\t');
    const odd = [...lead].find((c) => c !== ' ' && c !== '\t');
    const likely = likelyColumn(lines, i);
    for (const width of openColumns(lines, i)) {
      yield {
        lineIndex: i, column: 1, certain: true, likely: width === likely ? 0 : 1, repaired: ' '.repeat(width) + body,
        describe: (_after, all) => {
          const like = sameColumnLine(all, i, width);
          const likeVi = like === undefined ? '' : `, thẳng cột với dòng ${like + 1}`;
          const likeEn = like === undefined ? '' : `, in line with line ${like + 1}`;
          const spaces = width === 0 ? { vi: 'không thụt lề (dòng bắt đầu ở cột 1)', en: 'no indentation (the line starts at column 1)' }
            : { vi: `${width} dấu cách (dòng bắt đầu ở cột ${width + 1}${likeVi})`, en: `${width} spaces (the line starts at column ${width + 1}${likeEn})` };
          if (tab) {
            return { ruleId: 'YA003', actual: JSON.stringify(lead).slice(1, -1), expected: [' '.repeat(width) + body.slice(0, 40)],
              reason: text('Dòng này thụt lề bằng phím Tab; YAML chỉ cho thụt lề bằng dấu cách.', 'This line is indented with a tab; YAML allows only spaces.'),
              note: text(`Xóa Tab ở đầu dòng và gõ ${spaces.vi}.`, `Delete the tab at the start of the line and type ${spaces.en}.`) };
          }
          const name = invisibleName(odd!);
          return { ruleId: YAML_CODES.invisibleCharacter.id, actual: name.code,
            reason: text(`Đầu dòng có ${name.vi} (${name.code}, thường do chép từ Word hoặc PDF); YAML không coi đó là dấu cách.`,
              `The start of the line holds ${name.en} (${name.code}, usually pasted from Word or a PDF); YAML does not take it for a space.`),
            note: text(`Xóa các khoảng trắng ở đầu dòng rồi gõ lại ${spaces.vi}.`, `Delete the blanks at the start of the line and type ${spaces.en} again.`) };
        },
      };
    }
    return;
  }
  // A key or a dash followed by an odd space, or a zero-width character in the key.
  const afterMark = /^(-|[^\s:#"'{[][^:#]*?:)([\u00a0\u2007\u202f\u2000-\u200a\u3000])/.exec(body);
  if (afterMark) {
    const name = invisibleName(afterMark[2]);
    const mark = afterMark[1].endsWith(':') ? { vi: 'dấu hai chấm', en: 'the colon' } : { vi: 'gạch đầu dòng', en: 'the dash' };
    const repaired = lead + afterMark[1] + ' ' + body.slice(afterMark[0].length);
    yield {
      lineIndex: i, column: lead.length + afterMark[1].length + 1, certain: true, repaired,
      describe: () => ({ ruleId: YAML_CODES.invisibleCharacter.id, actual: name.code, expected: [repaired.trim().slice(0, 60)],
        reason: text(`Sau ${mark.vi} là ${name.vi} (${name.code}, thường do chép từ Word), không phải dấu cách thường, nên YAML không nhận ra ${mark.vi}.`,
          `After ${mark.en} comes ${name.en} (${name.code}, usually pasted from Word), not an ordinary space, so YAML does not see ${mark.en}.`),
        note: text(`Xóa ký tự đó và gõ một dấu cách thường: ${repaired.trim().slice(0, 60)}`, `Delete that character and type an ordinary space: ${repaired.trim().slice(0, 60)}`) }),
    };
  }
  const zero = ZERO_WIDTH.exec(body);
  if (zero && /^[^:]*$/.test(body.slice(0, zero.index)) && body.slice(zero.index).includes(':')) {
    const name = invisibleName(zero[0]);
    const repaired = lead + body.slice(0, zero.index) + body.slice(zero.index + 1);
    yield {
      lineIndex: i, column: lead.length + zero.index + 1, certain: true, repaired,
      describe: () => ({ ruleId: YAML_CODES.invisibleCharacter.id, actual: name.code,
        reason: text(`Trong khóa có ${name.vi} (${name.code}), một ký tự không nhìn thấy, thường do chép từ Word hoặc trang web.`,
          `The key holds ${name.en} (${name.code}), an invisible character, usually pasted from Word or a web page.`),
        note: text('Xóa cả khóa rồi gõ lại bằng bàn phím.', 'Delete the whole key and type it again.') }),
    };
  }
}

/** The nearest line above (or below) that starts at this width, to point the clerk at. */
function sameColumnLine(lines: string[], index: number, width: number): number | undefined {
  for (let j = index - 1; j >= 0 && j >= index - 40; j--) {
    if (isBlankOrComment(lines[j])) continue;
    const w = indentWidth(lines[j]);
    if (w === width && !/\t/.test(lines[j])) return j;
    if (w < width) break;
  }
  for (let j = index + 1; j < lines.length && j <= index + 10; j++) {
    if (isBlankOrComment(lines[j])) continue;
    const w = indentWidth(lines[j]);
    if (w === width) return j;
    if (w < width) break;
  }
  return undefined;
}

/** The line moved to each column a block open above it starts at. */
function* reindent(lines: string[], i: number): Generator<Attempt> {
  const line = lines[i];
  const width = indentWidth(line);
  const body = line.slice(width);
  const isItem = /^-(\s|$)/.test(body);
  const likely = likelyColumn(lines, i);
  for (const target of openColumns(lines, i)) {
    if (target === width) continue;
    yield {
      lineIndex: i, column: width + 1, certain: false, likely: target === likely ? 0 : 1, repaired: ' '.repeat(target) + body,
      describe: (_after, all) => {
        const like = sameColumnLine(all, i, target);
        const likeVi = like === undefined ? '' : `, thẳng cột với dòng ${like + 1}`;
        const likeEn = like === undefined ? '' : `, in line with line ${like + 1}`;
        const what = isItem ? text('Gạch đầu dòng "- " này', 'This dash "- "') : text('Dòng này', 'This line');
        return { ruleId: 'YA001', actual: `${width}`, expected: [`${target}`],
          reason: text(`${what.vi} bắt đầu ở cột ${width + 1} (thụt ${width} dấu cách), lệch với các dòng cùng cấp.`,
            `${what.en} starts at column ${width + 1} (${width} spaces), out of line with the lines of its level.`),
          note: text(`Cho dòng bắt đầu ở cột ${target + 1}${likeVi}: thụt lề đúng ${target} dấu cách.`,
            `Start the line at column ${target + 1}${likeEn}: indent it by exactly ${target} spaces.`) };
      },
    };
  }
}

/** List marks that are not "- ", colons that are not ": ", quotes and brackets left open. */
function* looseText(lines: string[], i: number): Generator<Attempt> {
  const line = lines[i];
  const width = indentWidth(line);
  const lead = line.slice(0, width);
  const body = line.slice(width);
  const at = (offset: number) => width + offset + 1;
  const bullet = /^([•●▪◦‣∙·–—*+]|-(?=[^\s-]))\s*/u.exec(body);
  if (bullet) {
    const repaired = `${lead}- ${body.slice(bullet[0].length)}`;
    yield {
      lineIndex: i, column: at(0), certain: true, repaired,
      describe: () => ({ ruleId: 'YA001', actual: bullet[1], expected: ['- '],
        reason: text(`Mục của danh sách phải bắt đầu bằng gạch ngang thường và một dấu cách ("- "); ở đây là "${bullet[1]}${bullet[0].length > 1 ? ' ' : ''}".`,
          `A list entry must start with an ordinary hyphen and a space ("- "); here it is "${bullet[1]}${bullet[0].length > 1 ? ' ' : ''}".`),
        note: text(`Viết: ${repaired.trim().slice(0, 60)}`, `Write: ${repaired.trim().slice(0, 60)}`) }),
    };
  }
  const keyed = /^((?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)(:(?=[^\s/])|：\s*|\s+(?=\S))/.exec(body);
  if (keyed && !/^https?$/i.test(keyed[2])) {
    const rest = body.slice(keyed[0].length);
    const repaired = `${lead}${keyed[1]}${keyed[2]}: ${rest}`;
    const fullWidth = keyed[3].startsWith('：');
    const missing = !keyed[3].startsWith(':') && !fullWidth;
    yield {
      lineIndex: i, column: at(keyed[1].length + keyed[2].length), certain: fullWidth || !missing, repaired,
      describe: () => ({ ruleId: 'YA001', expected: [repaired.trim().slice(0, 60)],
        reason: fullWidth ? text('Dấu hai chấm "：" là dấu toàn khổ (bộ gõ tiếng Trung/Nhật), YAML không nhận.', 'The colon "：" is a full-width one (from a Chinese/Japanese input method); YAML does not know it.')
          : missing ? text(`Thiếu dấu hai chấm sau khóa "${keyed[2]}".`, `The colon after the key "${keyed[2]}" is missing.`)
          : text(`Sau dấu hai chấm của khóa "${keyed[2]}" cần một dấu cách.`, `The colon after the key "${keyed[2]}" needs a space after it.`),
        note: text(`Viết: ${repaired.trim().slice(0, 60)}`, `Write: ${repaired.trim().slice(0, 60)}`) }),
    };
  }
  const value = /^((?:-\s+)?(?:[^\s:#"'][^:#]*?:\s+)?)(["'“‘”])(.*)$/.exec(body);
  if (value) {
    const [, before, open, rest] = value;
    if (open === '“' || open === '‘' || open === '”') {
      const inner = rest.replace(/["”’]\s*$/, '');
      const repaired = `${lead}${before}"${inner.replace(/"/g, '\\"')}"`;
      yield {
        lineIndex: i, column: at(before.length), certain: true, repaired,
        describe: () => ({ ruleId: 'YA001', actual: open, expected: ['"'],
          reason: text(`Giá trị mở bằng dấu nháy cong ${open} (Word tự đổi khi gõ); YAML chỉ nhận dấu nháy thẳng " làm dấu nháy.`,
            `The value opens with a curly quote ${open} (Word's autocorrect); YAML only takes the straight quote " as a quote.`),
          note: text(`Thay hai dấu nháy cong bằng dấu nháy thẳng ": ${repaired.trim().slice(0, 60)}${repaired.trim().length > 60 ? '…' : ''}`,
            `Replace both curly quotes with straight ones ": ${repaired.trim().slice(0, 60)}${repaired.trim().length > 60 ? '…' : ''}`) }),
      };
    } else if (!new RegExp(`${open}\\s*(#.*)?$`).test(rest) || rest.trim() === '') {
      const repaired = `${line.replace(/\s+$/, '')}${open}`;
      yield {
        lineIndex: i, column: at(body.replace(/\s+$/, '').length), certain: false, repaired,
        describe: () => ({ ruleId: 'YA001', expected: [open],
          reason: text(`Giá trị mở dấu nháy ${open} ở cột ${at(before.length)} nhưng không đóng trên dòng này.`, `The value opens a quote ${open} at column ${at(before.length)} but does not close it on this line.`),
          note: text(`Thêm dấu nháy ${open} ở cuối dòng (hoặc bỏ dấu nháy mở).`, `Add ${open} at the end of the line (or remove the opening quote).`) }),
      };
    }
  }
  const opened = (body.match(/\[/g) ?? []).length - (body.match(/\]/g) ?? []).length;
  const braces = (body.match(/\{/g) ?? []).length - (body.match(/\}/g) ?? []).length;
  if (opened > 0 || braces > 0) {
    const close = braces > 0 ? '}' : ']';
    const repaired = `${line.replace(/\s+$/, '')}${close}`;
    yield {
      lineIndex: i, column: at(body.replace(/\s+$/, '').length), certain: false, repaired,
      describe: () => ({ ruleId: 'YA001', expected: [close],
        reason: text(`Ngoặc ${close === ']' ? '"["' : '"{"'} mở trên dòng này chưa được đóng.`, `The ${close === ']' ? '"["' : '"{"'} opened on this line is not closed.`),
        note: text(`Thêm "${close}" ở cuối dòng: ${repaired.trim().slice(0, 60)}`, `Add "${close}" at the end of the line: ${repaired.trim().slice(0, 60)}`) }),
    };
  }
}


