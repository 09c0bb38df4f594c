/**
 * What `cochuong diff` finds between two documents: a list of changes, each about one element
 * (a header fact, a party, an item, a paragraph, a chương or điều …), with where it is in OLD and
 * in NEW, the old and new values, and for text a word-level diff.
 *
 * The model is symmetric on purpose: `mirrorChange` turns a change of OLD → NEW into the change of
 * NEW → OLD (added ↔ removed, old ↔ new, inserted ↔ deleted words, split ↔ merge), so that
 * diff(b, a) is exactly the mirror of diff(a, b).
 */

import { mirrorWords } from './words.js';

/** A path into a document: keys and 0-based list indexes, as in messages ("noi_dung", 2, "tieu_de"). */
export type DataPath = (string | number)[];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** The part of the document a change belongs to; formatters group by it, in this order. */
export const SECTIONS = [
  'thong_tin', 'ben', 'don_vi', 'can_cu', 'loi_ban_hanh', 'muc_dich', 'yeu_cau', 'noi_dung', 'chuong',
  'to_chuc_thuc_hien', 'chuong_trinh', 'danh_gia_chung', 'ket_qua', 'ton_tai', 'nguyen_nhan', 'phuong_huong',
  'kien_nghi', 'noi_nhan', 'khac',
] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The kind of element changed. `field` is one named value (a header fact, an item's title, a
 * signer's name); `paragraph` one paragraph of a multi-paragraph text; the others are list members.
 */
export type Element =
  | 'field' | 'paragraph' | 'ben' | 'don_vi' | 'can_cu' | 'noi_dung' | 'chuong' | 'dieu' | 'khoan'
  | 'trach_nhiem' | 'ket_qua' | 'noi_nhan';

/** One piece of a word-level text diff. Joining `equal` + `delete` gives the old text; `equal` + `insert` the new. */
export interface WordPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A link between an added and a removed/changed element: one item split into two, or two merged into one. */
export interface Relation {
  /** `split-from`: this added element was cut out of the element named here (it lives on, changed).
   *  `merged-into`: this removed element's text now lives in the element named here. */
  relation: 'split-from' | 'merged-into';
  id?: string;
  oldPosition?: number;
  newPosition?: number;
  title?: string;
}

export interface Change {
  kind: ChangeKind;
  section: Section;
  element: Element;
  /** The key of a `field` change, dotted below the element ("tieu_de", "ky.ho_ten", "dia_phuong.ten"). */
  field?: string;
  /** The element's stable id, when it has one (item id, party id, điều id). */
  id?: string;
  oldPath?: DataPath;
  newPath?: DataPath;
  /** 1-based position among its like (item number, paragraph number, điều number across the quy chế). */
  oldPosition?: number;
  newPosition?: number;
  /** For a điều: the 1-based number of the chương it is in. */
  oldParent?: number;
  newParent?: number;
  /** A short name for people: an item's title, a party's name, a chương's name. */
  oldTitle?: string;
  newTitle?: string;
  /** The values: absent on the side where the element does not exist. */
  old?: unknown;
  new?: unknown;
  /** The value as the document prints it, when that differs from the raw value ("Quý II", unit names for ids). */
  oldShown?: string;
  newShown?: string;
  /** Word-level diff of a text change. */
  words?: WordPart[];
  /** For list-valued fields (phoi_hop): members only in NEW (added) and only in OLD (removed), as printed. */
  members?: { added: string[]; removed: string[] };
  /** What changed inside a changed element. */
  details?: Change[];
  /** The element's place among its neighbours changed (set on `moved`, and on `changed` when it also moved). */
  moved?: boolean;
  /** The only difference is the year moving on, in consecutive years of one program (hidden unless --keep-years). */
  yearOnly?: boolean;
  related?: Relation;
}

export interface DocumentSide {
  /** The name the user gave (a path, "-", or "REV:path"). */
  file: string;
  loai?: string;
  nam?: number;
  nhiem_ky?: string;
  /** False when the file did not pass the schema (it was compared anyway, from its data). */
  valid: boolean;
}

export type UnitElement = 'noi_dung' | 'chuong' | 'dieu' | 'ket_qua';

export interface UnitSummary {
  element: UnitElement;
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface DiffSummary {
  /** All changes, of every section. */
  added: number;
  removed: number;
  changed: number;
  moved: number;
  /** Changes of the document's main units (program items, chương and điều of a quy chế, report results), per kind of unit. */
  byUnit: UnitSummary[];
  /** Changes outside the main units: header facts, parties, bases, recipients … */
  other: number;
  /** Changes that are only the year moving on, left out unless --keep-years. */
  hiddenYearOnly: number;
}

export interface DocumentDiff {
  old: DocumentSide;
  new: DocumentSide;
  /** Set when OLD and NEW are consecutive years of the same program (what makes year-only changes not news). */
  yearOverYear?: { from: number; to: number };
  keepYears: boolean;
  /** Unit ids (ben, don_vi) → the names they print as, in OLD and in NEW: what chu_tri and phoi_hop ids mean. */
  units: { old: Record<string, string>; new: Record<string, string> };
  changes: Change[];
  summary: DiffSummary;
  /**
   * A list was too long to pair its members by their words within the matching budget (thousands
   * of members, nothing paired by id): the members not reached show as removed and added.
   */
  matchingCapped?: true;
}

const MIRROR_KIND: Record<ChangeKind, ChangeKind> = { added: 'removed', removed: 'added', changed: 'changed', moved: 'moved' };

/** The same change seen from the other side: NEW → OLD. */
export function mirrorChange(change: Change): Change {
  const out: Change = { kind: MIRROR_KIND[change.kind], section: change.section, element: change.element };
  if (change.field !== undefined) out.field = change.field;
  if (change.id !== undefined) out.id = change.id;
  const swap = <K extends keyof Change>(a: K, b: K) => {
    if (change[b] !== undefined) out[a] = change[b];
    if (change[a] !== undefined) out[b] = change[a];
  };
  swap('oldPath', 'newPath');
  swap('oldPosition', 'newPosition');
  swap('oldParent', 'newParent');
  swap('oldTitle', 'newTitle');
  swap('old', 'new');
  swap('oldShown', 'newShown');
  if (change.words) out.words = mirrorWords(change.words);
  if (change.members) out.members = { added: change.members.removed, removed: change.members.added };
  if (change.details) out.details = change.details.map(mirrorChange);
  if (change.moved) out.moved = true;
  if (change.yearOnly) out.yearOnly = true;
  if (change.related) {
    const r = change.related;
    out.related = { relation: r.relation === 'split-from' ? 'merged-into' : 'split-from' };
    if (r.id !== undefined) out.related.id = r.id;
    if (r.newPosition !== undefined) out.related.oldPosition = r.newPosition;
    if (r.oldPosition !== undefined) out.related.newPosition = r.oldPosition;
    if (r.title !== undefined) out.related.title = r.title;
  }
  return out;
}
