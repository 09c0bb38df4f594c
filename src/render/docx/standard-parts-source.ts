import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { BODY, FONT, SIZES, halfPoints, type PageSetup } from './page.js';

/**
 * Build time only (scripts/build.mjs → src/render/generated/standard-parts.js): the parts of a
 * DOCX package that are the same for every cochuong document (content types, relationships,
 * styles, settings, theme, fonts, numbering, notes, properties), as the docx library writes them
 * for cochuong's layout. The docx library stays their source of truth; at run time cochuong's own
 * writer (wordml.ts) writes the body, the headers and the core properties and copies these, so
 * rendering neither loads that library nor spends its time.
 */

/** The body sizes a clerk may choose: only styles.xml depends on it. */
export const BODY_SIZES: readonly PageSetup['bodySize'][] = [13, 14];

/** Parts cochuong's writer makes for each document; every other part is standard. */
export function isStandardPart(path: string): boolean {
  return !/^(word\/document\.xml|word\/header\d+\.xml|docProps\/core\.xml)$/.test(path);
}

/**
 * An empty document with the settings cochuong's documents have: Times New Roman of the body's
 * size, black, Vietnamese, line spacing 1.15, a page-number header from page 2 and an empty one on
 * page 1 (as the writer before wordml.ts built them).
 */
export function standardDocument(bodySize: PageSetup['bodySize']): Document {
  const pageNumber = new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZES.pageNumber), color: '000000' })],
    })],
  });
  return new Document({
    creator: 'cochuong',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(bodySize), color: '000000', language: { value: 'vi-VN', eastAsia: 'vi-VN' } },
          paragraph: { spacing: { line: BODY.line } },
        },
        // Word's Heading 1–3 redefined to the decree's look (Times New Roman of the body's size, bold,
        // black, kept with the next paragraph): the body's headings use them, so Word's navigation pane,
        // outline, pandoc and screen readers see the structure; their direct formatting is the same, so the
        // printed page does not change.
        ...Object.fromEntries(([1, 2, 3] as const).map((level) => [`heading${level}`, {
          run: { font: FONT, size: halfPoints(bodySize), bold: true, color: '000000' },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before: 0, after: BODY.after, line: BODY.line } },
        }])),
      },
    },
    sections: [{
      properties: { titlePage: true },
      headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children: [],
    }],
  });
}

type Compile = (file: Document, prettify: undefined, overrides: []) => Map<string, string | Uint8Array>;

/**
 * Every part of `document`'s package, in the library's order, unzipped. `compile` is what Packer
 * itself calls; it is not in the library's types.
 */
export function compileParts(document: Document): Map<string, string> {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler.compile is missing; this docx version is not supported');
  const parts = new Map<string, string>();
  for (const [path, data] of compiler.compile(document, undefined, [])) {
    if (typeof data !== 'string') throw new Error(`docx: part ${path} is not text`);
    parts.set(path, data);
  }
  return parts;
}

export interface StandardParts {
  /** Every part's path, in the order the library zips them. */
  order: string[];
  /** The standard parts but styles.xml, by path. */
  parts: Record<string, string>;
  /** word/styles.xml by body size. */
  styles: Record<number, string>;
  /** word/document.xml up to its body. */
  documentStart: string;
  /** A header part up to its first paragraph. */
  headerStart: string;
}

const STYLES = 'word/styles.xml';
const EMPTY_HEADER = '<w:p/></w:hdr>';

export function standardParts(): StandardParts {
  const compiled = BODY_SIZES.map((size) => compileParts(standardDocument(size)));
  const [first] = compiled;
  const order = [...first.keys()];
  const parts: Record<string, string> = {};
  for (const path of order.filter((p) => isStandardPart(p) && p !== STYLES)) {
    // Only styles.xml may depend on the body size: the writer copies every other part as is.
    if (compiled.some((c) => c.get(path) !== first.get(path))) throw new Error(`docx: ${path} depends on the body size`);
    parts[path] = first.get(path)!;
  }
  const document = first.get('word/document.xml') ?? '';
  const body = document.indexOf('<w:body>');
  // The header of page 1 is an empty paragraph: what precedes it starts every header.
  const emptyHeader = [...first].find(([path, xml]) => /^word\/header\d+\.xml$/.test(path) && xml.endsWith(EMPTY_HEADER));
  if (body < 0 || !emptyHeader) throw new Error('docx: unexpected document or header part');
  return {
    order,
    parts,
    styles: Object.fromEntries(BODY_SIZES.map((size, i) => [size, compiled[i].get(STYLES)!])),
    documentStart: document.slice(0, body),
    headerStart: emptyHeader[1].slice(0, -EMPTY_HEADER.length),
  };
}

/** The text of src/render/generated/standard-parts.js. */
export function standardPartsModule(): string {
  const s = standardParts();
  return [
    '// Generated by scripts/build.mjs with the docx library (src/render/docx/standard-parts-source.ts). Do not edit.',
    `export const PACKAGE_ORDER = ${JSON.stringify(s.order, null, 2)};`,
    `export const STANDARD_PARTS = ${JSON.stringify(s.parts, null, 2)};`,
    `export const STYLES = ${JSON.stringify(s.styles, null, 2)};`,
    `export const DOCUMENT_START = ${JSON.stringify(s.documentStart)};`,
    `export const HEADER_START = ${JSON.stringify(s.headerStart)};`,
    '',
  ].join('\n');
}

/** The declarations of that module, for the type checker. */
export const STANDARD_PARTS_TYPES = `// Generated by scripts/build.mjs. Do not edit.
/** Every part's path, in the order the docx library zips them. */
export declare const PACKAGE_ORDER: readonly string[];
/** The parts the same in every document (all but the body, the headers, the core properties and styles.xml), by path. */
export declare const STANDARD_PARTS: Readonly<Record<string, string>>;
/** word/styles.xml by body size (pt). */
export declare const STYLES: Readonly<Record<13 | 14, string>>;
/** word/document.xml up to its body. */
export declare const DOCUMENT_START: string;
/** A header part up to its first paragraph. */
export declare const HEADER_START: string;
`;
