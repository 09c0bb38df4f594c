/**
 * A strict XML 1.0 well-formedness check, enough to say whether Word will open a part at all:
 * valid UTF-8; only characters XML allows (no C0 control but tab, LF and CR; no U+FFFE/U+FFFF);
 * one root element; balanced, properly nested tags; attributes quoted, unique, without "<";
 * only the five predefined entities and character references to allowed characters; no "]]>" in
 * text; comments without "--"; no DOCTYPE (OOXML has none). Namespaces are not checked.
 * Returns what is wrong, with the place, or undefined when the part is well-formed.
 */
export function xmlProblem(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (!isXmlChar(c)) return `character U+${c.toString(16).toUpperCase().padStart(4, '0')} not allowed in XML ${near(text, i)}`;
    if (c > 0xffff) i++;
  }
  return new Checker(text).run();
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function near(text: string, at: number): string {
  return `at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`;
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9._:\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

class Checker {
  private at = 0;
  private readonly open: string[] = [];
  private roots = 0;

  constructor(private readonly text: string) {}

  run(): string | undefined {
    try {
      if (this.text.startsWith('<?xml')) this.instruction(true);
      while (this.at < this.text.length) {
        if (this.text.startsWith('<!--', this.at)) this.comment();
        else if (this.text.startsWith('<?', this.at)) this.instruction(false);
        else if (this.text.startsWith('<![CDATA[', this.at)) this.cdata();
        else if (this.text.startsWith('<!', this.at)) this.fail('a DOCTYPE or other declaration');
        else if (this.text.startsWith('</', this.at)) this.endTag();
        else if (this.text[this.at] === '<') this.startTag();
        else this.characters();
      }
      if (this.open.length > 0) this.fail(`unclosed <${this.open[this.open.length - 1]}>`);
      if (this.roots !== 1) this.fail(`${this.roots} root elements`);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  private fail(what: string): never {
    throw new Error(`${what} ${near(this.text, this.at)}`);
  }

  private name(): string {
    NAME.lastIndex = this.at;
    const m = NAME.exec(this.text);
    if (!m) this.fail('a name expected');
    this.at += m[0].length;
    return m[0];
  }

  private space(): number {
    SPACE.lastIndex = this.at;
    const length = SPACE.exec(this.text)![0].length;
    this.at += length;
    return length;
  }

  private expect(s: string): void {
    if (!this.text.startsWith(s, this.at)) this.fail(`"${s}" expected`);
    this.at += s.length;
  }

  private until(end: string, what: string): string {
    const stop = this.text.indexOf(end, this.at);
    if (stop < 0) this.fail(`unterminated ${what}`);
    const body = this.text.slice(this.at, stop);
    this.at = stop + end.length;
    return body;
  }

  private comment(): void {
    this.at += 4;
    const body = this.until('-->', 'comment');
    if (body.includes('--') || body.endsWith('-')) this.fail('"--" inside a comment');
  }

  private instruction(declaration: boolean): void {
    this.at += 2;
    const target = this.name();
    if (!declaration && target.toLowerCase() === 'xml') this.fail('an XML declaration not at the start');
    this.until('?>', 'processing instruction');
  }

  private cdata(): void {
    if (this.open.length === 0) this.fail('CDATA outside the root element');
    this.at += 9;
    this.until(']]>', 'CDATA section');
  }

  private startTag(): void {
    if (this.open.length === 0 && this.roots++ > 0) this.fail('a second root element');
    this.at++;
    const name = this.name();
    const seen = new Set<string>();
    for (;;) {
      const spaced = this.space();
      if (this.text.startsWith('/>', this.at)) { this.at += 2; return; }
      if (this.text[this.at] === '>') { this.at++; this.open.push(name); return; }
      if (!spaced) this.fail('white space expected between attributes');
      const attribute = this.name();
      if (seen.has(attribute)) this.fail(`attribute ${attribute} twice`);
      seen.add(attribute);
      this.space();
      this.expect('=');
      this.space();
      const quote = this.text[this.at];
      if (quote !== '"' && quote !== "'") this.fail('a quoted attribute value expected');
      this.at++;
      const stop = this.text.indexOf(quote, this.at);
      if (stop < 0) this.fail('unterminated attribute value');
      this.references(this.text.slice(this.at, stop), this.at, true);
      this.at = stop + 1;
    }
  }

  private endTag(): void {
    this.at += 2;
    const name = this.name();
    this.space();
    this.expect('>');
    const expected = this.open.pop();
    if (expected !== name) this.fail(`</${name}> closes <${expected ?? 'nothing'}>`);
  }

  private characters(): void {
    const stop = this.text.indexOf('<', this.at);
    const end = stop < 0 ? this.text.length : stop;
    const chunk = this.text.slice(this.at, end);
    if (this.open.length === 0 && chunk.trim() !== '') this.fail('text outside the root element');
    if (chunk.includes(']]>')) this.fail('"]]>" in text');
    this.references(chunk, this.at, false);
    this.at = end;
  }

  /** Every "&" starts a predefined entity or a reference to an allowed character. */
  private references(chunk: string, offset: number, inAttribute: boolean): void {
    if (inAttribute && chunk.includes('<')) { this.at = offset + chunk.indexOf('<'); this.fail('"<" in an attribute value'); }
    for (let i = chunk.indexOf('&'); i >= 0; i = chunk.indexOf('&', i + 1)) {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(chunk);
      if (!m) { this.at = offset + i; this.fail('"&" that starts no valid reference'); }
      const code = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? parseInt(m[3], 16) : undefined;
      if (code !== undefined && !isXmlChar(code)) { this.at = offset + i; this.fail('a reference to a character XML does not allow'); }
    }
  }
}
