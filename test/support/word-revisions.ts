/**
 * Word's "Accept all changes" and "Reject all changes" over a document.xml, as text: what a reader
 * of the redline gets after either. Our own implementation of the WordprocessingML semantics
 * (ECMA-376 §17.13.5), enough for what cochuong writes:
 * - run content inside w:ins is kept on accept and removed on reject; inside w:del the reverse;
 * - a paragraph mark carrying w:ins (w:pPr/w:rPr/w:ins) is removed on reject, one carrying w:del
 *   on accept: the paragraph then joins the next paragraph of the same container, which keeps its
 *   own properties; the last paragraph of a container (table cell, body) keeps its mark whatever.
 * Paragraphs are returned in document order, table cells' paragraphs inline, each with whether it
 * is in a table; a w:br reads as a space (line breaks placed by balancing differ between a redline
 * and a render).
 */

export interface TextParagraph {
  text: string;
  inTable: boolean;
}

interface Piece { text: string; change?: 'ins' | 'del' }
interface RawParagraph { pieces: Piece[]; markIns: boolean; markDel: boolean; container: number; inTable: boolean }

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

function parse(xml: string): RawParagraph[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const out: RawParagraph[] = [];
  const containers: number[] = [0];
  let nextContainer = 1;
  let tableDepth = 0;
  let current: RawParagraph | undefined;
  let inPPr = false;
  let inPPrRPr = false;
  let change: 'ins' | 'del' | undefined;
  let inText = false;
  const tags = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of body.matchAll(tags)) {
    if (m[5] !== undefined) {
      if (inText && current) current.pieces.push({ text: decode(m[5]), change });
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const name = m[2];
    if (name === 'w:tbl') tableDepth += closing ? -1 : 1;
    else if (name === 'w:tc') {
      if (closing) containers.pop();
      else containers.push(nextContainer++);
    } else if (name === 'w:p') {
      if (selfClosing) out.push({ pieces: [], markIns: false, markDel: false, container: containers[containers.length - 1], inTable: tableDepth > 0 });
      else if (!closing) current = { pieces: [], markIns: false, markDel: false, container: containers[containers.length - 1], inTable: tableDepth > 0 };
      else if (current) { out.push(current); current = undefined; }
    } else if (name === 'w:pPr') inPPr = !closing && !selfClosing;
    else if (name === 'w:rPr' && inPPr) inPPrRPr = !closing && !selfClosing;
    else if ((name === 'w:ins' || name === 'w:del') && current) {
      const kind = name === 'w:ins' ? 'ins' : 'del';
      if (inPPrRPr) {
        if (!closing) current[kind === 'ins' ? 'markIns' : 'markDel'] = true;
      } else if (!selfClosing) change = closing ? undefined : kind;
    } else if (name === 'w:t' || name === 'w:delText') inText = !closing && !selfClosing;
    else if (name === 'w:br' && current && !inPPr) current.pieces.push({ text: ' ', change });
    else if (name === 'w:tab' && current && !inPPr) current.pieces.push({ text: '\t', change });
  }
  return out;
}

/** The document after accepting (or rejecting) every revision. */
export function resolveRevisions(xml: string, how: 'accept' | 'reject'): TextParagraph[] {
  const dropped = how === 'accept' ? 'del' : 'ins';
  const paragraphs = parse(xml);
  const out: TextParagraph[] = [];
  let carried = '';
  paragraphs.forEach((p, i) => {
    const text = carried + p.pieces.filter((x) => x.change !== dropped).map((x) => x.text).join('');
    const next = paragraphs[i + 1];
    const markGone = how === 'accept' ? p.markDel : p.markIns;
    // Joins the next paragraph only inside one container: never across a table's edge or out of a cell.
    if (markGone && next !== undefined && next.container === p.container) { carried = text; return; }
    carried = '';
    out.push({ text, inTable: p.inTable });
  });
  return out;
}

/** The paragraphs of a document without revisions (a render), in the same form. */
export function plainParagraphs(xml: string): TextParagraph[] {
  return resolveRevisions(xml, 'accept');
}

/** What a reader compares: paragraph texts with spacing normalised; empty paragraphs in tables (layout cells, rules) left out. */
export function comparable(paragraphs: TextParagraph[]): string[] {
  return paragraphs
    .map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ').trim() }))
    .filter((p) => !(p.inTable && p.text === ''))
    .map((p) => `${p.inTable ? '[t] ' : ''}${p.text}`);
}
