import type { Rule } from './rule.js';
import { ct001 } from './ct001-unknown-reference.js';
import { ct002 } from './ct002-duplicate-id.js';
import { ct003 } from './ct003-lead-also-coordinating.js';
import { ct004 } from './ct004-time-outside-year.js';
import { ct005 } from './ct005-deadline-before-issue.js';
import { ct006 } from './ct006-quarter-roman.js';
import { ct007 } from './ct007-hdnd-term.js';
import { ct008 } from './ct008-term-date.js';
import { ct009 } from './ct009-ky-hieu.js';
import { ct010 } from './ct010-date-phrase.js';
import { ct011 } from './ct011-collective-signs-tm.js';
import { ct012 } from './ct012-kt-deputy.js';
import { ct013 } from './ct013-academic-title.js';
import { ct014 } from './ct014-admin-level-period.js';
import { ct015 } from './ct015-legal-basis-period.js';
import { ct016 } from './ct016-not-nfc.js';
import { ct017 } from './ct017-mixed-tone-placement.js';
import { ct018 } from './ct018-recipients-luu.js';
import { ct019 } from './ct019-report-items.js';
import { ct020 } from './ct020-stale-year.js';
import { ct021 } from './ct021-party-locality.js';
import { ct022 } from './ct022-unit-word-case.js';
import { ct023 } from './ct023-invisible-characters.js';
import { ct024 } from './ct024-abolished-unit-mention.js';
import { ct025 } from './ct025-signer-name.js';
import { ct026 } from './ct026-program-year.js';
import { ct030 } from './ct030-figure-share.js';

/** Every domain rule, in id order. Ids are stable: a retired rule's id is never reused. */
export const RULES: readonly Rule[] = [
  ct001, ct002, ct003, ct004, ct005, ct006, ct007, ct008, ct009, ct010, ct011, ct012, ct013,
  ct014, ct015, ct016, ct017, ct018, ct019, ct020, ct021, ct022, ct023, ct024, ct025, ct026, ct030,
];
