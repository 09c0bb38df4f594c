/** Names a clerk can look up for the characters that look like spaces, or like nothing, and break YAML. */
export const INVISIBLE_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  '\u00a0': { vi: 'dấu cách không ngắt', en: 'a non-breaking space' },
  '\u2007': { vi: 'dấu cách chữ số', en: 'a figure space' },
  '\u202f': { vi: 'dấu cách hẹp không ngắt', en: 'a narrow non-breaking space' },
  '\u3000': { vi: 'dấu cách toàn khổ', en: 'an ideographic space' },
  '\u200b': { vi: 'ký tự độ rộng 0', en: 'a zero-width space' },
  '\u200c': { vi: 'ký tự độ rộng 0', en: 'a zero-width non-joiner' },
  '\u200d': { vi: 'ký tự độ rộng 0', en: 'a zero-width joiner' },
  '\u2060': { vi: 'ký tự nối từ độ rộng 0', en: 'a word joiner' },
  '\ufeff': { vi: 'ký tự độ rộng 0 (BOM)', en: 'a zero-width no-break space (BOM)' },
};

export function invisibleName(c: string): { vi: string; en: string; code: string } {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { ...(INVISIBLE_NAMES[c] ?? { vi: 'một khoảng trắng lạ', en: 'an unusual space' }), code };
}
