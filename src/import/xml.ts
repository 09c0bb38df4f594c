/**
 * A small non-validating XML reader for the parts of a Word package: elements, attributes and
 * text, entities decoded; processing instructions, comments and the doctype skipped. Word's XML
 * is machine-written, so this is all it needs; a malformed part gives a shorter tree, never a loop.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'";
  });
}

const ATTR = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export interface ParseOptions {
  /**
   * Called when an element closes, with its parent; returning true drops it from the parent, so a
   * large part (a long document body) is handled one child at a time instead of held whole.
   */
  onClose?: (el: XmlElement, parent: XmlElement) => boolean;
}

export function parseXml(text: string, options: ParseOptions = {}): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const s = text.slice(i, end);
      // Whitespace between elements carries nothing in WordML (text lives in w:t, which keeps it).
      if (s.trim() !== '' || stack[stack.length - 1].name.endsWith(':t') || stack[stack.length - 1].name.endsWith(':delText') || stack[stack.length - 1].name.endsWith(':instrText')) {
        stack[stack.length - 1].children.push(decodeEntities(s));
      }
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) { const e = text.indexOf('-->', lt); i = e < 0 ? n : e + 3; continue; }
    if (text.startsWith('<![CDATA[', lt)) {
      const e = text.indexOf(']]>', lt);
      stack[stack.length - 1].children.push(text.slice(lt + 9, e < 0 ? n : e));
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (text[lt + 1] === '?' || text[lt + 1] === '!') { const e = text.indexOf('>', lt); i = e < 0 ? n : e + 1; continue; }
    const gt = findTagEnd(text, lt);
    if (gt < 0) break;
    const body = text.slice(lt + 1, gt);
    i = gt + 1;
    if (body[0] === '/') {
      const name = body.slice(1).trim();
      // Close up to the matching element; a stray end tag closes nothing.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === name) {
          const el = stack[k];
          const parent = stack[k - 1];
          stack.length = k;
          if (options.onClose?.(el, parent)) parent.children.pop();
          break;
        }
      }
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = space < 0 ? inner : inner.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space >= 0) {
      ATTR.lastIndex = 0;
      const rest = inner.slice(space);
      for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
    }
    const el: XmlElement = { name, attrs, children: [] };
    const parent = stack[stack.length - 1];
    parent.children.push(el);
    if (!selfClosing) stack.push(el);
    else if (options.onClose?.(el, parent)) parent.children.pop();
  }
  return root;
}

/** The '>' ending the tag at `lt`, skipping quoted attribute values. */
function findTagEnd(text: string, lt: number): number {
  let quote = '';
  for (let k = lt + 1; k < text.length; k++) {
    const c = text[k];
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  return -1;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** Every descendant with this name, depth first. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** w:val of a child such as <w:jc w:val="center"/>. */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** A toggle property (<w:b/>, <w:b w:val="0"/>): true, false, or undefined when absent. */
export function toggle(el: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}
