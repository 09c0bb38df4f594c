import { serve } from '../../lsp/server.js';
import type { CliContext } from '../context.js';

/** `cochuong lsp`: the language server on standard input and output, until the editor says exit. */
export async function lspCommand(ctx: CliContext): Promise<number> {
  const code = await serve({ lang: ctx.lang, input: process.stdin, write: (bytes) => { process.stdout.write(bytes); } });
  process.stdin.pause(); // let the process end once the editor has said exit
  return code;
}
