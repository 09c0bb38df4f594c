import { child, childrenNamed, val, type XmlElement } from './xml.js';

/**
 * Word's automatic numbering (numbering.xml): numId → abstractNum → level format, text, start,
 * with per-num start overrides. A counter runs per abstract list, so a list continues after
 * paragraphs between its members, and a num with a start override restarts it (as Word does for
 * "restart at 1" on each Điều).
 */
interface Level { fmt: string; text: string; start: number; restart?: number }
interface Num { abstractId: string; overrides: Map<number, number> }

export interface NumberedLabel {
  label: string;
  fmt: string;
  level: number;
  /** The list (numId) the label comes from. */
  list: string;
}

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | undefined) {
    const top = root ? child(root, 'w:numbering') : undefined;
    for (const a of childrenNamed(top, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of childrenNamed(a, 'w:lvl')) {
        const i = Number(l.attrs['w:ilvl'] ?? 0);
        if (!(i >= 0 && i < 9)) continue;
        const restart = val(l, 'w:lvlRestart');
        levels[i] = {
          fmt: val(l, 'w:numFmt') ?? 'decimal', text: val(l, 'w:lvlText') ?? '', start: Number(val(l, 'w:start') ?? 1),
          restart: restart === undefined ? undefined : Number(restart),
        };
      }
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of childrenNamed(top, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const start = val(o, 'w:startOverride');
        if (start !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', overrides });
    }
  }

  /** The label of the next paragraph in list numId at level ilvl; undefined for numId 0 or an unknown list. */
  next(numId: string, ilvl: number): NumberedLabel | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const levels = this.abstracts.get(num.abstractId);
    if (!levels || !levels[ilvl]) return undefined;
    const counts = this.counters.get(num.abstractId) ?? levels.map((l) => (l ? l.start - 1 : 0));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [lvl, start] of num.overrides) counts[lvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? 0) + 1;
    for (let deeper = ilvl + 1; deeper < levels.length; deeper++) {
      const l = levels[deeper];
      if (l && (l.restart === undefined || l.restart !== 0)) counts[deeper] = l.start - 1;
    }
    this.counters.set(num.abstractId, counts);
    const level = levels[ilvl];
    if (level.fmt === 'none') return { label: '', fmt: 'none', level: ilvl, list: numId };
    if (level.fmt === 'bullet') return { label: '-', fmt: 'bullet', level: ilvl, list: numId };
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(counts[k] ?? levels[k]?.start ?? 1, levels[k]?.fmt ?? 'decimal');
    });
    return { label, fmt: level.fmt, level: ilvl, list: numId };
  }
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Word's own formats: letters run a…z (no đ), then aa, bb… */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': case 'lowerLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}
