import type { Message } from '../../src/message/message.js';
import { checkDocument } from './documents.js';

/** The messages of one rule for a document run through the whole pipeline, with the source lines they point at. */
export function placed(doc: unknown, ruleId: string) {
  const { text, result } = checkDocument(doc);
  const lines = text.split('\n');
  return result.messages
    .filter((m: Message) => m.ruleId === ruleId)
    .map((m: Message) => {
      const line = lines[m.place!.start.line - 1];
      return { message: m, line, at: line.slice(m.place!.start.column - 1) };
    });
}

/** Every message of the pipeline, to show that a valid document stays clean. */
export function allMessages(doc: unknown): Message[] {
  return checkDocument(doc).result.messages;
}
