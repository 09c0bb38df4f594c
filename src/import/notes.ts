import type { Text } from '../message/message.js';

/** What the importer tells the clerk: a guess it made, or text it could not place (kept in the nearest field). */
export interface ImportNote {
  kind: 'guess' | 'unplaced' | 'info';
  /** Paragraph number in the Word body (1-based), when the note is about one. */
  paragraph?: number;
  text: Text;
}

export class Notes {
  readonly list: ImportNote[] = [];
  guess(vi: string, en: string, paragraph?: number): void { this.list.push({ kind: 'guess', paragraph, text: { vi, en } }); }
  unplaced(vi: string, en: string, paragraph?: number): void { this.list.push({ kind: 'unplaced', paragraph, text: { vi, en } }); }
  info(vi: string, en: string, paragraph?: number): void { this.list.push({ kind: 'info', paragraph, text: { vi, en } }); }
}
