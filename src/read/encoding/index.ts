// Tells what a file's bytes are (UTF-8/16/32, a legacy Vietnamese encoding, a binary format) and
// converts the legacy encodings TCVN3, VNI-Windows and Windows-1258 to Unicode.
export type { BinaryFormat, ByteKind, LegacyEncoding, Mojibake } from './types.js';
export { detectBytes } from './detect.js';
export { decodeLegacy } from './decode.js';
export { findMojibake } from './mojibake.js';
export { ENCODING_NAMES } from './names.js';
