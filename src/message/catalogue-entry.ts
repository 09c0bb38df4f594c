import type { Severity, Stage, Text } from './message.js';

/**
 * What `cochuong rules` lists and `cochuong explain ID` prints, for every message id,
 * whether it comes from a domain rule or from reading, parsing or the schema.
 */
export interface CatalogueEntry {
  id: string;
  /** Short English name, kebab-case (like markdownlint's aliases). */
  name: string;
  stage: Stage;
  severity: Severity;
  description: Text;
  /** Longer explanation: why the rule exists, where it comes from. */
  rationale?: Text;
  /** A YAML fragment that triggers the message, and the same fragment fixed. */
  bad?: string;
  good?: string;
}
