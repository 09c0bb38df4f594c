/*
 * A spelling check for one Vietnamese syllable: initial consonant + vowel nucleus + final, at most
 * one tone mark. Used to score candidate decodings and to spot mojibake, so it errs on the strict
 * side for odd spellings but accepts both tone placements ("hòa"/"hoà") and NFC or NFD input.
 */

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';
// Nuclei that need a final consonant ("năm", "tiên", "xoong"), that take one or not, and that take none
// (they end in a glide, or are the open forms of iê/uô/ươ/uyê).
const NEEDS_FINAL = 'ă|â|oă|uâ|iê|yê|uô|ươ|uyê|oo';
const ANY_FINAL = 'a|e|ê|i|o|ô|ơ|u|ư|y|oa|oe|uê|uy|uơ';
const NO_FINAL =
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu';
const FINAL = 'ch|ng|nh|[cmnptk]'; // k: only in place names (Đắk Lắk), harmless to allow
const SYLLABLE = new RegExp(
  `^${INITIAL}(?:(?:${NEEDS_FINAL})(${FINAL})|(?:${ANY_FINAL})(${FINAL})?|(?:${NO_FINAL}))$`,
);
const STOP = /^(?:c|ch|p|t|k)$/;

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE);
  if (tones && tones.length > 1) return false;
  const m = SYLLABLE.exec(nfd.replace(TONE, '').normalize('NFC'));
  if (!m) return false;
  // A syllable ending in a stop consonant takes only sắc or nặng ("tốt", "tột", never "tôt").
  const final = m[1] ?? m[2];
  return !(final && STOP.test(final) && (!tones || (tones[0] !== '\u0301' && tones[0] !== '\u0323')));
}
