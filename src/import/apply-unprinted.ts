import type { Unprinted } from '../model/unprinted.js';
import { compareKey } from '../text/compare-key.js';
import type { Notes } from './notes.js';
import { nameKey } from './units.js';

type Doc = Record<string, unknown>;
type Obj = Record<string, unknown>;

/** The property's JSON, or undefined when it is missing or not what cochuong writes. */
export function parseUnprinted(json: string | undefined): Unprinted | undefined {
  if (json === undefined || json.length > 1_000_000) return undefined;
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 ? (value as Unprinted) : undefined;
  } catch {
    return undefined;
  }
}

const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/**
 * Takes back the facts a cochuong rendering keeps out of the page, each only where its text is
 * still what it was (a unit of the same name, an item of the same title): what the clerk edited in
 * Word stays as the page says.
 */
export function applyUnprinted(doc: Doc, facts: Unprinted, notes: Notes, enactingDefault: boolean): void {
  if (facts.defaultEnacting && enactingDefault) delete doc.loi_ban_hanh;
  const place = doc.dia_phuong as Obj | undefined;
  if (place && facts.thuoc && place.thuoc === undefined) {
    place.thuoc = facts.thuoc;
    const i = notes.list.findIndex((n) => n.text.en.startsWith('The superior unit'));
    if (i >= 0) notes.list.splice(i, 1);
  }
  if (facts.khoa && doc.khoa === undefined) doc.khoa = facts.khoa;

  // Units: ids and short names by name.
  const units = [...arr(doc.ben), ...arr(doc.don_vi)];
  const renames = new Map<string, string>();
  const taken = new Set(units.map((u) => String(u.id)));
  for (const u of units) {
    const hint = facts.units?.find((h) => nameKey(h.ten) === nameKey(String(u.ten)));
    if (!hint) continue;
    if (hint.viet_tat) u.viet_tat = hint.viet_tat; else delete u.viet_tat;
    if (hint.id !== u.id && !taken.has(hint.id)) { renames.set(String(u.id), hint.id); taken.delete(String(u.id)); taken.add(hint.id); u.id = hint.id; }
  }
  for (const u of arr(doc.ben)) reorder(u, ['id', 'loai', 'ten', 'ten_tieu_de', 'viet_tat', 'ky']);
  for (const u of arr(doc.don_vi)) reorder(u, ['id', 'ten', 'viet_tat']);
  // Units declared but never named on the page (no item uses them) come back as they were.
  for (const h of facts.units ?? []) {
    if (taken.has(h.id) || units.some((u) => nameKey(String(u.ten)) === nameKey(h.ten))) continue;
    const list = Array.isArray(doc.don_vi) ? (doc.don_vi as Obj[]) : (doc.don_vi = []) as Obj[];
    list.push({ id: h.id, ten: h.ten, ...(h.viet_tat ? { viet_tat: h.viet_tat } : {}) });
    taken.add(h.id);
  }
  // Units in the order they were declared (the body meets them in another order).
  if (Array.isArray(doc.don_vi) && facts.units) {
    const rank = (u: Obj) => { const k = facts.units!.findIndex((h) => h.id === u.id); return k < 0 ? Infinity : k; };
    doc.don_vi = [...arr(doc.don_vi)].sort((a, b) => rank(a) - rank(b));
  }
  const rename = (id: unknown) => renames.get(String(id)) ?? id;
  for (const item of arr(doc.noi_dung)) {
    item.chu_tri = rename(item.chu_tri);
    if (Array.isArray(item.phoi_hop)) item.phoi_hop = item.phoi_hop.map(rename);
  }
  const toChuc = doc.to_chuc_thuc_hien as Obj | undefined;
  for (const d of arr(toChuc?.trach_nhiem)) d.ben = rename(d.ben);

  // Items by title.
  const itemIds = new Set(arr(doc.noi_dung).map((i) => String(i.id)));
  for (const item of arr(doc.noi_dung)) {
    const hint = facts.items?.find((h) => compareKey(h.tieu_de) === compareKey(String(item.tieu_de)));
    if (hint && hint.id !== item.id && !itemIds.has(hint.id)) { itemIds.delete(String(item.id)); itemIds.add(hint.id); item.id = hint.id; }
  }
  // Chương and Điều ids by name.
  for (const c of arr(doc.chuong)) {
    const hint = facts.chuong?.find((h) => compareKey(h.ten) === compareKey(String(c.ten)));
    if (!hint) continue;
    if (hint.id) { c.id = hint.id; reorder(c, ['id', 'ten', 'dieu']); }
    for (const d of arr(c.dieu)) {
      const dh = hint.dieu.find((h) => compareKey(h.ten) === compareKey(String(d.ten)));
      if (dh?.id) { d.id = dh.id; reorder(d, ['id', 'ten', 'noi_dung', 'khoan']); }
    }
  }
  // Law numbers (the layout prints a law's name and date only).
  for (const c of arr(doc.can_cu)) {
    if (c.so !== undefined) continue;
    const hint = facts.laws?.find((h) => compareKey(h.ten) === compareKey(String(c.ten)));
    if (hint) { c.so = hint.so; reorder(c, ['loai', 'ten', 'so', 'ngay', 'co_quan']); }
  }
  const cited = doc.chuong_trinh as Obj | undefined;
  if (facts.tep) {
    const next: Obj = { tep: facts.tep, ...(cited ?? {}) };
    doc.chuong_trinh = next;
  }
  const results = arr(doc.ket_qua);
  if (facts.results && facts.results.length === results.length && new Set(facts.results).size === results.length) {
    results.forEach((r, i) => {
      r.noi_dung = facts.results![i];
      const figures = facts.figures?.[i];
      if (figures) r.so_lieu = figures;
    });
  }
  // Responsibilities: regrouped when the paragraphs are as many as before.
  const duties = arr(toChuc?.trach_nhiem);
  const texts = duties.flatMap((d) => (Array.isArray(d.nhiem_vu) ? d.nhiem_vu : [d.nhiem_vu]) as string[]);
  if (toChuc && facts.duties && facts.duties.reduce((n, d) => n + d.n, 0) === texts.length && facts.duties.every((d) => taken.has(d.ben))) {
    let k = 0;
    toChuc.trach_nhiem = facts.duties.map((d) => {
      const own = texts.slice(k, k + d.n);
      k += d.n;
      return { ben: d.ben, nhiem_vu: own.length === 1 ? own[0] : own };
    });
  }
}

function reorder(o: Obj, keys: string[]): void {
  const copy = { ...o };
  for (const k of Object.keys(o)) delete o[k];
  for (const k of keys) if (copy[k] !== undefined) o[k] = copy[k];
  for (const k of Object.keys(copy)) if (!(k in o)) o[k] = copy[k];
}
