import type { Change, DataPath } from './model.js';
import { compareField, compareParagraphs, paragraphList, placeOfRemoved, type Scope } from './fields.js';
import { matchLists, movedPairs } from './match.js';
import { recordList } from './elements.js';
import { isRecord, showAny } from './shown.js';

type Member = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Article {
  chapter: number;
  index: number;
  value: Member;
  path: DataPath;
}

/**
 * A quy chế: chương and điều matched like items (by id, then words). Điều are numbered across the
 * whole quy chế, so they are matched across chương too: a điều that went to another chương is a
 * move. A chương added or removed carries its điều with it; only điều that came from (or went to)
 * elsewhere are reported on their own.
 */
export function compareRegulation(scope: Scope, a: unknown, b: unknown): Change[] {
  const oldChapters = recordList(a);
  const newChapters = recordList(b);
  if (!oldChapters || !newChapters || [...oldChapters, ...newChapters].some((c) => !recordList(c.dieu))) {
    const whole = compareField(scope, 'chuong', ['chuong'], ['chuong'], a, b, { oldShown: showAny, newShown: showAny });
    return whole ? [whole] : [];
  }
  const oldArticles = flatten(oldChapters);
  const newArticles = flatten(newChapters);

  const articles = matchLists(oldArticles, newArticles, { id: (d) => str(d.value.id), text: (d) => articleText(d.value) });
  const chapterPairs = matchChapters(oldChapters, newChapters, oldArticles, newArticles, articles.pairs);
  const chapterOf = new Map(chapterPairs.map(([ci, cj]) => [ci, cj]));
  const matchedNewChapters = new Set(chapterPairs.map(([, cj]) => cj));
  const movedChapters = movedPairs([...chapterPairs].sort((x, y) => x[1] - y[1]));

  const out: { chapter: number; article: number; change: Change }[] = [];
  // Chương.
  for (const [ci, cj] of chapterPairs) {
    const details = [
      compareField(scope, 'id', ['chuong', ci, 'id'], ['chuong', cj, 'id'], oldChapters[ci].id, newChapters[cj].id),
      compareField(scope, 'ten', ['chuong', ci, 'ten'], ['chuong', cj, 'ten'], oldChapters[ci].ten, newChapters[cj].ten, { type: 'text' }),
    ].filter((c): c is Change => c !== undefined);
    const moved = movedChapters.has(ci);
    if (details.length === 0 && !moved) continue;
    const change: Change = { kind: details.length > 0 ? 'changed' : 'moved', section: scope.section, element: 'chuong',
      oldPath: ['chuong', ci], newPath: ['chuong', cj], oldPosition: ci + 1, newPosition: cj + 1 };
    titles(change, oldChapters[ci], newChapters[cj]);
    if (details.length > 0) change.details = details;
    if (moved) change.moved = true;
    out.push({ chapter: cj, article: -1, change });
  }
  // A chương added or removed lists, as its details, the điều that came or went with it.
  const newArticleIndex = new Set(articles.added);
  const oldArticleIndex = new Set(articles.removed);
  newChapters.forEach((chapter, cj) => {
    if (matchedNewChapters.has(cj)) return;
    const change: Change = { kind: 'added', section: scope.section, element: 'chuong', newPath: ['chuong', cj], newPosition: cj + 1, new: chapter };
    if (str(chapter.id)) change.id = str(chapter.id);
    titles(change, undefined, chapter);
    const inside = newArticles.map((e, j) => ({ e, j })).filter(({ e, j }) => e.chapter === cj && newArticleIndex.has(j));
    if (inside.length > 0) change.details = inside.map(({ e, j }) => articleAlone(scope, 'added', e, j));
    out.push({ chapter: cj, article: -1, change });
  });
  oldChapters.forEach((chapter, ci) => {
    if (chapterOf.has(ci)) return;
    const change: Change = { kind: 'removed', section: scope.section, element: 'chuong', oldPath: ['chuong', ci], oldPosition: ci + 1, old: chapter };
    if (str(chapter.id)) change.id = str(chapter.id);
    titles(change, chapter, undefined);
    const inside = oldArticles.map((d, i) => ({ d, i })).filter(({ d, i }) => d.chapter === ci && oldArticleIndex.has(i));
    if (inside.length > 0) change.details = inside.map(({ d, i }) => articleAlone(scope, 'removed', d, i));
    out.push({ chapter: placeOfRemoved(ci, chapterPairs), article: -1, change });
  });

  // Điều.
  for (const [i, j] of articles.pairs) {
    const d = oldArticles[i];
    const e = newArticles[j];
    const details = articleDetails(scope, d, e);
    const otherChapter = chapterOf.get(d.chapter) !== e.chapter;
    const moved = articles.moved.has(i) || otherChapter;
    if (details.length === 0 && !moved) continue;
    const change: Change = { kind: details.length > 0 ? 'changed' : 'moved', section: scope.section, element: 'dieu',
      oldPath: d.path, newPath: e.path, oldPosition: i + 1, newPosition: j + 1, oldParent: d.chapter + 1, newParent: e.chapter + 1 };
    const ids = [str(d.value.id), str(e.value.id)].filter((x) => x !== undefined);
    if (ids.length > 0 && ids.every((x) => x === ids[0])) change.id = ids[0];
    titles(change, d.value, e.value);
    if (details.length > 0) change.details = details;
    if (moved) change.moved = true;
    out.push({ chapter: e.chapter, article: j, change });
  }
  for (const j of articles.added) {
    const e = newArticles[j];
    if (!matchedNewChapters.has(e.chapter)) continue; // listed with its added chương
    out.push({ chapter: e.chapter, article: j, change: articleAlone(scope, 'added', e, j) });
  }
  for (const i of articles.removed) {
    const d = oldArticles[i];
    const cj = chapterOf.get(d.chapter);
    if (cj === undefined) continue; // listed with its removed chương
    out.push({ chapter: cj, article: placeOfRemoved(i, articles.pairs), change: articleAlone(scope, 'removed', d, i) });
  }
  return out.sort((x, y) => x.chapter - y.chapter || x.article - y.article).map((o) => o.change);
}

/** A điều only on one side: added (index in NEW) or removed (index in OLD). */
function articleAlone(scope: Scope, kind: 'added' | 'removed', article: Article, index: number): Change {
  const change: Change = kind === 'added'
    ? { kind, section: scope.section, element: 'dieu', newPath: article.path, newPosition: index + 1, newParent: article.chapter + 1, new: article.value }
    : { kind, section: scope.section, element: 'dieu', oldPath: article.path, oldPosition: index + 1, oldParent: article.chapter + 1, old: article.value };
  if (str(article.value.id)) change.id = str(article.value.id);
  titles(change, kind === 'removed' ? article.value : undefined, kind === 'added' ? article.value : undefined);
  return change;
}

function flatten(chapters: Member[]): Article[] {
  const list: Article[] = [];
  chapters.forEach((chapter, ci) => {
    (recordList(chapter.dieu) ?? []).forEach((value, di) => list.push({ chapter: ci, index: di, value, path: ['chuong', ci, 'dieu', di] }));
  });
  return list;
}

function titles(change: Change, a: Member | undefined, b: Member | undefined): void {
  if (a && str(a.ten)) change.oldTitle = str(a.ten);
  if (b && str(b.ten)) change.newTitle = str(b.ten);
}

function articleText(d: Member): string {
  return [str(d.ten) ?? '', ...(paragraphList(d.noi_dung) ?? []), ...clauses(d.khoan).map(clauseText)].join(' ');
}

function clauses(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function clauseText(k: unknown): string {
  if (typeof k === 'string') return k;
  if (isRecord(k)) return [str(k.noi_dung) ?? '', ...(paragraphList(k.diem) ?? [])].join(' ');
  return showAny(k);
}

/**
 * Chương pairs: by id, then by the same or similar title; a chương left over on both sides pairs
 * with the one where most of its điều went (a chương renamed outright keeps its điều).
 */
function matchChapters(oldChapters: Member[], newChapters: Member[], oldArticles: Article[], newArticles: Article[],
  articlePairs: [number, number][]): [number, number][] {
  const byTitle = matchLists(oldChapters, newChapters, { id: (c) => str(c.id), text: (c) => str(c.ten) ?? '' });
  const pairs = [...byTitle.pairs];
  const oldLeft = new Set(byTitle.removed);
  const newLeft = new Set(byTitle.added);
  const votes = new Map<string, number>();
  for (const [i, j] of articlePairs) {
    const ci = oldArticles[i].chapter;
    const cj = newArticles[j].chapter;
    if (oldLeft.has(ci) && newLeft.has(cj)) votes.set(`${ci} ${cj}`, (votes.get(`${ci} ${cj}`) ?? 0) + 1);
  }
  const size = (chapters: Member[], c: number) => (recordList(chapters[c].dieu) ?? []).length;
  const ranked = [...votes.entries()].map(([key, n]) => {
    const [ci, cj] = key.split(' ').map(Number);
    return { ci, cj, n };
  }).filter(({ ci, cj, n }) => 2 * n >= Math.max(size(oldChapters, ci), size(newChapters, cj)))
    .sort((x, y) => y.n - x.n || (x.ci + x.cj) - (y.ci + y.cj) || x.ci - y.ci);
  for (const { ci, cj } of ranked) {
    if (!oldLeft.has(ci) || !newLeft.has(cj)) continue;
    oldLeft.delete(ci);
    newLeft.delete(cj);
    pairs.push([ci, cj]);
  }
  return pairs;
}

/** What changed inside a điều: its title, its opening text, its khoản (and their điểm). */
function articleDetails(scope: Scope, d: Article, e: Article): Change[] {
  const [x, y] = [d.value, e.value];
  const changes: (Change | undefined)[] = [
    compareField(scope, 'id', [...d.path, 'id'], [...e.path, 'id'], x.id, y.id),
    compareField(scope, 'ten', [...d.path, 'ten'], [...e.path, 'ten'], x.ten, y.ten, { type: 'text' }),
    ...compareParagraphs(scope, 'noi_dung', [...d.path, 'noi_dung'], [...e.path, 'noi_dung'], x.noi_dung, y.noi_dung),
  ];
  const oldClauses = clauses(x.khoan);
  const newClauses = clauses(y.khoan);
  if ((x.khoan !== undefined && !Array.isArray(x.khoan)) || (y.khoan !== undefined && !Array.isArray(y.khoan))) {
    changes.push(compareField(scope, 'khoan', [...d.path, 'khoan'], [...e.path, 'khoan'], x.khoan, y.khoan, { oldShown: showAny, newShown: showAny }));
    return changes.filter((c): c is Change => c !== undefined);
  }
  const matching = matchLists(oldClauses, newClauses, { text: clauseText });
  const found: { order: number; change: Change }[] = [];
  for (const [i, j] of matching.pairs) {
    const oldPath = [...d.path, 'khoan', i];
    const newPath = [...e.path, 'khoan', j];
    const details = clauseDetails(scope, oldClauses[i], newClauses[j], oldPath, newPath);
    const moved = matching.moved.has(i);
    if (details.length === 0 && !moved) continue;
    const change: Change = { kind: details.length > 0 ? 'changed' : 'moved', section: scope.section, element: 'khoan', field: 'khoan',
      oldPath, newPath, oldPosition: i + 1, newPosition: j + 1 };
    if (details.length > 0) change.details = details;
    if (moved) change.moved = true;
    found.push({ order: j, change });
  }
  for (const j of matching.added) {
    found.push({ order: j, change: { kind: 'added', section: scope.section, element: 'khoan', field: 'khoan',
      newPath: [...e.path, 'khoan', j], newPosition: j + 1, new: newClauses[j], newShown: clauseText(newClauses[j]) } });
  }
  for (const i of matching.removed) {
    found.push({ order: placeOfRemoved(i, matching.pairs), change: { kind: 'removed', section: scope.section, element: 'khoan', field: 'khoan',
      oldPath: [...d.path, 'khoan', i], oldPosition: i + 1, old: oldClauses[i], oldShown: clauseText(oldClauses[i]) } });
  }
  changes.push(...found.sort((p, q) => p.order - q.order).map((f) => f.change));
  return changes.filter((c): c is Change => c !== undefined);
}

function clauseDetails(scope: Scope, a: unknown, b: unknown, oldPath: DataPath, newPath: DataPath): Change[] {
  const textPath = (k: unknown, path: DataPath) => (isRecord(k) ? [...path, 'noi_dung'] : path);
  const textOf = (k: unknown) => (isRecord(k) ? k.noi_dung : k);
  const changes: (Change | undefined)[] = [
    compareField(scope, 'noi_dung', textPath(a, oldPath), textPath(b, newPath), textOf(a), textOf(b), { type: 'text' }),
    ...compareParagraphs(scope, 'diem', [...oldPath, 'diem'], [...newPath, 'diem'], isRecord(a) ? a.diem : undefined, isRecord(b) ? b.diem : undefined),
  ];
  return changes.filter((c): c is Change => c !== undefined);
}
