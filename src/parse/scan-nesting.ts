/**
 * A cheap look at how deep the text nests, before the YAML parser sees it: the parser recurses,
 * and thousands of levels exhaust the stack. Real documents nest fewer than ten levels.
 */
export const MAX_NESTING = 64;

export interface NestingProblem {
  offset: number;
  depth: number;
}

export function scanNesting(source: string, limit = MAX_NESTING): NestingProblem | undefined {
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) { lineStart = true; indent = 0; dashes = 0; continue; }
    if (quote) {
      if (c === 92 && quote === '"') i++; // skip the escaped character
      else if (String.fromCharCode(c) === quote) quote = null;
      continue;
    }
    if (lineStart) {
      if (c === 32) { indent++; continue; }
      if (c === 45 && source.charCodeAt(i + 1) === 32) { dashes++; i++; indent += 2; continue; } // "- - - x"
      lineStart = false;
      // Block nesting shows as indentation: allow two columns a level, generously.
      if (indent > limit * 4 || dashes > limit) return { offset: i, depth: Math.max(Math.floor(indent / 2), dashes) };
    }
    if (c === 35 && (i === 0 || [32, 9, 10, 13].includes(source.charCodeAt(i - 1)))) { // comment to end of line
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end - 1;
      continue;
    }
    if (c === 34) quote = '"';
    else if (c === 39) quote = "'";
    else if (c === 91 || c === 123) { if (++flow > limit) return { offset: i, depth: flow }; }
    else if (c === 93 || c === 125) { if (flow > 0) flow--; }
  }
  return undefined;
}
