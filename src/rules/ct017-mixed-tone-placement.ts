import { text } from '../message/message.js';
import { documentTextsOf, entryAt } from '../model/texts.js';
import type { DataPath } from '../parse/source-tree.js';
import { DEFAULT_TONE_PLACEMENT, findTonePlacements, wordWithTonePlacement, type TonePlacement } from '../text/tone.js';
import type { Rule } from './rule.js';

const STYLE_NAME: Record<TonePlacement, { vi: string; en: string }> = {
  old: { vi: 'kiểu cũ ("hòa", "thủy", "Ủy", "khỏe")', en: 'the old style ("hòa", "thủy", "Ủy", "khỏe")' },
  new: { vi: 'kiểu mới ("hoà", "thuỷ", "Uỷ", "khoẻ")', en: 'the new style ("hoà", "thuỷ", "Uỷ", "khoẻ")' },
};

/** People's names are spelled as on their papers ("Nguyễn Thị Thuý"): they do not count. */
const isPersonName = (path: DataPath) => path[path.length - 1] === 'ho_ten';

/**
 * Old and new tone placement in one document ("Cộng hòa" here, "Uỷ ban" there). Both are correct
 * (the decree itself uses both), but one document should keep to one. Only syllables where the two
 * styles differ are counted (oa, oe, uy without a final consonant).
 */
export const ct017: Rule = {
  id: 'CT017',
  name: 'mixed-tone-placement',
  stage: 'rule',
  severity: 'warning',
  description: text('Một văn bản nên dùng một kiểu đặt dấu thanh: kiểu cũ (hòa, thủy, Ủy, khỏe) hoặc kiểu mới (hoà, thuỷ, Uỷ, khoẻ), không dùng lẫn.',
    'A document should keep to one tone placement: the old style (hòa, thủy, Ủy, khỏe) or the new one (hoà, thuỷ, Uỷ, khoẻ), not both.'),
  rationale: text('Cả hai kiểu đều đúng (chính Nghị định 30/2020 dùng cả "CỘNG HÒA" và "CỘNG HOÀ"), nhưng dùng lẫn trong một văn bản trông cẩu thả và làm việc tìm kiếm bỏ sót ("Ủy ban" không tìm thấy "Uỷ ban"). Thường do ghép đoạn từ nhiều nguồn. cochuong mặc định kiểu cũ, phổ biến hơn; chỉ đếm các vần oa, oe, uy không có phụ âm cuối, nơi hai kiểu khác nhau; họ tên người ký không tính.',
    'Both styles are correct (Nghị định 30/2020 itself writes both "CỘNG HÒA" and "CỘNG HOÀ"), but mixing them in one document looks careless and breaks search ("Ủy ban" does not find "Uỷ ban"). Usually paragraphs were pasted from several sources. cochuong defaults to the older, more common style; only open oa, oe, uy syllables are counted, where the styles differ; signers\' names do not count.'),
  bad: 'trich_yeu: Phối hợp công tác năm 2026 giữa Thường trực HĐND, UBND và Ban Thường trực Uỷ ban MTTQ Việt Nam xã\nmuc_dich:\n  - Thực hiện thắng lợi nhiệm vụ xây dựng nông thôn mới, phát triển thủy lợi.',
  good: 'trich_yeu: Phối hợp công tác năm 2026 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã\nmuc_dich:\n  - Thực hiện thắng lợi nhiệm vụ xây dựng nông thôn mới, phát triển thủy lợi.',
  check({ doc }, report) {
    const hits: { path: DataPath; word: string; style: TonePlacement }[] = [];
    // All the text searched at once: a syllable never spans the "\n" between two strings.
    const texts = documentTextsOf(doc);
    for (const hit of findTonePlacements(texts.joined)) {
      const [path] = texts.entries[entryAt(texts, hit.index)];
      if (!isPersonName(path)) hits.push({ path, word: hit.word, style: hit.style });
    }
    const count = { old: hits.filter((h) => h.style === 'old').length, new: hits.filter((h) => h.style === 'new').length };
    if (count.old === 0 || count.new === 0) return;
    // The less frequent style is the odd one out; on a tie, the default (old) style wins.
    const minority: TonePlacement = count.old === count.new ? (DEFAULT_TONE_PLACEMENT === 'old' ? 'new' : 'old') : count.old < count.new ? 'old' : 'new';
    const majority: TonePlacement = minority === 'old' ? 'new' : 'old';
    const first = hits.find((h) => h.style === minority)!;
    const fixed = wordWithTonePlacement(first.word, majority);
    const others = count[minority] - 1;
    report({
      path: first.path,
      actual: first.word,
      expected: [fixed],
      message: text(`Văn bản dùng lẫn hai kiểu đặt dấu thanh: ${STYLE_NAME.old.vi} ${count.old} lần, ${STYLE_NAME.new.vi} ${count.new} lần. Đây là chỗ đầu tiên dùng kiểu ít hơn: "${first.word}".`,
        `The document mixes two tone placements: ${STYLE_NAME.old.en} ${count.old} times, ${STYLE_NAME.new.en} ${count.new} times. This is the first use of the less frequent one: "${first.word}".`),
      note: text(`Chọn một kiểu cho cả văn bản (Nghị định 30/2020 dùng cả hai; cochuong mặc định kiểu cũ). Sửa "${first.word}" thành "${fixed}"${others > 0 ? ` và ${others} chỗ khác cùng kiểu` : ''}.`,
        `Keep to one style in the whole document (the decree uses both; cochuong defaults to the old one). Change "${first.word}" to "${fixed}"${others > 0 ? ` and ${others} other place(s) in the same style` : ''}.`),
    });
  },
};
