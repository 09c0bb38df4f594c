/** Vietnamese 8-bit encodings that still circulate in old offices. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'cp1258';

export type BinaryFormat =
  | 'docx' | 'xlsx' | 'odt' | 'zip' | 'doc' | 'pdf' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'unknown';

/** What a file's bytes are. Lines and columns are 1-based; columns count characters (code points). */
export type ByteKind =
  | { kind: 'utf8'; bom: boolean }
  | { kind: 'utf16'; endian: 'le' | 'be'; bom: boolean }
  | { kind: 'utf32'; endian: 'le' | 'be' }
  | { kind: 'legacy'; encoding: LegacyEncoding; confidence: 'high' | 'low' }
  | { kind: 'binary'; format: BinaryFormat }
  | { kind: 'invalid-utf8'; offset: number; line: number; column: number };

/** A legacy-encoded word found inside valid Unicode text (`offset` is a string index). */
export interface Mojibake {
  offset: number;
  line: number;
  column: number;
  sample: string;
  likely: LegacyEncoding;
}
