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

/**
 * Tokenizes all of `src` as `TokenizerIter(readline, extra_tokens=True)` reports it, the view the
 * `tokenize` module builds on: COMMENT and NL tokens, operators typed OP, NEWLINE with its text,
 * the tokens after the last line at (last line + 1, 0).  `implicitNewline` says that `src`'s final
 * newline was added by the reader (the file did not end with one): NEWLINE and NL there have no
 * text.  CPython: Python/Python-tokenize.c tokenizeriter_next
 */
export function tokenizeAllExtra(src: string, implicitNewline: boolean, opts: TokenizerOptions = {}): TokenizeResult {
  const tok = new Tokenizer(src, { ...opts, extraTokens: true });
  const starts = lineStarts(src);
  const rows: TokenRow[] = [];
  for (;;) {
    const t = tok.next();
    if (t.type === Tok.ERRORTOKEN) return { rows, error: errorOf(tok) };
    rows.push(extraTokenRow(tok, t, starts, implicitNewline && tok.inp === src.length));
    if (t.type === Tok.ENDMARKER) return { rows, error: null };
  }
}

/** Whether `t` is one of the tokens after the last line (ENDMARKER, the closing DEDENTs). */
export function isTrailingToken(tok: Tokenizer, t: Token): boolean {
  return t.type === Tok.ENDMARKER || (t.type === Tok.DEDENT && tok.done === ErrCode.E_EOF);
}

/**
 * tokenRow in the extra-tokens view (see tokenizeAllExtra) for a tokenizer made with extraTokens;
 * `implicit`: the line being read ends with a newline the reader added (tok->implicit_newline),
 * where NEWLINE keeps its own text (without the newline) and NL has none.
 */
export function extraTokenRow(tok: Tokenizer, t: Token, starts: readonly number[], implicit: boolean): TokenRow {
  const src = tok.src;
  const row = tokenRow(tok, t, starts);
  if (isTrailingToken(tok, t)) {
    row[2] = row[4] = row[2] + 1;
    row[3] = row[5] = 0;
  }
  if (row[0] > Tok.DEDENT && row[0] < Tok.OP) row[0] = Tok.OP;
  else if (row[0] === Tok.NEWLINE) {
    if (!implicit) row[1] = src.charCodeAt(t.start) === 13 ? '\r\n' : '\n';
    row[5]++;
  } else if (row[0] === Tok.NL && implicit) {
    row[1] = '';
  }
  return row;
}

function errorOf(tok: Tokenizer): TokenizeResult['error'] {
  const e = tok.error;
  return e
    ? { done: tok.done, kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text }
    : { done: tok.done, kind: '', msg: '', lineno: tok.lineno, offset: 0, end_lineno: 0, end_offset: 0, text: null };
}
