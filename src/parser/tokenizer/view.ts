// Tokens as CPython's `_tokenize.TokenizerIter` reports them: (type, string, (line, col),
// (end line, end col)) with columns in characters, for tests against CPython and for the
// `tokenize` module.  CPython: Python/Python-tokenize.c tokenizeriter_next
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { ErrCode, Tokenizer, type TokenizerOptions } from './tokenizer.ts';

/** [type, string, start line, start col, end line, end col]; columns count code points, -1 when none. */
export type TokenRow = [number, string, number, number, number, number];

/** The starts of the lines of `src` (index 0 is line 1). */
export function lineStarts(src: string): number[] {
  const out = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** A token's row, with character columns computed as TokenizerIter computes them. */
export function tokenRow(tok: Tokenizer, t: Token, starts: readonly number[]): TokenRow {
  if (t.col_offset < 0) return [t.type, t.string, t.lineno, -1, t.end_lineno, -1];
  const ls = starts[t.lineno - 1] ?? 0;
  const els = starts[t.end_lineno - 1] ?? 0;
  const col = t.start >= ls ? tok.charCount(ls, t.start) : -1;
  const endCol = t.end >= els ? tok.charCount(els, t.end) : -1;
  return [t.type, t.string, t.lineno, col, t.end_lineno, endCol];
}

export interface TokenizeResult {
  rows: TokenRow[];
  /** The tokenizer's state at an ERRORTOKEN: its own SyntaxError, or the error code the parser turns into one. */
  error: { done: ErrCode; kind: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null; text: string | null } | null;
}

/** Tokenizes all of `src` (already newline-translated), stopping at ENDMARKER or the first error. */
export function tokenizeAll(src: string, opts: TokenizerOptions = {}): TokenizeResult {
  const tok = new Tokenizer(src, opts);
  const starts = lineStarts(src);
  const rows: TokenRow[] = [];
  for (;;) {
    const t = tok.next();
    if (t.type === Tok.ERRORTOKEN) {
      const e = tok.error;
      return {
        rows,
        error: e
          ? { done: tok.done, kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text }
          : { done: tok.done, kind: '', msg: '', lineno: tok.lineno, offset: 0, end_lineno: 0, end_offset: 0, text: null },
      };
    }
    rows.push(tokenRow(tok, t, starts));
    if (t.type === Tok.ENDMARKER) return { rows, error: null };
  }
}
