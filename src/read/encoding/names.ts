import type { LegacyEncoding } from './types.js';

/** Names to show a clerk: the encoding and the fonts that go with it. */
export const ENCODING_NAMES: Record<LegacyEncoding, { vi: string; en: string }> = {
  tcvn3: { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  vni: { vi: 'VNI-Windows (phông VNI-Times)', en: 'VNI-Windows (VNI-Times fonts)' },
  cp1258: { vi: 'Windows-1258', en: 'Windows-1258' },
};
