/**
 * Text as XML may hold it. A YAML string can carry characters XML 1.0 forbids — "\v" and "\f"
 * (Word's line and page breaks, pasted), other C0 controls, U+FFFE, U+FFFF, a lone surrogate —
 * and one of them in a part makes Word refuse the whole file. A vertical tab or form feed
 * becomes a space, so the words on either side stay apart; the others are dropped.
 */
export function xmlText(text: string): string {
  // Nearly all text has none: one test, and the text as it is.
  if (!NOT_XML.test(text)) return text;
  return text.replace(/[\v\f]/g, ' ').replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
