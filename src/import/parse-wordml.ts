import type { LegacyEncoding } from '../read/encoding/index.js';
import { decodeLegacyRun, isCapitalFont, legacyEncodingOfFont } from './legacy-fonts.js';
import type { Numbering } from './numbering.js';
import { headingLevel, runFont, styleProp, type Styles } from './styles.js';
import { child, childrenNamed, parseXml, toggle, val, type XmlElement } from './xml.js';

/**
 * document.xml → a flat list of paragraphs and tables, as a reader sees them: the text of each
 * paragraph with its automatic number, whether it is bold, italic, capitals, centred, a heading,
 * or draws a rule. Tracked changes are resolved as asked; comments, footnotes, fields' codes and
 * text boxes are kept out of the body text (text boxes are listed beside their paragraph).
 */

export type TrackedMode = 'refuse' | 'accept' | 'reject';

export interface Para {
  kind: 'p';
  /** Paragraph number in the body, counting paragraphs inside tables too (1-based). */
  n: number;
  text: string;
  /** The automatic number Word shows in front ("1.", "a)", "Điều 3."), when there is one. */
  label?: string;
  labelFmt?: string;
  bold: boolean;
  italic: boolean;
  center: boolean;
  heading?: number;
  /** Draws a horizontal line: a paragraph border, a VML or DrawingML line, or typed dashes. */
  rule: boolean;
  /** Text of text boxes anchored in this paragraph (a "DỰ THẢO" stamp, notes). */
  boxes: string[];
  legacy?: LegacyEncoding;
  /** The paragraph starts a new section in landscape or ends one. */
  landscape?: boolean;
}

export interface Table { kind: 'table'; n: number; rows: Para[][][] }
export type Block = Para | Table;

export interface WordBody {
  blocks: Block[];
  /** Insertions and deletions found (counted even when resolved). */
  tracked: number;
  legacy: Set<LegacyEncoding>;
  comments: number;
}

interface Context {
  styles: Styles;
  numbering: Numbering;
  mode: TrackedMode;
  counter: { n: number };
  tracked: { count: number };
  legacy: Set<LegacyEncoding>;
}

interface RunState { text: string; bold: boolean[]; italic: boolean[]; boxes: string[]; rule: boolean; legacy?: LegacyEncoding }

/** The body of document.xml, read one top-level paragraph or table at a time (a long document is never held as a whole tree). */
export function parseBody(documentXml: string, styles: Styles, numbering: Numbering, mode: TrackedMode): WordBody {
  const ctx: Context = { styles, numbering, mode, counter: { n: 0 }, tracked: { count: 0 }, legacy: new Set() };
  const collector = new Collector(ctx);
  parseXml(documentXml, { onClose: (el, parent) => { if (parent.name !== 'w:body') return false; collector.add(el); return true; } });
  return { blocks: collector.finish(), tracked: ctx.tracked.count, legacy: ctx.legacy, comments: 0 };
}

function blockList(container: XmlElement, ctx: Context): Block[] {
  const collector = new Collector(ctx);
  for (const el of container.children) if (typeof el !== 'string') collector.add(el);
  return collector.finish();
}

/** Paragraphs and tables in order; a paragraph whose mark was removed (tracked) joins the next one. */
class Collector {
  private readonly out: Block[] = [];
  private carry: Para | undefined;
  constructor(private readonly ctx: Context) {}

  private push(p: Para): void {
    if (this.carry) { p.text = join(this.carry.text, p.text); p.boxes.unshift(...this.carry.boxes); p.n = this.carry.n; this.carry = undefined; }
    this.out.push(p);
  }

  private pushAll(blocks: Block[]): void {
    for (const b of blocks) if (b.kind === 'p') this.push(b); else this.out.push(b);
  }

  add(el: XmlElement): void {
    const ctx = this.ctx;
    if (el.name === 'w:p') {
      const { para, markRemoved } = paragraph(el, ctx);
      if (markRemoved) {
        if (para.text !== '' || para.boxes.length) this.carry = this.carry ? { ...para, text: join(this.carry.text, para.text) } : para;
        return;
      }
      this.push(para);
    } else if (el.name === 'w:tbl' && childrenNamed(el, 'w:tr').some((tr) => childrenNamed(tr, 'w:tc').some((tc) => child(tc, 'w:tbl')))) {
      // A layout table holding tables (signatures in one cell, "Nơi nhận" in another): its cells are read in order as blocks.
      for (const tr of childrenNamed(el, 'w:tr')) for (const tc of childrenNamed(tr, 'w:tc')) this.pushAll(blockList(tc, ctx));
    } else if (el.name === 'w:tbl') {
      const rows: Para[][][] = [];
      const n = ctx.counter.n + 1;
      for (const tr of childrenNamed(el, 'w:tr')) {
        if (revisionGone(child(tr, 'w:trPr'), ctx)) continue;
        rows.push(childrenNamed(tr, 'w:tc').map((tc) => blockList(tc, ctx).flatMap((b) => (b.kind === 'p' ? [b] : flattenTable(b)))));
      }
      this.out.push({ kind: 'table', n, rows });
    } else if (el.name === 'w:sdt') {
      const content = child(el, 'w:sdtContent');
      if (content) this.pushAll(blockList(content, ctx));
    } else if (el.name === 'w:ins' || el.name === 'w:del' || el.name === 'w:moveTo' || el.name === 'w:moveFrom' || el.name === 'w:customXml') {
      // Whole tracked blocks (rare: Word marks paragraph marks instead).
      if (el.name !== 'w:customXml') ctx.tracked.count++;
      if (!isRemoval(el.name, ctx)) this.pushAll(blockList(el, ctx));
    }
  }

  finish(): Block[] {
    if (this.carry) { this.out.push(this.carry); this.carry = undefined; }
    return this.out;
  }
}

function flattenTable(t: Table): Para[] {
  return t.rows.flatMap((r) => r.flat());
}

function join(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

function isRemoval(name: string, ctx: Context): boolean {
  const inserted = name === 'w:ins' || name === 'w:moveTo';
  return ctx.mode === 'accept' ? !inserted : ctx.mode === 'reject' ? inserted : false;
}

/** A row or paragraph mark marked inserted or deleted that the chosen resolution removes. */
function revisionGone(props: XmlElement | undefined, ctx: Context): boolean {
  for (const name of ['w:ins', 'w:del']) {
    if (child(props, name)) {
      ctx.tracked.count++;
      if (isRemoval(name, ctx)) return true;
    }
  }
  return false;
}

function paragraph(p: XmlElement, ctx: Context): { para: Para; markRemoved: boolean } {
  const n = ++ctx.counter.n;
  const pPr = child(p, 'w:pPr');
  const styleId = val(pPr, 'w:pStyle') ?? ctx.styles.defaultParagraph;
  const markRemoved = revisionGone(child(pPr, 'w:rPr'), ctx);
  const state: RunState = { text: '', bold: [], italic: [], boxes: [], rule: false };
  const styleBold = styleProp(ctx.styles, styleId, 'bold') ?? false;
  const styleItalic = styleProp(ctx.styles, styleId, 'italic') ?? false;
  const styleFont = styleProp(ctx.styles, styleId, 'font') ?? ctx.styles.defaultFont;
  inline(p, ctx, state, { bold: styleBold, italic: styleItalic, font: styleFont });

  const numPr = child(pPr, 'w:numPr');
  const numId = val(numPr, 'w:numId') ?? styleProp(ctx.styles, styleId, 'numId');
  const ilvlText = val(numPr, 'w:ilvl');
  const ilvl = ilvlText !== undefined ? Number(ilvlText) : styleProp(ctx.styles, styleId, 'ilvl') ?? 0;
  const numbered = numId !== undefined && !markRemoved ? ctx.numbering.next(numId, ilvl) : undefined;

  const borders = child(pPr, 'w:pBdr');
  const bordered = ['w:top', 'w:bottom'].some((side) => { const b = child(borders, side); return b !== undefined && b.attrs['w:val'] !== 'none' && b.attrs['w:val'] !== 'nil'; });
  const text = clean(state.text);
  const dashes = /^[-_–—=.…\s]{3,}$/.test(text) && /[-_–—=]{3,}/.test(text);
  const jc = val(pPr, 'w:jc') ?? styleProp(ctx.styles, styleId, 'jc');
  const sect = child(pPr, 'w:sectPr');
  const para: Para = {
    kind: 'p', n, text: dashes ? '' : text,
    bold: state.bold.length > 0 && state.bold.every(Boolean),
    italic: state.italic.length > 0 && state.italic.every(Boolean),
    center: jc === 'center',
    heading: headingLevel(ctx.styles, val(pPr, 'w:pStyle')),
    rule: bordered || state.rule || dashes,
    boxes: state.boxes.map(clean).filter((s) => s !== ''),
  };
  if (numbered && numbered.label !== '') { para.label = numbered.label; para.labelFmt = numbered.fmt; }
  if (state.legacy) para.legacy = state.legacy;
  if (sect && val(sect, 'w:pgSz') === undefined && child(sect, 'w:pgSz')?.attrs['w:orient'] === 'landscape') para.landscape = true;
  return { para, markRemoved };
}

interface Inherited { bold: boolean; italic: boolean; font?: string }

function inline(el: XmlElement, ctx: Context, state: RunState, inherited: Inherited): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:r': run(c, ctx, state, inherited); break;
      case 'w:ins': case 'w:moveTo': case 'w:del': case 'w:moveFrom':
        ctx.tracked.count++;
        if (ctx.mode === 'refuse' || !isRemoval(c.name, ctx)) inline(c, ctx, state, inherited);
        break;
      case 'w:hyperlink': case 'w:smartTag': case 'w:customXml': case 'w:fldSimple': case 'w:bdo': case 'w:dir':
        inline(c, ctx, state, inherited); break;
      case 'w:sdt': inline(child(c, 'w:sdtContent') ?? c, ctx, state, inherited); break;
      default: break; // pPr, bookmarks, comment ranges, proofing marks
    }
  }
}

function run(r: XmlElement, ctx: Context, state: RunState, inherited: Inherited): void {
  const rPr = child(r, 'w:rPr');
  const rStyle = val(rPr, 'w:rStyle');
  const bold = toggle(rPr, 'w:b') ?? styleProp(ctx.styles, rStyle, 'bold') ?? inherited.bold;
  const italic = toggle(rPr, 'w:i') ?? styleProp(ctx.styles, rStyle, 'italic') ?? inherited.italic;
  const caps = toggle(rPr, 'w:caps') ?? styleProp(ctx.styles, rStyle, 'caps') ?? false;
  const font = runFont(rPr) ?? styleProp(ctx.styles, rStyle, 'font') ?? inherited.font;
  const legacy = legacyEncodingOfFont(font);
  const hidden = toggle(rPr, 'w:vanish') ?? false;
  let text = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t': text += textContent(c); break;
      case 'w:delText': if (ctx.mode !== 'accept') text += textContent(c); break;
      case 'w:tab': case 'w:ptab': text += '\t'; break;
      case 'w:br': case 'w:cr': if (c.attrs['w:type'] !== 'page' && c.attrs['w:type'] !== 'column') text += '\n'; break;
      case 'w:noBreakHyphen': text += '-'; break;
      case 'w:pict': case 'w:drawing': case 'mc:AlternateContent': case 'w:object': graphic(c, ctx, state); break;
      default: break; // footnote and comment references, field characters and codes, symbols
    }
  }
  if (hidden || text === '') return;
  if (legacy) {
    text = decodeLegacyRun(text, legacy);
    if (isCapitalFont(font)) text = text.toLocaleUpperCase('vi');
    state.legacy = legacy;
    ctx.legacy.add(legacy);
  }
  if (caps) text = text.toUpperCase();
  state.text += text;
  if (text.trim() !== '') { state.bold.push(bold); state.italic.push(italic); }
}

function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** A drawing: a line is a rule; a text box's text is listed, not read as body text. */
function graphic(el: XmlElement, ctx: Context, state: RunState): void {
  if (el.name === 'mc:AlternateContent') {
    // Choice and Fallback draw the same thing: read one.
    const pick = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
    for (const c of pick?.children ?? []) if (typeof c !== 'string') graphic(c, ctx, state);
    return;
  }
  const boxes = findAll(el, 'w:txbxContent');
  if (boxes.length > 0) {
    for (const box of boxes) {
      const inner: RunState = { text: '', bold: [], italic: [], boxes: [], rule: false };
      for (const p of childrenNamed(box, 'w:p')) { inline(p, ctx, inner, { bold: false, italic: false, font: ctx.styles.defaultFont }); inner.text += '\n'; }
      state.boxes.push(inner.text);
    }
    return;
  }
  if (findAll(el, 'v:line').length > 0 || findAll(el, 'wps:wsp').length > 0 || findAll(el, 'a:prstGeom').some((g) => g.attrs.prst === 'line' || g.attrs.prst === 'straightConnector1')
    || findAll(el, 'v:shape').length > 0 || findAll(el, 'v:rect').length > 0) state.rule = true;
}

function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c); else findAll(c, name, out);
  }
  return out;
}

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\ufffe\uffff\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Text as the validator wants it: NFC, no invisible characters, non-breaking and other spaces as
 * plain spaces, Word's curly quotes straight, runs of spaces as one (soft line breaks and tabs kept
 * for the header reader, which splits on them).
 */
export function clean(s: string): string {
  return s.normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/ *\n */g, '\n')
    .replace(/ *\t */g, '\t')
    .replace(/ {2,}/g, ' ')
    .trim();
}
