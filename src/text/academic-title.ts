/**
 * Academic titles and degrees written before a name ("PGS.TS. Nguyễn Văn A"). None of the abbreviations
 * is a Vietnamese syllable, so a leading one is never part of a name; the written-out forms ("Tiến sĩ")
 * are not surnames either.
 */

/** Abbreviations, each followed by "." or a space: GS, PGS, TS, TSKH, ThS, KS, BS, CN, NCS, ThS.BS … */
const ABBREVIATION = /^(?:PGS|GS|TSKH|TS|ThS|KS|BS|BSCKI{1,2}|BSCK|CN|NCS|DS|LS)(?:\.\s*|\s+)/iu;
/** Written-out titles, followed by "." ":" "," or a space. */
const SPELLED = /^(?:phó\s+giáo\s+sư|giáo\s+sư|tiến\s+s[ĩỹ](?:\s+khoa\s+học)?|thạc\s+s[ĩỹ]|kỹ\s+sư|kĩ\s+sư|bác\s+s[ĩỹ]|dược\s+s[ĩỹ]|luật\s+sư|cử\s+nhân|nghiên\s+cứu\s+sinh)(?:[.:,]\s*|\s+)/iu;

// Cheap first tests, so that the two regular expressions above (a millisecond to compile at every
// start) only run on names that may start with a title. Under /iu the abbreviations' letters match only
// ASCII letters and ſ (s) in NFC text (KELVIN SIGN is K in NFC); a written-out title's first word
// matches only itself in another case, so lower-casing the first word finds it.
const MAYBE_ABBREVIATION = /^[A-Za-z\u017f]+[.\s]/;
const SPELLED_FIRST_WORDS = new Set(['phó', 'giáo', 'tiến', 'thạc', 'kỹ', 'kĩ', 'bác', 'dược', 'luật', 'cử', 'nghiên']);
const SPACE = /\s/;

function startsWithSpelledTitle(text: string): boolean {
  const space = text.search(SPACE);
  return space > 0 && SPELLED_FIRST_WORDS.has(text.slice(0, space).toLowerCase());
}

export interface TitleSplit {
  /** The titles as written ("PGS.TS."), trimmed. */
  titles: string;
  /** What remains: the name. */
  name: string;
}

/** Splits leading academic titles from a name; undefined when the name starts with none. */
export function splitAcademicTitles(value: string): TitleSplit | undefined {
  const original = value.normalize('NFC');
  let rest = original.trimStart();
  const start = original.length - rest.length;
  for (;;) {
    const m = (MAYBE_ABBREVIATION.test(rest) ? ABBREVIATION.exec(rest) : null) ?? (startsWithSpelledTitle(rest) ? SPELLED.exec(rest) : null);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  const consumed = original.length - rest.length;
  if (consumed === start) return undefined;
  return { titles: original.slice(start, consumed).trim(), name: rest.trim() };
}
