/** Colours a reporter may use; the command layer passes chalk or the plain identity. */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  place(s: string): string;
}

const same = (s: string) => s;
export const PLAIN: Style = { error: same, warning: same, dim: same, bold: same, place: same };

export type Lang = 'vi' | 'en';
