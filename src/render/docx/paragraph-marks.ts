import type { Revisions } from './runs.js';
import { revisionMark } from './wordml.js';

/**
 * Paragraph marks of wholly inserted or deleted paragraphs as revisions, so that accepting or
 * rejecting every change leaves no empty paragraph behind (ECMA-376 §17.13.5.14/.15: a paragraph
 * whose mark is removed joins the next one). The writers flag such paragraphs (`<w:p w:whole="…">`,
 * a placeholder never left in the output); this pass decides which mark carries each change.
 *
 * A mark can only join paragraphs of one stretch: consecutive paragraphs of the body between two
 * tables, or of one table cell. The last mark of a stretch cannot be removed, so in a stretch that
 * ends with wholly changed paragraphs the change of each of them is carried by the mark before it
 * (the boundary before a paragraph goes with it); when a whole stretch is changed its first
 * paragraph stays, empty, on the side it is not in (a cell needs a paragraph anyway).
 */
export function placeParagraphMarks(documentXml: string, revisions: Revisions): string {
  if (!documentXml.includes(WHOLE)) return documentXml;
  interface Para { start: number; end: number; whole?: 'ins' | 'del'; stretch: number }
  const paragraphs: Para[] = [];
  const stack: number[] = [0];
  let nextStretch = 1;
  const tags = /<w:p(?: w:whole="(ins|del)")?>|<w:p\/>|<w:tbl>|<\/w:tbl>|<w:tc>|<\/w:tc>/g;
  for (const m of documentXml.matchAll(tags)) {
    const tag = m[0];
    if (tag === '<w:tbl>' || tag === '<w:tc>') stack.push(nextStretch++);
    else if (tag === '</w:tc>') stack.pop();
    else if (tag === '</w:tbl>') { stack.pop(); stack[stack.length - 1] = nextStretch++; }
    else paragraphs.push({ start: m.index, end: m.index + tag.length, whole: m[1] as Para['whole'], stretch: stack[stack.length - 1] });
  }
  // marks[i]: the revisions paragraph i's mark carries.
  const marks: ('ins' | 'del')[][] = paragraphs.map(() => []);
  // tail[i]: paragraph i and every one after it in its stretch are wholly changed.
  const tail: boolean[] = [];
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const next = paragraphs[i + 1];
    tail[i] = paragraphs[i].whole !== undefined && (next === undefined || next.stretch !== paragraphs[i].stretch || tail[i + 1]);
  }
  paragraphs.forEach((p, i) => {
    if (!p.whole) return;
    if (!tail[i]) marks[i].push(p.whole);
    // In the changed tail of its stretch: the boundary before it carries its change.
    else if (i > 0 && paragraphs[i - 1].stretch === p.stretch) marks[i - 1].push(p.whole);
  });
  let out = '';
  let at = 0;
  paragraphs.forEach((p, i) => {
    out += documentXml.slice(at, p.start);
    const tag = documentXml.slice(p.start, p.end);
    at = p.end;
    if (tag === '<w:p/>') { out += tag; return; }
    out += '<w:p>';
    if (marks[i].length === 0) return;
    // The paragraph's own properties follow its tag: put the revisions first in their w:rPr.
    const close = documentXml.indexOf('</w:pPr>', at);
    const pPr = documentXml.slice(at, close);
    const revision = [...new Set(marks[i])].sort().reverse().map((kind) => revisionMark(kind, revisions.take())).join('');
    out += pPr.includes('<w:rPr>') ? pPr.replace('<w:rPr>', `<w:rPr>${revision}`) : `${pPr}<w:rPr>${revision}</w:rPr>`;
    at = close;
  });
  return out + documentXml.slice(at);
}

const WHOLE = ' w:whole="';
