/** The part of ajv's ErrorObject we use (verbose mode), without importing ajv at run time. */
export interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: { title?: string; description?: string; properties?: Record<string, { title?: string; description?: string }>; [k: string]: unknown };
  data?: unknown;
}

/** "/ben/0/ky" → ["ben", 0, "ky"], using the data to tell list indexes from keys. */
export function toDataPath(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    current = current == null ? undefined : (current as Record<string | number, unknown>)[step];
  }
  return path;
}

/**
 * oneOf/anyOf report one error per branch. Keep, per alternative, only the branch that came
 * closest; when no branch had the right shape, keep the alternative's own error alone.
 */
export function collapseAlternatives(errors: AjvError[]): AjvError[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return errors.filter((e) => e.keyword !== 'if');
  // Innermost first, so nested alternatives are decided before their parents.
  alternatives.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  let remaining = errors.filter((e) => e.keyword !== 'if');
  for (const alt of alternatives) {
    if (!remaining.includes(alt)) continue;
    const prefix = alt.schemaPath + '/';
    const branches = new Map<string, AjvError[]>();
    for (const e of remaining) {
      if (e === alt || !e.schemaPath.startsWith(prefix) || !isWithin(e.instancePath, alt.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const all = new Set([...branches.values()].flat());
    let best: AjvError[] | undefined;
    let bestScore = Infinity;
    let tied = false;
    for (const branchErrors of branches.values()) {
      const score = branchErrors.reduce((sum, e) => sum + penalty(e, alt.instancePath), 0);
      if (score < bestScore) { bestScore = score; best = branchErrors; tied = false; }
      else if (score === bestScore) tied = true;
    }
    // An error below the alternative's value that no branch owns by its schema path came from a branch
    // through a $ref ({han: 2027-02-30}: the date's format, whose path is the referenced schema's own,
    // "#/format"): that branch had the right shape.
    const viaRef = remaining.some((e) => e !== alt && !all.has(e) && e.instancePath !== alt.instancePath
      && isWithin(e.instancePath, alt.instancePath) && !e.schemaPath.startsWith(prefix));
    if (viaRef) {
      remaining = remaining.filter((e) => e !== alt && !all.has(e));
      continue;
    }
    // A branch "came closest" when its type matched and no other branch is as close.
    const shapeMatched = best !== undefined && bestScore < 100 && !tied;
    remaining = remaining.filter((e) => (shapeMatched ? e !== alt : true) && (!all.has(e) || (shapeMatched && best!.includes(e))));
  }
  return remaining;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(parent + '/');
}

/** How far a branch is from the data: a wrong type or shape at the top counts much more than a detail. */
function penalty(e: AjvError, at: string): number {
  if (e.instancePath === at) {
    if (e.keyword === 'type' || e.keyword === 'enum' || e.keyword === 'const' || e.keyword === 'oneOf' || e.keyword === 'anyOf') return 100;
    if (e.keyword === 'required' || e.keyword === 'additionalProperties') return 10;
  }
  return 1;
}
