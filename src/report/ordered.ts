import type { CheckedFile } from '../check/check-source.js';
import { compareMessages, type Message } from '../message/message.js';

/** Every message of a run, by file then line and column (the order CI tools and people expect). */
export function orderedMessages(results: readonly CheckedFile[], extra: readonly Message[]): Message[] {
  return [...extra, ...results.flatMap((r) => r.messages)].sort(compareMessages);
}
