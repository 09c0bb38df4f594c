import { baseProgram } from './base.js';
import { MISTAKES, type Mistake } from './mistakes.js';

export interface MistakeFile extends Mistake {
  text: string;
  /** 1-based line changed. */
  line: number;
}

/** The corpus: the base with each mistake applied, one file each. */
export function mistakeFiles(base = baseProgram()): MistakeFile[] {
  const lines = base.split('\n');
  return MISTAKES.map((m) => {
    const at = lines.findIndex((l) => l.includes(m.on));
    if (at < 0) throw new Error(`mistake ${m.name}: no line holds "${m.on}"`);
    const changed = [...lines];
    changed[at] = m.to(lines[at]);
    if (changed[at] === lines[at]) throw new Error(`mistake ${m.name} changes nothing`);
    return { ...m, text: changed.join('\n'), line: at + 1 };
  });
}
