// traceback.py's search for a misspelled keyword behind an "invalid syntax" error: each name on
// the error's line is replaced by the keywords most like it, and the first replacement that
// compiles turns the message into "invalid syntax. Did you mean 'for'?".
// CPython: Lib/traceback.py TracebackException._find_keyword_typos, Lib/difflib.py
// get_close_matches, Python/suggestions.c, Lib/codeop.py compile_command, Lib/textwrap.py dedent
import { parse } from '../parser/index.ts';
import { ParseError } from '../parser/errors.ts';
import { KEYWORDS, Tok } from '../parser/tokens.generated.ts';
import { Tokenizer } from '../parser/tokenizer/index.ts';
import { translateNewlines } from '../parser/source.ts';
import { calculateSuggestion } from '../objects/suggestions.ts';
import { isSpace } from '../unicode/db.ts';

/** The SyntaxError fields the search reads and may rewrite. */
export interface TypoFields {
  msg: string | null;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
  metadata: [number, number, string | null] | null;
}

/**
 * Rewrites `e` in place when a keyword typo explains the error.  `readFile` reads the file named
 * in the error (as open(filename).read() would), or returns null when that fails.
 */
export function findKeywordTypos(e: TypoFields, readFile: (filename: string) => string | null): void {
  try {
    search(e, readFile);
  } catch {
    // traceback.py runs the search under contextlib.suppress(Exception).
  }
}

/**
 * The full compile codeop finally runs on a candidate; until the compiler can be called from here,
 * only the parser checks it.
 * Differs from CPython: a candidate that parses but fails to compile (such as 'return' outside a
 * function) is accepted.  TODO(#2): call the compiler once it exists.
 */
let fullCompile: (code: string) => void = (code) => {
  parse(code, { filename: '<input>', mode: 'exec' });
};

/** Installs the compiler for compileCommandAccepts' last step (it throws ParseError on failure). */
export function setKeywordTypoCompiler(compile: (code: string) => void): void {
  fullCompile = compile;
}

function search(e: TypoFields, readFile: (filename: string) => string | null): void {
  if (e.msg !== 'invalid syntax' && !(e.msg ?? '').includes('Perhaps you forgot a comma')) return;
  if (e.metadata === null) return;
  let [line, , source] = e.metadata;
  let endLine = e.lineno ?? 0;
  let lines: string[] | null = null;
  let fromFilename = false;
  if (source === null) {
    if (e.filename) {
      const text = readFile(e.filename);
      if (text === null) {
        line = 0;
        endLine = 1;
      } else {
        lines = splitlines(text);
        fromFilename = true;
      }
    }
    lines ??= splitlines(e.text!);
  } else {
    lines = splitlines(source);
  }
  let errorCode = dedent(lines.slice(line > 0 ? line - 1 : 0, Math.max(endLine, 0)).join('\n'));
  if (Array.from(errorCode).length > 1024) return;
  const errorLines = splitlines(errorCode);

  // tokenize.generate_tokens(io.StringIO(error_code).readline): a tokenizer error ends the search.
  const tok = new Tokenizer(translateNewlines(errorCode, true), { extraTokens: true });
  const codeLines = errorCode.split('\n');
  let left = 10;
  for (;;) {
    const t = tok.next();
    if (t.type === Tok.ERRORTOKEN) throw new Error('tokenize error');
    if (t.type === Tok.ENDMARKER) return;
    if (t.type !== Tok.NAME) continue;
    const startRow = t.lineno;
    const startCol = tok.charCount(tok.src.lastIndexOf('\n', t.start - 1) + 1, t.start);
    const endCol = startCol + Array.from(t.string).length;
    // Only names on the error's line.
    const theEnd = line === 0 ? endLine : endLine + 1;
    if (fromFilename && startRow + line !== theEnd) continue;
    const wrong = t.string;
    if (KEYWORDS.includes(wrong)) continue;
    if (--left < 0) return;
    const matches: string[] = [];
    const suggestion = calculateSuggestion(KEYWORDS, wrong);
    if (suggestion) matches.push(suggestion);
    matches.push(...closeMatches(wrong, KEYWORDS, 3, 0.5));
    for (const kw of matches.slice(0, 3)) {
      if (!kw || kw === wrong) continue;
      const theLines = errorLines.slice();
      const chars = Array.from(theLines[startRow - 1]);
      chars.splice(startCol, endCol - startCol, ...Array.from(kw));
      theLines[startRow - 1] = chars.join('');
      if (!compileCommandAccepts(theLines.join('\n'))) continue;
      // The token's line, as tokenize gives it (without the newline it adds to the last line).
      e.text = codeLines[startRow - 1] + (startRow < codeLines.length ? '\n' : '');
      e.offset = startCol + 1;
      e.end_offset = endCol + 1;
      e.lineno = startRow;
      e.end_lineno = t.end_lineno;
      e.msg = `invalid syntax. Did you mean '${kw}'?`;
      return;
    }
  }
}

/**
 * Whether codeop.compile_command(code, symbol='exec', flags=PyCF_ONLY_AST) raises no SyntaxError:
 * code that compiles, or that is only incomplete, passes.  Other errors end the search.
 * CPython: Lib/codeop.py _maybe_compile
 */
function compileCommandAccepts(code: string): boolean {
  if (code.split('\n').every((l) => strip(l) === '' || strip(l).startsWith('#'))) code = 'pass';
  const compile = (src: string, incomplete: boolean): void => {
    parse(src, { filename: '<input>', mode: 'exec', allowIncompleteInput: incomplete });
  };
  try {
    compile(code, true);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    try {
      compile(code + '\n', true);
      return true;
    } catch (e2) {
      if (!(e2 instanceof ParseError)) throw e2;
      if (e2.kind === 'IncompleteInputError') return true;
    }
  }
  try {
    fullCompile(code);
    return true;
  } catch (e) {
    if (e instanceof ParseError) return false;
    throw e;
  }
}

/** str.strip() */
function strip(s: string): string {
  const cps = Array.from(s);
  let i = 0;
  let j = cps.length;
  while (i < j && isSpace(cps[i].codePointAt(0)!)) i++;
  while (j > i && isSpace(cps[j - 1].codePointAt(0)!)) j--;
  return cps.slice(i, j).join('');
}

/** str.splitlines(): \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029 end lines. */
export function splitlines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 11 || c === 12 || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029) {
      out.push(s.slice(start, i));
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function isSpaceString(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (!isSpace(c.codePointAt(0)!)) return false;
  return true;
}

/** textwrap.dedent as Python 3.14 writes it: the common run of spaces and tabs leading every non-blank line goes. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l !== '' && !isSpaceString(l));
  let l1 = '';
  let l2 = '';
  if (nonBlank.length > 0) {
    l1 = nonBlank.reduce((a, b) => (compareCodePoints(b, a) < 0 ? b : a));
    l2 = nonBlank.reduce((a, b) => (compareCodePoints(b, a) > 0 ? b : a));
  }
  const c1 = Array.from(l1);
  const c2 = Array.from(l2);
  let margin = 0;
  for (margin = 0; margin < c1.length; margin++) {
    const c = c1[margin];
    if (c !== c2[margin] || (c !== ' ' && c !== '\t')) break;
  }
  if (margin === c1.length && c1.length > 0) margin = c1.length - 1;
  return lines.map((l) => (isSpaceString(l) ? '' : Array.from(l).slice(margin).join(''))).join('\n');
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

// ---- difflib.get_close_matches

/** The up to `n` possibilities most like `word` with a similarity ratio of at least `cutoff`, best first.  CPython: difflib.get_close_matches */
export function closeMatches(word: string, possibilities: readonly string[], n: number, cutoff: number): string[] {
  const b = Array.from(word);
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    const a = Array.from(x);
    if (realQuickRatio(a, b) >= cutoff && quickRatio(a, b) >= cutoff && ratio(a, b) >= cutoff) scored.push([ratio(a, b), x]);
  }
  // heapq.nlargest on (score, word) tuples: ties go to the larger word.
  scored.sort((p, q) => (p[0] !== q[0] ? q[0] - p[0] : compareCodePoints(q[1], p[1])));
  return scored.slice(0, n).map(([, x]) => x);
}

function realQuickRatio(a: string[], b: string[]): number {
  const la = a.length;
  const lb = b.length;
  return la + lb ? (2.0 * Math.min(la, lb)) / (la + lb) : 1.0;
}

function quickRatio(a: string[], b: string[]): number {
  const full = new Map<string, number>();
  for (const c of b) full.set(c, (full.get(c) ?? 0) + 1);
  const avail = new Map<string, number>();
  let matches = 0;
  for (const c of a) {
    const numb = avail.has(c) ? avail.get(c)! : (full.get(c) ?? 0);
    avail.set(c, numb - 1);
    if (numb > 0) matches++;
  }
  return a.length + b.length ? (2.0 * matches) / (a.length + b.length) : 1.0;
}

/** SequenceMatcher(None, a, b).ratio(): twice the matched characters over the total. */
function ratio(a: string[], b: string[]): number {
  // Where each character of b occurs (b is short: no junk, no popular characters).
  const b2j = new Map<string, number[]>();
  b.forEach((c, j) => {
    const l = b2j.get(c);
    if (l) l.push(j);
    else b2j.set(c, [j]);
  });
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (k > 0) {
      matches += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return a.length + b.length ? (2.0 * matches) / (a.length + b.length) : 1.0;
}

/** The longest matching block in a[alo:ahi], b[blo:bhi], earliest in a, then in b.  CPython: SequenceMatcher.find_longest_match */
function longestMatch(a: string[], b: string[], b2j: Map<string, number[]>, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = next;
  }
  return [besti, bestj, bestsize];
}
