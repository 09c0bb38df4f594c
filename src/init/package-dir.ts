import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder cochuong is installed in (it holds schemas/ and examples/), from src/ or from dist/. */
export function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'schemas', 'cochuong.schema.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cochuong: the schemas/ folder is missing from the installation');
}

/** The installed JSON Schema of documents. */
export const schemaPath = (): string => join(packageDir(), 'schemas', 'cochuong.schema.json');
