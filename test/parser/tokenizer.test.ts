// The tokenizer produces exactly CPython 3.14.2's tokens (type, text, start and end positions)
// and exactly its tokenizer errors, for the snippet corpus and for every stdlib file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { decodeSource, translateNewlines } from '../../src/parser/source.ts';
import { ErrCode } from '../../src/parser/tokenizer/index.ts';
import { tokenizeAll, tokenizeAllExtra, type TokenizeResult, type TokenRow } from '../../src/parser/tokenizer/view.ts';
import { readGolden } from '../support/known.ts';

type TokError = [string, string, number | null, number | null, number | null, number | null, string | null];
type SnippetRow = [string, TokenRow[], TokError | null];
type StdlibRow = [string, string, number, TokError | null];

/** The error `_tokenize` raises for a condition the parser words itself.  CPython: Python/Python-tokenize.c _tokenizer_error */
const DONE_ERRORS: Partial<Record<ErrCode, [string, string]>> = {
  [ErrCode.E_EOF]: ['SyntaxError', 'unexpected EOF in multi-line statement'],
  [ErrCode.E_DEDENT]: ['IndentationError', 'unindent does not match any outer indentation level'],
  [ErrCode.E_TABSPACE]: ['TabError', 'inconsistent use of tabs and spaces in indentation'],
  [ErrCode.E_TOODEEP]: ['IndentationError', 'too many levels of indentation'],
  [ErrCode.E_LINECONT]: ['SyntaxError', 'unexpected character after line continuation character'],
};

/** The error as comparable text: all fields for the tokenizer's own errors, class, message and line for the others. */
function errorText(r: TokenizeResult): string | null {
  const e = r.error;
  if (e === null) return null;
  if (e.msg !== '') return JSON.stringify([e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]);
  const d = DONE_ERRORS[e.done];
  return d ? JSON.stringify([d[0], d[1], e.lineno]) : `done=${e.done}`;
}

function goldenErrorText(e: TokError | null): string | null {
  if (e === null) return null;
  const byMsg = Object.values(DONE_ERRORS).some(([k, m]) => k === e[0] && m === e[1]);
  return JSON.stringify(byMsg ? [e[0], e[1], e[2]] : e);
}

test('tokenizer: snippet corpus, token for token and error for error', () => {
  const rows = readGolden<SnippetRow[]>('test/parser/goldens/tokenizer-snippets.json');
  const misses: string[] = [];
  for (const [src, want, wantErr] of rows) {
    if (src === '') continue; // _tokenize yields nothing at all for empty input
    const got = tokenizeAll(translateNewlines(src, true));
    const gotTokens = JSON.stringify(got.rows);
    const wantTokens = JSON.stringify(want);
    const e1 = errorText(got);
    const e2 = goldenErrorText(wantErr);
    if (gotTokens !== wantTokens) misses.push(`${JSON.stringify(src)}\n   tokens: ${gotTokens}\n   cpython: ${wantTokens}`);
    else if (e1 !== e2) misses.push(`${JSON.stringify(src)}\n   error: ${e1}\n   cpython: ${e2}`);
  }
  const share = (((rows.length - misses.length) / rows.length) * 100).toFixed(1);
  console.log(`tokenizer snippets: ${rows.length - misses.length}/${rows.length} identical (${share}%)`);
  assert.deepEqual(misses.slice(0, 20), [], `${misses.length} of ${rows.length} snippets differ`);
});

function tokenHash(r: TokenizeResult): string {
  const h = createHash('sha256');
  for (const [type, s, sl, sc, el, ec] of r.rows) h.update(`${type}\x00${s}\x00${sl},${sc},${el},${ec}\n`, 'utf8');
  return h.digest('hex').slice(0, 16);
}

test('tokenizer: every stdlib file, identical token stream', () => {
  const zip = openStdlibZip();
  const rows = readGolden<StdlibRow[]>('test/parser/goldens/tokenizer-stdlib.json');
  const misses: string[] = [];
  let tokens = 0;
  for (const [name, hash, count, err] of rows) {
    const src = decodeSource(zip.read(name)!, { filename: name, input: 'string', execInput: true });
    // _tokenize yields nothing at all for empty input (the parser still gets an ENDMARKER).
    const got = src.text === '' ? { rows: [], error: null } : tokenizeAll(src.text);
    tokens += got.rows.length;
    const gotErr = errorText(got);
    const wantErr = goldenErrorText(err);
    if (tokenHash(got) !== hash || got.rows.length !== count) misses.push(`${name}: tokens differ (${got.rows.length} vs ${count})`);
    else if (gotErr !== wantErr) misses.push(`${name}: error ${gotErr} vs ${wantErr}`);
  }
  console.log(`tokenizer stdlib: ${rows.length - misses.length}/${rows.length} files identical, ${tokens} tokens`);
  assert.deepEqual(misses.slice(0, 20), [], `${misses.length} of ${rows.length} files differ`);
});

test('tokenizer: snippet corpus in the tokenize module\'s view (extra tokens)', () => {
  const rows = readGolden<SnippetRow[]>('test/parser/goldens/tokenizer-extra.json');
  const misses: string[] = [];
  for (const [src, want, wantErr] of rows) {
    if (src === '') continue;
    const text = src.replace(/\r\n?/g, '\n');
    const got = tokenizeAllExtra(translateNewlines(text, true), !text.endsWith('\n'));
    const gotTokens = JSON.stringify(got.rows);
    const wantTokens = JSON.stringify(want);
    const e1 = errorText(got);
    const e2 = goldenErrorText(wantErr);
    if (gotTokens !== wantTokens) misses.push(`${JSON.stringify(src)}\n   tokens: ${gotTokens}\n   cpython: ${wantTokens}`);
    else if (e1 !== e2) misses.push(`${JSON.stringify(src)}\n   error: ${e1}\n   cpython: ${e2}`);
  }
  console.log(`tokenizer snippets, extra tokens: ${rows.length - misses.length}/${rows.length} identical`);
  assert.deepEqual(misses.slice(0, 20), [], `${misses.length} of ${rows.length} snippets differ`);
});
