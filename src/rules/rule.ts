import type { CatalogueEntry } from '../message/catalogue-entry.js';
import type { Severity, Text } from '../message/message.js';
import type { CochuongDocument, DocumentKind } from '../model/document.js';
import type { DataPath } from '../parse/source-tree.js';

/** What a rule sees: the document (already valid against the schema) and a little about its source. */
export interface RuleContext {
  file: string;
  doc: CochuongDocument;
  /** Strings that were not NFC in the file (the document holds them normalised). */
  nonNfc: { path: DataPath; value: string }[];
  /** Loads another document named by this one (a report's program), relative to this file. */
  loadRelated(relativePath: string): RelatedDocument;
}

export type RelatedDocument =
  | { ok: true; doc: CochuongDocument }
  | { ok: false; reason: Text };

export interface RuleReport {
  /** Where: the path of the value (or of its key, with `key`). */
  path: DataPath;
  key?: boolean;
  message: Text;
  actual?: string;
  expected?: string[];
  note?: Text;
  /** Only for rules whose findings differ in weight (e.g. a local type code is a warning). */
  severity?: Severity;
}

/**
 * One domain rule, one file (after markdownlint's lib/md001.mjs): an id that never changes,
 * a name, a severity, text in both languages, a bad and a good example, and one function that
 * reports through a callback.
 */
export interface Rule extends CatalogueEntry {
  stage: 'rule';
  /** The kinds of document the rule applies to; all when absent. */
  kinds?: DocumentKind[];
  rationale: Text;
  /**
   * Rules whose findings follow from this rule's, when it reports: they are left out and counted in
   * its message ("… và 9 chỗ khác"), so that the cause comes first and alone.
   */
  folds?: string[];
  bad: string;
  good: string;
  check(context: RuleContext, report: (finding: RuleReport) => void): void;
}
