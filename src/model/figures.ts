import type { SoLieu } from './schema-types.js';

/**
 * The typed figures of a report's results (so_lieu): how each is named in print, which pairs give a
 * percentage (received → resolved), and sums over the report. Data and arithmetic; no wording of
 * documents beyond the figures' names.
 */
export type Figures = SoLieu;
export type FigureKey = Exclude<keyof SoLieu, 'khac'>;

export interface FigureInfo {
  /** As printed in the results table: "hội nghị tiếp xúc cử tri". */
  vi: string;
  en: string;
  /** The figure this one is a part of, for its percentage (resolved of received). */
  of?: FigureKey;
}

/** In the order a results table prints them. */
export const FIGURES: Readonly<Record<FigureKey, FigureInfo>> = {
  cuoc_giam_sat: { vi: 'cuộc giám sát', en: 'supervision visits' },
  cuoc_khao_sat: { vi: 'cuộc khảo sát', en: 'surveys' },
  hoi_nghi_phan_bien: { vi: 'hội nghị phản biện xã hội', en: 'social-criticism conferences' },
  hoi_nghi_tiep_xuc_cu_tri: { vi: 'hội nghị tiếp xúc cử tri', en: 'voter meetings' },
  luot_cu_tri: { vi: 'lượt cử tri', en: 'voter attendances' },
  kien_nghi_nhan: { vi: 'ý kiến, kiến nghị nhận được', en: 'opinions and petitions received' },
  kien_nghi_da_giai_quyet: { vi: 'ý kiến, kiến nghị đã giải quyết', en: 'opinions and petitions resolved', of: 'kien_nghi_nhan' },
  luot_tiep_cong_dan: { vi: 'lượt tiếp công dân', en: 'citizens received' },
  don_thu_nhan: { vi: 'đơn thư nhận được', en: 'letters and complaints received' },
  don_thu_da_giai_quyet: { vi: 'đơn thư đã giải quyết', en: 'letters and complaints resolved', of: 'don_thu_nhan' },
};

export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

export interface FigureLine {
  /** The typed key, or undefined for a figure of `khac`. */
  key?: FigureKey;
  name: { vi: string; en: string };
  value: number;
  unit?: string;
  /** Percent of the whole it belongs to (resolved of received; so of tren), when that whole is known and not 0. */
  percent?: number;
  of?: number;
}

/** One result's figures, in table order: the typed ones, then the others as written. */
export function figureLines(figures: Figures | undefined): FigureLine[] {
  if (!figures) return [];
  const lines: FigureLine[] = [];
  for (const key of FIGURE_KEYS) {
    const value = figures[key];
    if (value === undefined) continue;
    const info = FIGURES[key];
    const whole = info.of ? figures[info.of] : undefined;
    lines.push({ key, name: { vi: info.vi, en: info.en }, value, ...withPercent(value, whole) });
  }
  for (const other of figures.khac ?? []) {
    lines.push({ name: { vi: other.ten, en: other.ten }, value: other.so, unit: other.don_vi, ...withPercent(other.so, other.tren) });
  }
  return lines;
}

function withPercent(value: number, whole: number | undefined): { percent?: number; of?: number } {
  return whole !== undefined && whole > 0 ? { percent: (value / whole) * 100, of: whole } : {};
}

/** The sums of the typed figures over all results, with the percentages of the sums. */
export function figureTotals(all: readonly (Figures | undefined)[]): FigureLine[] {
  const sums: Partial<Record<FigureKey, number>> = {};
  for (const figures of all) {
    if (!figures) continue;
    for (const key of FIGURE_KEYS) if (figures[key] !== undefined) sums[key] = (sums[key] ?? 0) + figures[key]!;
  }
  return figureLines(sums as Figures);
}

/** Resolved counts that exceed what was received: a figure typed wrong. */
export function impossibleShares(figures: Figures | undefined): { key: FigureKey; value: number; of: FigureKey; whole: number }[] {
  if (!figures) return [];
  const found = [];
  for (const key of FIGURE_KEYS) {
    const of = FIGURES[key].of;
    const value = figures[key];
    const whole = of ? figures[of] : undefined;
    if (of && value !== undefined && whole !== undefined && value > whole) found.push({ key, value, of, whole });
  }
  return found;
}

/** "92,5%" as Vietnamese writes it: one decimal at most, a comma for the point; "100%". */
export function percentVi(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  return `${String(rounded).replace('.', ',')}%`;
}

/** "1.250" (dots group thousands in Vietnamese). */
export function numberVi(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "198/214 ý kiến, kiến nghị đã giải quyết (92,5%)", "12 hội nghị tiếp xúc cử tri". */
export function figurePhrase(line: FigureLine): string {
  const count = line.of !== undefined && line.key ? `${numberVi(line.value)}/${numberVi(line.of)}` : numberVi(line.value);
  const unit = line.unit ? ` ${line.unit}` : '';
  const share = line.percent !== undefined ? ` (${percentVi(line.percent)}${line.key ? '' : ` trên ${numberVi(line.of!)}`})` : '';
  return `${count}${unit} ${line.name.vi}${share}`;
}
