import type { Change, DiffSummary, DocumentDiff, DocumentSide, Section, UnitElement } from './model.js';
import { compareField, type Scope } from './fields.js';
import { compareEnacting, compareHeader, HEADER_KEYS } from './compare-header.js';
import { compareParties, compareUnits, unitNames } from './compare-parties.js';
import { compareBases, compareRecipients } from './compare-lists.js';
import { compareItems } from './compare-items.js';
import { compareRegulation } from './compare-regulation.js';
import { compareImplementation } from './compare-implementation.js';
import { compareProgramReference, compareResults, compareText } from './compare-report.js';
import { isRecord, own, showAny } from './shown.js';
import { withoutYearOnly, yearShiftOf } from './years.js';
import { unreportedParts } from './unknown-parts.js';

export interface CompareOptions {
  /** Keep changes that are only the year moving on (hidden by default in consecutive years). */
  keepYears?: boolean;
  old?: Partial<DocumentSide>;
  new?: Partial<DocumentSide>;
}

type Doc = Record<string, unknown>;

/** Every key of the format that has a comparer; anything else is compared whole under "khac". */
const PARAGRAPH_SECTIONS = ['muc_dich', 'yeu_cau', 'danh_gia_chung', 'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'] as const;
const KNOWN_KEYS = new Set<string>([...HEADER_KEYS, 'ben', 'don_vi', 'can_cu', 'loi_ban_hanh', 'noi_dung', 'chuong',
  'to_chuc_thuc_hien', 'chuong_trinh', 'ket_qua', 'noi_nhan', ...PARAGRAPH_SECTIONS]);

/**
 * Compares two documents by meaning: header facts, parties, legal bases, purposes, items,
 * chương and điều, implementation, report sections and recipients. Takes plain data (the
 * document, or the data of a file that failed the schema) and never throws on odd shapes: a part
 * that is not shaped as expected is compared whole.
 */
export function compareDocuments(oldData: unknown, newData: unknown, options: CompareOptions = {}): DocumentDiff {
  const a: Doc = isRecord(oldData) ? oldData : {};
  const b: Doc = isRecord(newData) ? newData : {};
  const shift = yearShiftOf(a, b);
  const oldUnits = unitNames(a);
  const newUnits = unitNames(b);
  let capped = false;
  const onCapped = () => { capped = true; };
  const yearOf = (d: Doc) => (typeof d.nam === 'number' ? d.nam : undefined);
  const scope = (section: Section): Scope => ({ section, shift, oldUnits, newUnits, oldYear: yearOf(a), newYear: yearOf(b), onCapped });

  const all: Change[] = [
    ...compareHeader(scope('thong_tin'), a, b),
    ...compareParties(scope('ben'), a.ben, b.ben),
    ...compareUnits(scope('don_vi'), a.don_vi, b.don_vi),
    ...compareBases(scope('can_cu'), a.can_cu, b.can_cu),
    ...compareEnacting(scope('loi_ban_hanh'), a, b),
    ...compareText(scope('muc_dich'), 'muc_dich', a.muc_dich, b.muc_dich),
    ...compareText(scope('yeu_cau'), 'yeu_cau', a.yeu_cau, b.yeu_cau),
    ...compareItems(scope('noi_dung'), a.noi_dung, b.noi_dung),
    ...compareRegulation(scope('chuong'), a.chuong, b.chuong),
    ...compareImplementation(scope('to_chuc_thuc_hien'), a.to_chuc_thuc_hien, b.to_chuc_thuc_hien),
    ...compareProgramReference(scope('chuong_trinh'), a.chuong_trinh, b.chuong_trinh),
    ...compareText(scope('danh_gia_chung'), 'danh_gia_chung', a.danh_gia_chung, b.danh_gia_chung),
    ...compareResults(scope('ket_qua'), a.ket_qua, b.ket_qua),
    ...(['ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'] as const).flatMap((key) => compareText(scope(key), key, a[key], b[key])),
    ...compareRecipients(scope('noi_nhan'), a.noi_nhan, b.noi_nhan),
    ...otherKeys(scope('khac'), a, b),
  ];
  // Below the top level too: what differs and no comparer reported is compared whole (DF001).
  all.push(...unreportedParts(scope('khac'), a, b, [], [], all));

  const keepYears = options.keepYears ?? false;
  const { changes, hidden } = keepYears ? { changes: all, hidden: 0 } : withoutYearOnly(all);
  const side = (doc: Doc, given: Partial<DocumentSide> | undefined): DocumentSide => {
    const out: DocumentSide = { file: given?.file ?? '', valid: given?.valid ?? true };
    if (typeof doc.loai === 'string') out.loai = doc.loai;
    if (typeof doc.nam === 'number') out.nam = doc.nam;
    if (typeof doc.nhiem_ky === 'string') out.nhiem_ky = doc.nhiem_ky;
    return out;
  };
  const diff: DocumentDiff = { old: side(a, options.old), new: side(b, options.new), keepYears,
    units: { old: Object.fromEntries(oldUnits), new: Object.fromEntries(newUnits) }, changes, summary: summarise(changes, hidden) };
  if (shift) diff.yearOverYear = shift;
  if (capped) diff.matchingCapped = true;
  return diff;
}

/** Keys the format does not know (a file that failed the schema): compared whole. */
function otherKeys(scope: Scope, a: Doc, b: Doc): Change[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !KNOWN_KEYS.has(k));
  return keys
    .map((key) => compareField(scope, key, [key], [key], own(a, key), own(b, key), { oldShown: showAny, newShown: showAny }))
    .filter((c): c is Change => c !== undefined);
}

export function summarise(changes: readonly Change[], hiddenYearOnly = 0): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, moved: 0, byUnit: [], other: 0, hiddenYearOnly };
  for (const c of changes) {
    summary[c.kind]++;
    if (!(UNIT_ELEMENTS as readonly string[]).includes(c.element)) { summary.other++; continue; }
    let unit = summary.byUnit.find((u) => u.element === c.element);
    if (!unit) summary.byUnit.push(unit = { element: c.element as UnitElement, added: 0, removed: 0, changed: 0, moved: 0 });
    unit[c.kind]++;
  }
  summary.byUnit.sort((a, b) => UNIT_ELEMENTS.indexOf(a.element) - UNIT_ELEMENTS.indexOf(b.element));
  return summary;
}

/** The units a reader counts in, in the order the summary names them. */
const UNIT_ELEMENTS: readonly UnitElement[] = ['noi_dung', 'chuong', 'dieu', 'ket_qua'];
