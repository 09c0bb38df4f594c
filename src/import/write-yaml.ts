import { Document, isPair, isScalar, isSeq, visit } from 'yaml';

/**
 * The imported document as YAML the way the examples are written: the schema modeline first, block
 * style, short lists of ids on one line, no line folding (a clerk edits long paragraphs as one line).
 */
export function documentYaml(data: Record<string, unknown>, schemaPath: string, comment?: string): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isSeq(pair.value)) return;
      const key = String(pair.key.value);
      if ((key === 'phoi_hop' || key === 'ten_tieu_de') && pair.value.items.every((i) => isScalar(i))) pair.value.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const head = [`# yaml-language-server: $schema=${schemaPath}`];
  if (comment) head.push(...comment.split('\n').map((l) => `# ${l}`));
  return `${head.join('\n')}\n${body}`;
}
