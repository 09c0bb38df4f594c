import { inflateRawSync } from 'node:zlib';

/** One part of a DOCX (a zip), read from its central directory: enough to look at word/document.xml in tests. */
export function docxPart(zip: Uint8Array, name: string): string {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = buffer.length - 22; i >= 0; i--) if (buffer.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  if (end < 0) throw new Error('not a zip file');
  let offset = buffer.readUInt32LE(end + 16);
  for (let n = buffer.readUInt16LE(end + 10); n > 0; n--) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const local = buffer.readUInt32LE(offset + 42);
    if (buffer.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  throw new Error(`no ${name} in the zip`);
}

const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

/** The revisions of a WordprocessingML part: each w:ins / w:del with its attributes and its text. */
export function revisions(xml: string): { kind: 'ins' | 'del'; author: string; date: string; text: string }[] {
  return [...xml.matchAll(/<w:(ins|del) ([^>]*)>([\s\S]*?)<\/w:\1>/g)].map((m) => ({
    kind: m[1] as 'ins' | 'del',
    author: /w:author="([^"]*)"/.exec(m[2])?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(m[2])?.[1] ?? '',
    text: decode([...m[3].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join('')),
  }));
}
