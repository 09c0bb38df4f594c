import type { HelperOptions } from 'handlebars';

/**
 * How much one rendering may write: a template is code a clerk may edit, and nine nested
 * {{#each @root.noi_dung}} in a 300-byte template once ran 47 s and took 2.2 GB before failing.
 * Every block a loop writes is counted (a nested block's text is counted again at each level, so
 * the count is an upper bound); past the limit the rendering stops with a template error.
 * A real document writes a few hundred KB.
 */
export const RENDER_BUDGET_CHARS = 32 * 1024 * 1024;

export class RenderBudgetError extends Error {
  constructor(readonly limit: number) {
    super('render budget exceeded');
  }
}

const spent = new WeakMap<object, number>();

/** Starts the count again for a rendering of `root`. */
export function resetBudget(root: object): void {
  spent.delete(root);
}

/** Counts `chars` written for the rendering of `root`; throws once the budget is gone. */
export function spend(root: object, chars: number, limit = RENDER_BUDGET_CHARS): void {
  const total = (spent.get(root) ?? 0) + chars;
  spent.set(root, total);
  if (total > limit) throw new RenderBudgetError(limit);
}

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** Handlebars' `each`, counting what every pass writes (and each pass itself, so empty passes are bounded too). */
export function countedEach(each: Helper, limit = RENDER_BUDGET_CHARS): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HelperOptions & { data?: { root?: unknown } };
    const root = options?.data?.root;
    if (root && typeof root === 'object' && typeof options.fn === 'function') {
      const fn = options.fn;
      options.fn = ((context: unknown, more?: unknown) => {
        const out = (fn as (c: unknown, m?: unknown) => string)(context, more);
        spend(root, out.length + 1, limit);
        return out;
      }) as typeof options.fn;
    }
    return each.apply(this, args);
  };
}
