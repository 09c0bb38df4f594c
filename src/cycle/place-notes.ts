import { LineCounter, parseDocument } from 'yaml';
import { nodePlace } from '../parse/parse-yaml.js';
import { createMessage, type Message } from '../message/message.js';
import { CYCLE_CODES } from './codes.js';
import type { CycleNote } from './next-period.js';

/** The notes as messages placed on the lines of the document just made (its key, or its value). */
export function placeNotes(file: string, source: string, notes: readonly CycleNote[]): Message[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  return notes.map((n) => {
    const entry = CYCLE_CODES[n.code];
    let node: unknown = doc.getIn(n.path, true);
    if (n.key || !node) {
      const parent = n.path.length > 1 ? doc.getIn(n.path.slice(0, -1), true) : doc.contents;
      const pair = (parent as { items?: { key?: { value?: unknown } }[] } | undefined)?.items?.find?.((p) => p.key?.value === n.path[n.path.length - 1]);
      node = pair?.key ?? node;
    }
    return createMessage({ file, source: 'cycle', severity: entry.severity, ruleId: entry.id, path: n.path,
      place: nodePlace(lineCounter, node as Parameters<typeof nodePlace>[1]), reason: n.message, note: n.note, actual: n.actual });
  });
}
