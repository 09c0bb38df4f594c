import type { CatalogueEntry } from './message/catalogue-entry.js';
import { READ_CODES } from './read/codes.js';
import { YAML_CODES } from './parse/codes.js';
import { SCHEMA_CODES } from './schema/codes.js';
import { RULES } from './rules/catalogue.js';
import { CONFIG_CODES } from './config/codes.js';
import { WRITE_CODES } from './write/codes.js';
import { DIFF_CODES } from './diff/codes.js';
import { FIX_CODES } from './fix/codes.js';
import { IMPORT_CODES } from './import/codes.js';
import { RENDER_CODES } from './render/codes.js';
import { CYCLE_CODES } from './cycle/codes.js';

/** Every message id the tool can emit, for `cochuong rules` and `cochuong explain`. */
export function catalogue(): CatalogueEntry[] {
  return [...Object.values(READ_CODES), ...Object.values(YAML_CODES), ...Object.values(SCHEMA_CODES), ...Object.values(WRITE_CODES), ...Object.values(FIX_CODES), ...Object.values(IMPORT_CODES), ...Object.values(DIFF_CODES), ...Object.values(RENDER_CODES), ...Object.values(CONFIG_CODES), ...Object.values(CYCLE_CODES), ...RULES];
}

export function findEntry(id: string): CatalogueEntry | undefined {
  const wanted = id.trim().toUpperCase();
  return catalogue().find((e) => e.id === wanted || e.name === id.trim().toLowerCase());
}
