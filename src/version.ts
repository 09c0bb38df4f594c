// The version printed by `cochuong --version`: package.json's, bundled at build time (one home).
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
