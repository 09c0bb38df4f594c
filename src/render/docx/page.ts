/**
 * The page of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins within the decree's ranges,
 * Times New Roman, body 13–14 pt. Values a clerk may choose are checked against those ranges.
 */

/** A4 in twips; constants, because converting millimetres rounds down. */
export const A4 = { width: 11906, height: 16838 } as const;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageSetup {
  /** Millimetres. */
  margins: Margins;
  /** Body text size in points: 13 or 14. */
  bodySize: 13 | 14;
}

export const DEFAULT_PAGE: PageSetup = { margins: { top: 20, bottom: 20, left: 30, right: 15 }, bodySize: 14 };

/** The decree's ranges, in millimetres. */
export const MARGIN_RANGES: Readonly<Record<keyof Margins, [number, number]>> = {
  top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20],
};

export const FONT = 'Times New Roman';

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Width between the margins, in twips. */
export function textWidth(page: PageSetup): number {
  return A4.width - mmToTwips(page.margins.left) - mmToTwips(page.margins.right);
}

/** Half-points, as DOCX sizes are written. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Sizes of each element, in points (Phụ lục I). */
export const SIZES = {
  issuer: 13,
  quocHieu: 13,
  tieuNgu: 14,
  number: 13,
  placeDate: 14,
  typeName: 14,
  subject: 14,
  noiNhanLabel: 12,
  recipient: 11,
  pageNumber: 14,
  table: 13,
} as const;

/** Body spacing: 6 pt after, line spacing 1.15 (clears stacked capital diacritics), indent 1.27 cm. */
export const BODY = { after: 120, line: 276, firstLine: 720 } as const;

/**
 * Parses "20,20,30,15" (top, bottom, left, right in mm) and checks each against the decree.
 * Returns the problem in both languages when a value is outside its range.
 */
export function parseMargins(value: string): { ok: true; margins: Margins } | { ok: false; vi: string; en: string } {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) {
    return { ok: false, vi: 'Lề cần bốn số (mm): trên,dưới,trái,phải, ví dụ 20,20,30,15.', en: 'Margins take four numbers (mm): top,bottom,left,right, e.g. 20,20,30,15.' };
  }
  const margins: Margins = { top: parts[0], bottom: parts[1], left: parts[2], right: parts[3] };
  const names = { top: ['trên', 'top'], bottom: ['dưới', 'bottom'], left: ['trái', 'left'], right: ['phải', 'right'] } as const;
  for (const key of Object.keys(MARGIN_RANGES) as (keyof Margins)[]) {
    const [min, max] = MARGIN_RANGES[key];
    if (margins[key] < min || margins[key] > max) {
      return { ok: false,
        vi: `Lề ${names[key][0]} ${margins[key]} mm nằm ngoài khoảng ${min}–${max} mm của Nghị định 30/2020/NĐ-CP.`,
        en: `The ${names[key][1]} margin ${margins[key]} mm is outside the decree's ${min}–${max} mm.` };
    }
  }
  return { ok: true, margins };
}
