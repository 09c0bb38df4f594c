import { basename, dirname, join } from 'node:path';

/**
 * The draft's default file name: the source's name with its year (or term) moved on
 * ("soc-son-2020.yaml" → "soc-son-2021.yaml", "quy-che-2021-2026.yaml" → "quy-che-2026-2031.yaml"),
 * else the period added before the extension ("chuong-trinh.yaml" → "chuong-trinh-2021.yaml").
 */
export function nextFileName(file: string, from: string, to: string): string {
  const base = basename(file);
  const at = base.lastIndexOf(from);
  if (from !== '' && at >= 0) return join(dirname(file), base.slice(0, at) + to + base.slice(at + from.length));
  const ext = /\.ya?ml$/i.exec(base)?.[0] ?? '';
  return join(dirname(file), `${base.slice(0, base.length - ext.length)}-${to}${ext || '.yaml'}`);
}

/**
 * The report's default file name beside its program: "soc-son-2020.yaml" → "soc-son-bao-cao-2020.yaml"
 * (a mid-year review: "soc-son-so-ket-2020.yaml"); without a year in the name, "-bao-cao" is added.
 */
export function reportFileName(programFile: string, year: number, half: boolean): string {
  const base = basename(programFile);
  const word = half ? 'so-ket' : 'bao-cao';
  const at = base.lastIndexOf(String(year));
  if (at >= 0) return join(dirname(programFile), `${base.slice(0, at)}${word}-${base.slice(at)}`);
  const ext = /\.ya?ml$/i.exec(base)?.[0] ?? '.yaml';
  return join(dirname(programFile), `${base.replace(/\.ya?ml$/i, '')}-${word}${ext}`);
}
