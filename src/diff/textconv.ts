import { relatedLoader } from '../check/check-files.js';
import { check, render } from '../api.js';
import { decodeSource } from '../read/decode-source.js';
import { looksLikeDocument } from '../parse/looks-like-document.js';

/**
 * What git shows for a document under `diff.cochuong.textconv`: the document as it prints, in
 * Markdown (one paragraph a line, so `git log -p`, `git show`, `--word-diff` and `git blame` read
 * like the page); a file that does not render (a draft with errors, not a cochuong document) as its
 * own text, so git always has something to show.
 */
export async function textconv(file: string, bytes: Uint8Array): Promise<string> {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) return Buffer.from(bytes).toString('utf8');
  const text = decoded.text;
  if (!looksLikeDocument(text)) return text;
  const related = relatedLoader();
  const checked = check(text, { file, loadRelated: related });
  if (!checked.valid) return text;
  const rendered = await render(text, { file, formats: ['md'], loadRelated: related });
  return rendered.ok && rendered.outputs.md ? new TextDecoder().decode(rendered.outputs.md) : text;
}
