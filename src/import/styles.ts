import { child, childrenNamed, toggle, val, type XmlElement } from './xml.js';

/** What the importer needs from styles.xml: per style its name, parent, numbering, bold/italic/caps and font. */
export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  font?: string;
  jc?: string;
  outline?: number;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
  /** The font of docDefaults (old TCVN3 files often declare .VnTime only there). */
  defaultFont?: string;
}

export function runFont(rPr: XmlElement | undefined): string | undefined {
  const f = child(rPr, 'w:rFonts');
  return f ? f.attrs['w:ascii'] ?? f.attrs['w:hAnsi'] ?? f.attrs['w:cs'] : undefined;
}

export function readStyles(root: XmlElement | undefined): Styles {
  const styles: Styles = { byId: new Map() };
  const top = root ? child(root, 'w:styles') : undefined;
  if (!top) return styles;
  const defaults = child(child(child(top, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  styles.defaultFont = runFont(defaults);
  for (const s of childrenNamed(top, 'w:style')) {
    const id = s.attrs['w:styleId'] ?? '';
    const pPr = child(s, 'w:pPr');
    const rPr = child(s, 'w:rPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = val(pPr, 'w:outlineLvl');
    const info: StyleInfo = {
      id, name: val(s, 'w:name') ?? id, basedOn: val(s, 'w:basedOn'),
      numId: val(numPr, 'w:numId'), ilvl: val(numPr, 'w:ilvl') === undefined ? undefined : Number(val(numPr, 'w:ilvl')),
      bold: toggle(rPr, 'w:b'), italic: toggle(rPr, 'w:i'), caps: toggle(rPr, 'w:caps'), font: runFont(rPr),
      jc: val(pPr, 'w:jc'), outline: outline === undefined ? undefined : Number(outline),
    };
    styles.byId.set(id, info);
    if (s.attrs['w:type'] === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) styles.defaultParagraph = id;
  }
  return styles;
}

/** A property looked up through the style and its basedOn chain (bounded: a cycle ends it). */
export function styleProp<K extends keyof StyleInfo>(styles: Styles, id: string | undefined, key: K): StyleInfo[K] | undefined {
  let cur = id;
  for (let depth = 0; cur !== undefined && depth < 20; depth++) {
    const s = styles.byId.get(cur);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    cur = s.basedOn;
  }
  return undefined;
}

/** Heading level of a style: by outline level or by a name such as "heading 2" / "Heading2". */
export function headingLevel(styles: Styles, id: string | undefined): number | undefined {
  const outline = styleProp(styles, id, 'outline');
  if (outline !== undefined && outline < 9) return outline + 1;
  const name = id === undefined ? undefined : styles.byId.get(id)?.name ?? id;
  const m = name ? /^heading\s*(\d)$/i.exec(name.trim()) : null;
  return m ? Number(m[1]) : undefined;
}
