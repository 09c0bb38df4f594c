// Generates benchmark documents: realistic programs cloned and varied from examples/, plus the
// examples' quy chế and reports. Deterministic (seeded), so two runs measure the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, visit, isScalar } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const PROGRAMS = ['soc-son-2020.yaml', 'cau-giay-2020.yaml', 'duc-tho-2020.yaml', 'phu-dong-2026.yaml', 'van-quan-2024.yaml'];
const REGULATIONS = ['bac-tu-liem-quy-che-2021-2026.yaml', 'phu-dong-quy-che-2026-2031.yaml'];
const REPORT = 'soc-son-bao-cao-2020.yaml'; // refers to soc-son-2020.yaml by name
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A small seeded generator (mulberry32): the same corpus on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const read = (name) => parseDocument(readFileSync(join(examples, name), 'utf8'));

/**
 * Dates quoted: YAML 1.2 (cochuong) reads 2020-02-27 as text, but ajv-cli's js-yaml 3 (YAML 1.1)
 * turns it into a Date and would call every file invalid. Quoted, both tools see the same data.
 */
function quoteDates(doc) {
  visit(doc, { Scalar(_, node) { if (typeof node.value === 'string' && DATE.test(node.value)) node.type = 'QUOTE_DOUBLE'; } });
  return doc;
}

const text = (doc) => quoteDates(doc).toString({ lineWidth: 0 });

/** Content items in a program: most programs have 5–15, some dozens, a few hundreds (up to 500). */
export function itemCount(rand) {
  const r = rand();
  if (r < 0.7) return 5 + Math.floor(rand() * 11);
  if (r < 0.95) return 16 + Math.floor(rand() * 45);
  return 61 + Math.floor(rand() * 440);
}

const templates = new Map();

/**
 * A template's text cut around its content items: the head (up to "noi_dung:"), each item as
 * text, and the tail. Rendering YAML is slow; cutting it once lets a corpus of 10,000 programs be
 * written in seconds.
 */
function template(name) {
  if (templates.has(name)) return templates.get(name);
  const doc = read(name);
  const originals = doc.get('noi_dung').items; // nodes: flow lists like [ubnd, mttq] stay flow
  doc.set('noi_dung', '@@ITEMS@@');
  const [head, tail] = text(doc).split(/^noi_dung: "?@@ITEMS@@"?\n/m);
  const cache = new Map();
  const item = (k) => {
    if (!cache.has(k)) {
      const clone = originals[k % originals.length].clone();
      const round = Math.floor(k / originals.length);
      if (round > 0) {
        clone.set('id', `${clone.get('id')}-${round + 1}`);
        clone.set('tieu_de', `${clone.get('tieu_de')} (đợt ${round + 1})`);
      }
      const one = parseDocument('- x');
      one.contents.items = [clone];
      cache.set(k, text(one).replace(/^/gm, '  ').replace(/ +$/, ''));
    }
    return cache.get(k);
  };
  const result = { head, tail, item };
  templates.set(name, result);
  return result;
}

/** A program from one of the examples with `count` content items: items cloned, ids and titles varied. */
export function program(name, count) {
  const { head, tail, item } = template(name);
  let body = '';
  for (let k = 0; k < count; k++) body += item(k);
  return `${head}noi_dung:\n${body}${tail}`;
}

/**
 * `count` files in `dir`: 85% programs (5–500 items), 10% quy chế, 5% year-end reports (which load
 * their program, soc-son-2020.yaml, also written). Returns the paths and the total size.
 */
export function corpus(dir, count, seed = 2020) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  const files = [];
  let bytes = 0;
  const put = (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    files.push(path);
    bytes += Buffer.byteLength(content);
  };
  const regulations = REGULATIONS.map((name) => text(read(name)));
  const report = text(read(REPORT));
  put('soc-son-2020.yaml', text(read('soc-son-2020.yaml')));
  for (let i = 1; files.length < count; i++) {
    const r = rand();
    const id = String(i).padStart(5, '0');
    if (r < 0.10) put(`quy-che-${id}.yaml`, regulations[i % regulations.length]);
    else if (r < 0.15) put(`bao-cao-${id}.yaml`, report);
    else put(`chuong-trinh-${id}.yaml`, program(PROGRAMS[i % PROGRAMS.length], itemCount(rand)));
  }
  return { files, bytes };
}
