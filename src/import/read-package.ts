import { Numbering } from './numbering.js';
import { parseBody, type TrackedMode, type WordBody } from './parse-wordml.js';
import { ZipArchive, type ZipLimits } from './read-zip.js';
import { readStyles } from './styles.js';
import { descendants, parseXml, textOf } from './xml.js';
import { UNPRINTED_PROPERTY } from '../model/unprinted.js';

/** The parts of a Word package the importer reads, and what they hold besides the body. */
export interface WordPackage extends WordBody {
  /** Comments in word/comments.xml (listed, never body text). */
  commentCount: number;
  /** The "cochuong" custom property of a cochuong rendering (facts the page does not show), as JSON. */
  unprinted?: string;
}

export class NotWordError extends Error {}

export function readWordPackage(bytes: Uint8Array, mode: TrackedMode, limits?: ZipLimits): WordPackage {
  const zip = new ZipArchive(bytes, limits);
  const documentXml = zip.text('word/document.xml');
  if (documentXml === undefined) throw new NotWordError('no word/document.xml');
  const part = (name: string) => { const t = zip.text(name); return t === undefined ? undefined : parseXml(t); };
  const styles = readStyles(part('word/styles.xml'));
  const numbering = new Numbering(part('word/numbering.xml'));
  const body = parseBody(documentXml, styles, numbering, mode);
  const comments = zip.text('word/comments.xml');
  const commentCount = comments ? (comments.match(/<w:comment\b/g) ?? []).length : 0;
  const custom = part('docProps/custom.xml');
  const property = custom ? descendants(custom, 'property').find((p) => p.attrs.name === UNPRINTED_PROPERTY) : undefined;
  const unprinted = property ? textOf(property) : undefined;
  return { ...body, commentCount, unprinted };
}
