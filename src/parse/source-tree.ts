import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';

/** A path into the document: keys and list indexes. */
export type DataPath = (string | number)[];

export function pathKey(path: DataPath): string {
  return path.map(String).join('\u0000');
}

/** An unquoted number whose source text differs from its value (0901234567 → 901234567). */
export interface NumberTrap {
  source: string;
  value: number;
}

export class TreeProblem extends Error {
  constructor(readonly kind: 'alias-cycle' | 'alias-budget' | 'alias-missing' | 'too-deep' | 'complex-key', readonly node: Node | null) {
    super(kind);
  }
}

export interface SourceTree {
  data: unknown;
  /** Strings that were not in Unicode NFC in the file; `data` holds them normalised. */
  nonNfc: { path: DataPath; value: string }[];
  numberTraps: Map<string, NumberTrap>;
}

const ALIAS_NODE_BUDGET = 100_000;
const MAX_DEPTH = 128;

/**
 * Builds plain data from the YAML tree ourselves rather than with `toJS`, so that: every string
 * is NFC, `__proto__`/`constructor` keys stay ordinary data, aliases are bounded and cycles caught,
 * and number traps are noted with their path.
 */
export function buildTree(doc: Document): SourceTree {
  const tree: SourceTree = { data: undefined, nonNfc: [], numberTraps: new Map() };
  let aliasNodes = 0;
  const resolving = new Set<Node>();
  const targets = aliasTargets(doc);

  const build = (node: unknown, path: DataPath, inAlias: boolean): unknown => {
    if (path.length > MAX_DEPTH) throw new TreeProblem('too-deep', node as Node);
    if (inAlias && ++aliasNodes > ALIAS_NODE_BUDGET) throw new TreeProblem('alias-budget', node as Node);
    if (node == null) return null;
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string') {
        const nfc = value.normalize('NFC');
        if (nfc !== value && !inAlias) tree.nonNfc.push({ path, value });
        return nfc;
      }
      if (typeof value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string' && node.source !== String(value)) {
        tree.numberTraps.set(pathKey(path), { source: node.source, value });
      }
      return value;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode && !isScalar(keyNode)) throw new TreeProblem('complex-key', keyNode);
        const key = keyNode == null ? '' : String(keyNode.value).normalize('NFC');
        // defineProperty: "__proto__" must become a key, never the object's prototype.
        Object.defineProperty(out, key, { value: build(pair.value, [...path, key], inAlias), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => build(item, [...path, i], inAlias));
    if (isAlias(node)) {
      const target = targets.get(node);
      if (!target) throw new TreeProblem('alias-missing', node as unknown as Node);
      if (resolving.has(target)) throw new TreeProblem('alias-cycle', node as unknown as Node);
      resolving.add(target);
      try {
        return build(target, path, true);
      } finally {
        resolving.delete(target);
      }
    }
    return null;
  };
  tree.data = build(doc.contents, [], false);
  return tree;
}

/**
 * Each alias's target, found in one pass in document order (an alias names the latest anchor
 * before it). `Alias.resolve` searches the whole document per alias: quadratic on many aliases.
 */
function aliasTargets(doc: Document): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      anchors.set(node.anchor, node);
    }
  });
  return targets;
}

/** The node at a path, following aliases; with `key`, the key of the last step instead of its value. */
export function findNode(doc: Document, path: DataPath, key = false): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    while (isAlias(node)) node = node.resolve(doc);
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value).normalize('NFC') === String(step));
      if (!pair) return node as Node;
      if (key && i === path.length - 1) return (pair.key as Node) ?? undefined;
      node = pair.value ?? pair.key; // "a:" with no value: point at the key
    } else if (isSeq(node) && typeof step === 'number') {
      if (step >= node.items.length) return node as Node;
      node = node.items[step];
    } else {
      return (node as Node) ?? undefined;
    }
  }
  return (node as Node) ?? undefined;
}
