/** The file name looked for in a document's folder and its parents (a module of its own: file discovery needs only the name). */
export const CONFIG_NAME = '.cochuong.yaml';
