import { createMessage, text, type Message } from '../message/message.js';
import { SCHEMA_CODES } from './codes.js';
import schema from '../../schemas/cochuong.schema.json' with { type: 'json' };

const DOCUMENT_KEYS = new Set(Object.keys(schema.properties));

/**
 * A mapping plainly not a cochuong document: no `loai`, and at most one key the format knows
 * (another tool's configuration). One warning instead of a screen of schema errors.
 */
export function foreignDocument(file: string, data: unknown): Message | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.includes('loai') || keys.filter((k) => DOCUMENT_KEYS.has(k)).length > 1) return undefined;
  const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', …' : '');
  return createMessage({ file, source: 'schema', severity: 'warning', ruleId: SCHEMA_CODES.foreign.id,
    place: { start: { line: 1, column: 1, offset: 0 } },
    reason: text(`Tệp này không phải văn bản cochuong, bỏ qua: không có "loai:", các khóa (${shown}) là của công cụ khác.`,
      `This file is not a cochuong document, skipped: no "loai:", and its keys (${shown}) are another tool's.`),
    note: text('Nếu đây là văn bản phối hợp, bắt đầu tệp bằng "loai: chuong_trinh" (hoặc quy_che, bao_cao) như các tệp trong examples/.',
      'If this is a coordination document, start it with "loai: chuong_trinh" (or quy_che, bao_cao) like the files in examples/.') });
}
