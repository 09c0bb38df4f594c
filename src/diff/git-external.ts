import { createTwoFilesPatch } from 'diff';
import type { Lang } from '../report/style.js';
import type { LoadedInput } from './inputs.js';

/** What git passes an external diff program: path old-file old-hex old-mode new-file new-hex new-mode [new-path xfrm-msg]. */
export interface GitExternalArguments {
  path: string;
  oldFile: string;
  newFile: string;
  newPath: string;
}

const HEX = /^([0-9a-f]{4,64}|\.)$/;
const MODE = /^([0-7]{6}|\.)$/;

/** Recognises git's external-diff call (7 arguments, or 9 for a rename), so that `cochuong diff` can be git's diff driver. */
export function gitExternalArguments(args: readonly string[]): GitExternalArguments | undefined {
  if (args.length !== 7 && args.length !== 9) return undefined;
  const [path, oldFile, oldHex, oldMode, newFile, newHex, newMode, newPath] = args;
  if (!HEX.test(oldHex) || !MODE.test(oldMode) || !HEX.test(newHex) || !MODE.test(newMode)) return undefined;
  return { path, oldFile, newFile, newPath: newPath ?? path };
}

/** A plain unified diff, for files under the driver that are not coordination documents. */
export function lineDiff(oldSide: LoadedInput, newSide: LoadedInput, lang: Lang): string {
  if (oldSide.text === undefined || newSide.text === undefined) {
    return lang === 'vi' ? 'Hai tệp khác nhau (không phải văn bản đọc được).\n' : 'The files differ (not readable text).\n';
  }
  if (oldSide.text === newSide.text) return '';
  const patch = createTwoFilesPatch(oldSide.name, newSide.name, oldSide.text, newSide.text, undefined, undefined, { context: 3 });
  return patch.replace(/^=+\n/, '');
}
