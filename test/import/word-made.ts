import { zipEntries } from '../../src/render/docx/zip.js';

/**
 * DOCX files written the way Word writes them, not the way cochuong renders: text split into runs at
 * arbitrary points, direct formatting, styles with docDefaults, numbering.xml lists, VML lines,
 * text boxes, tracked changes, comments. Each helper returns WordprocessingML as text; `docx()`
 * packs a body into a package.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
  + 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" '
  + 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
  + 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface RunOptions { b?: boolean; i?: boolean; font?: string; caps?: boolean; size?: number }

/** Runs the way Word leaves them after editing: the text cut every few characters, each piece with the same properties. */
export function runs(text: string, o: RunOptions = {}): string {
  const rPr = `<w:rPr>${o.font ? `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}"/>` : ''}${o.b ? '<w:b/>' : ''}${o.i ? '<w:i/>' : ''}${o.caps ? '<w:caps/>' : ''}<w:sz w:val="${o.size ?? 28}"/></w:rPr>`;
  const out: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, k) => {
    if (k > 0) out.push(`<w:r>${rPr}<w:br/></w:r>`);
    const parts = line.split('\t');
    parts.forEach((part, j) => {
      if (j > 0) out.push(`<w:r>${rPr}<w:tab/></w:r>`);
      for (let i = 0; i < part.length; i += 7) out.push(`<w:r>${rPr}<w:t xml:space="preserve">${esc(part.slice(i, i + 7))}</w:t></w:r>`);
    });
  });
  return out.join('');
}

export interface ParaOptions extends RunOptions {
  center?: boolean;
  style?: string;
  num?: [number, number];
  borderBottom?: boolean;
  /** Extra XML inside the paragraph, after the runs (a drawing, a comment reference). */
  extra?: string;
  /** Extra XML inside w:pPr (a section break). */
  pPr?: string;
}

export function p(text: string, o: ParaOptions = {}): string {
  const pPr = `<w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}${o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : ''}`
    + `${o.borderBottom ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>' : ''}${o.center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/>'}${o.pPr ?? ''}</w:pPr>`;
  return `<w:p>${pPr}${text ? runs(text, o) : ''}${o.extra ?? ''}</w:p>`;
}

/** A short horizontal line drawn with VML, as old Word versions draw the rule under a name. */
export const VML_LINE = '<w:r><w:pict><v:line id="Line 2" style="position:absolute;z-index:1" from="60pt,3pt" to="150pt,3pt" strokeweight="1pt"/></w:pict></w:r>';

/** A floating text box (DrawingML with a VML fallback) holding `text`. */
export function textBox(text: string): string {
  const inner = `<w:txbxContent>${p(text, { b: true, center: true })}</w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`
    + `<mc:Fallback><w:pict><v:rect><v:textbox>${inner}</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

/** A table; `borderless` is how headers and signature blocks are drawn. Cells are lists of paragraphs. */
export function table(rows: string[][][], borderless = true): string {
  const borders = borderless ? '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    : '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>';
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders}</w:tblPr>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${c.length ? c.join('') : '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export interface PackageParts {
  body: string[];
  styles?: string;
  numbering?: string;
  comments?: string;
  /** docDefaults font (old TCVN3 files declare .VnTime only there). */
  defaultFont?: string;
  landscapeEnd?: boolean;
}

const STYLES = (font: string, extra: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>`
  + `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="28"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
  + `${extra}</w:styles>`;

export function docx(parts: PackageParts): Uint8Array {
  const sect = `<w:sectPr><w:pgSz w:w="${parts.landscapeEnd ? 16838 : 11906}" w:h="${parts.landscapeEnd ? 11906 : 16838}"${parts.landscapeEnd ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body.join('')}${sect}</w:body></w:document>`;
  const rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'];
  const types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'];
  const entries = [
    { path: 'word/document.xml', data: document },
    { path: 'word/styles.xml', data: parts.styles ?? STYLES(parts.defaultFont ?? 'Times New Roman', '') },
  ];
  if (parts.numbering) {
    entries.push({ path: 'word/numbering.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${parts.numbering}</w:numbering>` });
    rels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
    types.push('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>');
  }
  if (parts.comments) {
    entries.push({ path: 'word/comments.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${parts.comments}</w:comments>` });
    rels.push('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>');
    types.push('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
  }
  entries.unshift(
    { path: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.join('')}</Types>` },
    { path: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { path: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
  );
  return zipEntries(entries, '2024-01-01');
}

export { STYLES };

/** A numbering level: format, text ("%1.", "%1)", "Điều %1."), start. */
export function lvl(ilvl: number, fmt: string, text: string, start = 1, pStyle?: string): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}<w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/></w:lvl>`;
}

export function abstractNum(id: number, levels: string[]): string {
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
}

export function num(id: number, abstractId: number, restartAt?: number): string {
  const override = restartAt === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restartAt}"/></w:lvlOverride>`;
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}
