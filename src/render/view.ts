import type { CochuongDocument } from '../model/document.js';
import { paragraphs } from '../model/document.js';
import { escapeMarkup } from './markup.js';
import { numberLine, partiesPhrase, placeName } from './helpers.js';
import { figureLines, figurePhrase, figureTotals } from '../model/figures.js';

/**
 * What a template sees: the document as written in YAML, with every string made plain text for
 * the markup, fields that take "one paragraph or a list" always lists, and a few values the
 * wording needs and YAML does not hold (numbering of chapters and articles, the place name,
 * the parties as one phrase, titles of a report's items from its program).
 */
export type TemplateContext = Record<string, unknown>;

/** Fields that hold one paragraph or a list of paragraphs, by the object they are in. */
const PARAGRAPH_FIELDS = {
  top: ['muc_dich', 'yeu_cau', 'danh_gia_chung', 'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'],
  noiDung: ['mo_ta'],
  toChuc: ['bao_cao', 'khac'],
} as const;

export interface ViewOptions {
  /** The program a report evaluates, when it could be read. */
  program?: CochuongDocument;
}

export function templateContext(doc: CochuongDocument, options: ViewOptions = {}): TemplateContext {
  const view = escapeAll(doc) as Record<string, unknown>;
  for (const key of PARAGRAPH_FIELDS.top) if (key in view) view[key] = list(view[key]);
  const items = view.noi_dung as Record<string, unknown>[] | undefined;
  items?.forEach((item) => { for (const key of PARAGRAPH_FIELDS.noiDung) item[key] = list(item[key]); });
  const toChuc = view.to_chuc_thuc_hien as Record<string, unknown> | undefined;
  if (toChuc) {
    for (const key of PARAGRAPH_FIELDS.toChuc) if (key in toChuc) toChuc[key] = list(toChuc[key]);
    (toChuc.trach_nhiem as Record<string, unknown>[] | undefined)?.forEach((t) => { t.nhiem_vu = list(t.nhiem_vu); });
  }

  // Chapters are numbered I, II …; articles run on through the whole regulation.
  let article = 0;
  (view.chuong as Record<string, unknown>[] | undefined)?.forEach((chapter, i) => {
    chapter.so = i + 1;
    for (const dieu of chapter.dieu as Record<string, unknown>[]) {
      dieu.so = ++article;
      dieu.noi_dung = list(dieu.noi_dung);
      dieu.khoan = ((dieu.khoan as unknown[] | undefined) ?? []).map((k) =>
        typeof k === 'string' ? { noi_dung: k, diem: [] } : { ...(k as object), diem: (k as { diem?: string[] }).diem ?? [] });
    }
  });

  const place = placeName(doc.dia_phuong);
  view.dia_danh = escapeMarkup(place);
  view.cac_ben = escapeMarkup(partiesPhrase(doc.ben.map((b) => b.ten.normalize('NFC').trim()), place));
  view.so_ky_hieu = numberAndSymbol(doc.so, doc.ky_hieu);
  if (typeof doc.nam === 'number') view.nam_sau = doc.nam + 1;

  if (doc.loai === 'bao_cao') addProgram(view, doc, options.program);
  return view;
}

/** A report's items get the titles of the program's items; its citation gets the program's number and date. */
function addProgram(view: Record<string, unknown>, doc: CochuongDocument, program: CochuongDocument | undefined): void {
  const items = new Map((program?.noi_dung ?? []).map((item) => [item.id, item]));
  const units = new Map([...(program?.ben ?? []), ...(program?.don_vi ?? []), ...doc.ben].map((u) => [u.id, u.viet_tat ?? u.ten]));
  (view.ket_qua as Record<string, unknown>[]).forEach((result, i) => {
    result.mo_ta = list(result.mo_ta);
    const id = doc.ket_qua![i].noi_dung;
    const item = items.get(id);
    if (result.tieu_de === undefined) result.tieu_de = escapeMarkup(item?.tieu_de ?? id);
    // The results table: the lead from the program, the figures with their percentages.
    result.chu_tri_ten = item ? escapeMarkup(units.get(item.chu_tri) ?? item.chu_tri) : '';
    result.so_lieu_chu = escapeMarkup(figureLines(doc.ket_qua![i].so_lieu).map(figurePhrase).join('; '));
  });
  view.tong_so_lieu_chu = escapeMarkup(figureTotals(doc.ket_qua!.map((r) => r.so_lieu)).map(figurePhrase).join('; '));
  const cited = doc.chuong_trinh ?? {};
  const so = cited.so ?? program?.so;
  const kyHieu = cited.ky_hieu ?? program?.ky_hieu;
  const ngay = cited.ngay ?? program?.ngay_ban_hanh ?? undefined;
  const goc: Record<string, unknown> = {};
  if (kyHieu) goc.so_ky_hieu = numberAndSymbol(so, kyHieu);
  if (ngay) goc.ngay = ngay;
  view.chuong_trinh_goc = goc;
}

/** "01/CTr-HĐND-UBND-MTTQ"; a draft keeps its blank ("     /CTr-…"), which escaping would trim. */
function numberAndSymbol(so: number | null | undefined, kyHieu: string): string {
  const number = numberLine(so, '').replace(/^Số: /, '').replace(/\/$/, '');
  return `${number}/${escapeMarkup(kyHieu)}`;
}

function list(value: unknown): unknown[] {
  return paragraphs(value as string | string[] | undefined);
}

/** A deep copy with every string escaped for the markup; own plain properties only. */
function escapeAll(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkup(value);
  if (Array.isArray(value)) return value.map(escapeAll);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // defineProperty: a key named "__proto__" stays data and never becomes the prototype.
      Object.defineProperty(copy, key, { value: escapeAll(v), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}
