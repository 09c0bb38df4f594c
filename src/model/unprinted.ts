import type { CochuongDocument } from './document.js';
import { paragraphs } from './document.js';

/**
 * Facts of a document that its printed page does not show: the ids that keep items comparable
 * from year to year, the superior unit, short names without an annex, law numbers, the program
 * file a report cites. The DOCX writer stores them as a custom document property (Word keeps it
 * through editing); `cochuong import` takes each one back only where the text it belongs to is
 * still there, so what the clerk changed in Word wins.
 */
export interface Unprinted {
  v: 1;
  thuoc?: string;
  khoa?: string;
  units?: { id: string; ten: string; viet_tat?: string }[];
  items?: { id: string; tieu_de: string }[];
  chuong?: { id?: string; ten: string; dieu: { id?: string; ten: string }[] }[];
  laws?: { ten: string; so: string }[];
  tep?: string;
  results?: string[];
  /** Figures of each result (printed in the summary table; taken back from here, not read from the table). */
  figures?: (Record<string, unknown> | null)[];
  /** The YAML gave no loi_ban_hanh: the template's sentence was printed. */
  defaultEnacting?: boolean;
  /** Responsibilities: the party of each entry and how many paragraphs it has, in order. */
  duties?: { ben: string; n: number }[];
}

export const UNPRINTED_PROPERTY = 'cochuong';

export function unprintedFacts(doc: CochuongDocument): Unprinted {
  const out: Unprinted = { v: 1 };
  if (doc.dia_phuong.thuoc) out.thuoc = doc.dia_phuong.thuoc;
  if (doc.khoa) out.khoa = doc.khoa;
  out.units = [...doc.ben, ...(doc.don_vi ?? [])].map((u) => ({ id: u.id, ten: u.ten, ...(u.viet_tat ? { viet_tat: u.viet_tat } : {}) }));
  if (doc.noi_dung) out.items = doc.noi_dung.map((i) => ({ id: i.id, tieu_de: i.tieu_de }));
  if (doc.chuong) out.chuong = doc.chuong.map((c) => ({ ...(c.id ? { id: c.id } : {}), ten: c.ten, dieu: c.dieu.map((d) => ({ ...(d.id ? { id: d.id } : {}), ten: d.ten })) }));
  const laws = (doc.can_cu ?? []).filter((c) => (c.loai === 'luat' || c.loai === 'hien_phap') && c.so).map((c) => ({ ten: c.ten, so: c.so! }));
  if (laws.length) out.laws = laws;
  if (doc.chuong_trinh?.tep) out.tep = doc.chuong_trinh.tep;
  if (doc.ket_qua) {
    out.results = doc.ket_qua.map((r) => r.noi_dung);
    if (doc.ket_qua.some((r) => r.so_lieu)) out.figures = doc.ket_qua.map((r) => (r.so_lieu as Record<string, unknown> | undefined) ?? null);
  }
  if (doc.loi_ban_hanh === undefined) out.defaultEnacting = true;
  const duties = doc.to_chuc_thuc_hien?.trach_nhiem;
  if (duties) out.duties = duties.map((d) => ({ ben: d.ben, n: paragraphs(d.nhiem_vu).length }));
  return out;
}
