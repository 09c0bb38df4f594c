import type { CochuongDocument, Ben, DonVi, NoiDung, ThoiGian, Chuong, Dieu } from './schema-types.js';

export type { CochuongDocument, Ben, DonVi, NoiDung, ThoiGian, Chuong, Dieu };
export type DocumentKind = CochuongDocument['loai'];
export type PartyKind = Ben['loai'];

/** Bodies that decide collectively: they sign "TM." (on behalf of) the body. */
export const COLLECTIVE_PARTY_KINDS: readonly PartyKind[] = ['thuong_truc_hdnd', 'hdnd', 'ubnd', 'ban_thuong_truc_mttq', 'uy_ban_mttq'];

/** Paragraph fields accept one string or a list: always work with the list. */
export function paragraphs(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The date that decides which rules were in force: the date of issue, else 1 January of the year or term. */
export function effectiveDate(doc: CochuongDocument): string | undefined {
  if (doc.ngay_ban_hanh) return doc.ngay_ban_hanh;
  if (doc.nam) return `${doc.nam}-01-01`;
  const termStart = doc.nhiem_ky ? Number(doc.nhiem_ky.slice(0, 4)) : NaN;
  return Number.isFinite(termStart) ? `${termStart}-07-01` : undefined;
}


/** The ids that chu_tri / phoi_hop / trach_nhiem may name: parties first, then other units. */
export function declaredUnits(doc: CochuongDocument): Map<string, Ben | DonVi> {
  const units = new Map<string, Ben | DonVi>();
  for (const unit of [...doc.ben, ...(doc.don_vi ?? [])]) if (!units.has(unit.id)) units.set(unit.id, unit);
  return units;
}
