import type { Rule } from './rule.js';
import { ct001 } from './ct001-unknown-reference.js';
import { ct002 } from './ct002-duplicate-id.js';
import { ct003 } from './ct003-lead-also-coordinating.js';

/** Every domain rule, in id order. Ids are stable: a retired rule's id is never reused. */
export const RULES: readonly Rule[] = [ct001, ct002, ct003];
