/**
 * Whether a YAML text may be a cochuong document at all (a top-level `loai:` key), before any
 * parsing: the editor server and git's textconv leave other YAML files (CI settings…) alone.
 */
export function looksLikeDocument(text: string): boolean {
  return /^loai\s*:/m.test(text);
}
