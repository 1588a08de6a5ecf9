// The PEG parser's machinery: the token array, keywords, memoization, positions and error raising.
// The grammar itself is in rules/ (one function per rule of Grammar/python.gram).
// CPython: Parser/pegen.c, Parser/pegen.h, Parser/pegen_errors.c
import * as ast from '../ast/nodes.generated.ts';
import { Tok } from './tokens.generated.ts';
import type { Token } from './token.ts';
import { FrontEndError, ParseError, type ParseErrorKind, type WarningSink } from './errors.ts';
import { ErrCode, type Tokenizer } from './tokenizer/index.ts';
import { normalize } from '../unicode/normalize.ts';

/**
 * Token types of the keywords. A NAME token whose text is a keyword gets one of these instead of
 * Tok.NAME when it enters the token array, so rules compare integers, never strings.
 * (CPython numbers them from 500 up in its generated parser; only distinctness matters here.)
 */
export const enum Kw {
  False = 100, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
  Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return,
  Try, While, With, Yield,
}

/** The keyword a NAME spells, or Tok.NAME. A switch on the first letter: measured faster than a Map. */
export function keywordType(s: string): number {
  const n = s.length;
  if (n < 2 || n > 8) return Tok.NAME;
  switch (s.charCodeAt(0)) {
    case 0x46: // F
      return s === 'False' ? Kw.False : Tok.NAME;
    case 0x4e: // N
      return s === 'None' ? Kw.None : Tok.NAME;
    case 0x54: // T
      return s === 'True' ? Kw.True : Tok.NAME;
    case 0x61: // a
      return s === 'and' ? Kw.And : s === 'as' ? Kw.As : s === 'assert' ? Kw.Assert : s === 'async' ? Kw.Async : s === 'await' ? Kw.Await : Tok.NAME;
    case 0x62: // b
      return s === 'break' ? Kw.Break : Tok.NAME;
    case 0x63: // c
      return s === 'class' ? Kw.Class : s === 'continue' ? Kw.Continue : Tok.NAME;
    case 0x64: // d
      return s === 'def' ? Kw.Def : s === 'del' ? Kw.Del : Tok.NAME;
    case 0x65: // e
      return s === 'elif' ? Kw.Elif : s === 'else' ? Kw.Else : s === 'except' ? Kw.Except : Tok.NAME;
    case 0x66: // f
      return s === 'for' ? Kw.For : s === 'from' ? Kw.From : s === 'finally' ? Kw.Finally : Tok.NAME;
    case 0x67: // g
      return s === 'global' ? Kw.Global : Tok.NAME;
    case 0x69: // i
      return s === 'if' ? Kw.If : s === 'in' ? Kw.In : s === 'is' ? Kw.Is : s === 'import' ? Kw.Import : Tok.NAME;
    case 0x6c: // l
      return s === 'lambda' ? Kw.Lambda : Tok.NAME;
    case 0x6e: // n
      return s === 'not' ? Kw.Not : s === 'nonlocal' ? Kw.Nonlocal : Tok.NAME;
    case 0x6f: // o
      return s === 'or' ? Kw.Or : Tok.NAME;
    case 0x70: // p
      return s === 'pass' ? Kw.Pass : Tok.NAME;
    case 0x72: // r
      return s === 'return' ? Kw.Return : s === 'raise' ? Kw.Raise : Tok.NAME;
    case 0x74: // t
      return s === 'try' ? Kw.Try : Tok.NAME;
    case 0x77: // w
      return s === 'while' ? Kw.While : s === 'with' ? Kw.With : Tok.NAME;
    case 0x79: // y
      return s === 'yield' ? Kw.Yield : Tok.NAME;
    default:
      return Tok.NAME;
  }
}

/** The soft keywords: NAME tokens that are keywords only where the grammar says so. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match', 'type']);

/** Anything with a source range: tokens and AST nodes. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type StartRule = 'exec' | 'eval' | 'single' | 'func_type';

/**
 * A memo table for one rule: results and end marks by the token position the rule started at.
 * Dense tables (rules tried at a large share of positions) are arrays preallocated from the source
 * size and grown by doubling; sparse ones are Maps. Measured on the standard library, either choice
 * costs several times more where it does not fit. An inactive table records nothing.
 */
export class Memo<T> {
  private res: (T | null | undefined)[] = [];
  private ends = new Int32Array(0);
  private cap = 0;
  private readonly map: Map<number, T | null> | null;
  private readonly mapEnds: Map<number, number> | null;

  /** `sizeHint`: the expected number of tokens (a dense table is allocated at its first use). */
  constructor(
    readonly active: boolean,
    dense: boolean,
    private readonly sizeHint: number,
  ) {
    // An inactive table has neither storage: every lookup misses at once.
    this.map = dense || !active ? null : new Map();
    this.mapEnds = dense || !active ? null : new Map();
  }

  /** The result recorded for start position `pos` (null: the rule failed there), or undefined. */
  get(pos: number): T | null | undefined {
    if (pos < this.cap) return this.res[pos];
    if (this.map !== null) return this.map.get(pos);
    return undefined;
  }

  /** Where the rule recorded at `pos` ended. */
  endOf(pos: number): number {
    if (this.mapEnds !== null) return this.mapEnds.get(pos)!;
    return this.ends[pos];
  }

  /** Records the rule's result (null: failure) for start position `pos`, ending at `mark`. */
  set(pos: number, value: T | null, mark: number): void {
    if (!this.active) return;
    if (this.map !== null) {
      this.map.set(pos, value);
      this.mapEnds!.set(pos, mark);
      return;
    }
    if (pos >= this.cap) this.grow(pos);
    this.res[pos] = value;
    this.ends[pos] = mark;
  }

  private grow(pos: number): void {
    let cap = this.cap === 0 ? Math.max(64, this.sizeHint) : this.cap * 2;
    while (cap <= pos) cap *= 2;
    const res: (T | null | undefined)[] = new Array(cap);
    for (let i = 0; i < this.cap; i++) res[i] = this.res[i];
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.res = res;
    this.ends = ends;
    this.cap = cap;
  }
}

/** Parser stack depth at which CPython gives up. CPython: Parser/parser.c MAXSTACK */
const MAXSTACK = 6000;

/** A stand-in node some actions return where CPython returns `_PyPegen_dummy_name`. */
export const DUMMY_NAME = new ast.Name('', 'Load', 1, 0, 1, 0);

export class Parser {
  /** Tokens fetched so far; `types[i]` is the token type with keywords resolved. */
  readonly tokens: Token[] = [];
  types: Int32Array;
  /** The bracket depth after each token (CPython: Token.level). */
  levels: Int32Array;
  private bracketLevel = 0;
  /** Number of tokens fetched (CPython p->fill). */
  fill = 0;
  /** Index of the next token to match (CPython p->mark). */
  mark = 0;
  /** Token tests made: a measure of the parser's work, for tests that guard against exponential backtracking. */
  steps = 0;
  /** Second pass: the invalid_* rules are active. */
  callInvalidRules = false;
  /** Nesting depth of rule calls that can recurse without consuming brackets. */
  level = 0;
  /** CPython p->known_err_token: the token a decode error points at. */
  knownErrToken: Token | null = null;
  /**
   * The last compound statement the second pass parsed (CPython: p->last_stmt_location), which the
   * SyntaxError carries as its _metadata for traceback's keyword-typo search.
   */
  lastStmtLineno = 0;
  lastStmtCol = 0;
  /** The first pass failed: errors from here on carry the metadata above. */
  errorPassReached = false;
  /** `from __future__ import barry_as_FLUFL` seen. */
  barryAsBdfl = false;
  /** The FSTRING_START / TSTRING_START tokens of the f-strings and t-strings being parsed, innermost last. */
  fstringStarts: Token[] = [];
  /** (lineno, tag) of every `# type: ignore` comment. */
  readonly typeIgnores: ast.TypeIgnore[] = [];
  private parsingStarted = false;
  /** PyCF_DONT_IMPLY_DEDENT (codeop): 'single' input does not close its open blocks at the end. */
  dontImplyDedent = false;
  private readonly nameCacheIndex = new Int32Array(16).fill(-1);
  private readonly nameCache: ast.Name[] = new Array(16);
  memos!: ParserMemos;

  constructor(
    readonly tokenizer: Tokenizer,
    readonly filename: string,
    readonly startRule: StartRule,
    readonly featureVersion: number,
    readonly typeComments: boolean,
    readonly onWarning: WarningSink | undefined,
  ) {
    // About one token per 8 characters of source, measured on the standard library.
    const n = (tokenizer.src.length >> 3) + 16;
    this.types = new Int32Array(n);
    this.levels = new Int32Array(n);
    this.resetMemos();
  }

  resetMemos(): void {
    // About one token per 8 characters of source, measured on the standard library.
    this.memos = new ParserMemos(this.callInvalidRules, (this.tokenizer.src.length >> 3) + 16);
  }

  // ---- tokens ----

  /** Fetches the next token from the tokenizer into the array.  CPython: _PyPegen_fill_token */
  fillToken(): void {
    let t = this.tokenizer.next();
    // Record and skip '# type: ignore' comments.
    while (t.type === Tok.TYPE_IGNORE) {
      this.typeIgnores.push(new ast.TypeIgnore(this.tokenizer.lineno, t.string));
      t = this.tokenizer.next();
    }
    let type: number = t.type;
    // In 'single' mode the end of input closes the statement: it reads as one more NEWLINE, and
    // the blocks still open are closed (DEDENTs follow) unless PyCF_DONT_IMPLY_DEDENT.
    if (this.startRule === 'single' && type === Tok.ENDMARKER && this.parsingStarted) {
      type = Tok.NEWLINE;
      this.parsingStarted = false;
      const tok = this.tokenizer;
      if (tok.indent !== 0 && !this.dontImplyDedent) {
        tok.pendin = -tok.indent;
        tok.indent = 0;
      }
    } else {
      this.parsingStarted = true;
    }
    if (type === Tok.NAME) type = keywordType(t.string);
    else if (type === Tok.LPAR || type === Tok.LSQB || type === Tok.LBRACE) this.bracketLevel++;
    else if (type === Tok.RPAR || type === Tok.RSQB || type === Tok.RBRACE) this.bracketLevel--;
    const i = this.fill;
    if (i === this.types.length) this.growTokenArrays();
    this.tokens.push(t);
    this.types[i] = type;
    this.levels[i] = this.bracketLevel;
    this.fill = i + 1;
    if (type === Tok.ERRORTOKEN) this.tokenizerError();
  }

  private growTokenArrays(): void {
    const n = this.types.length * 2;
    const types = new Int32Array(n);
    types.set(this.types);
    this.types = types;
    const levels = new Int32Array(n);
    levels.set(this.levels);
    this.levels = levels;
  }

  /** The type of the next token, fetching it if needed. */
  peek(): number {
    this.steps++;
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark];
  }

  /** The next token (fetched). */
  peekToken(): Token {
    this.steps++;
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark];
  }

  /** Consumes the next token if it has type `type`.  CPython: _PyPegen_expect_token */
  expect(type: number): Token | null {
    this.steps++;
    if (this.mark === this.fill) this.fillToken();
    if (this.types[this.mark] !== type) return null;
    return this.tokens[this.mark++];
  }

  /** True when the next token has type `type` (a lookahead; consumes nothing). */
  at(type: number): boolean {
    this.steps++;
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark] === type;
  }

  /** Consumes `type` or raises "expected '...'" at the next token.  CPython: _PyPegen_expect_forced_token */
  expectForced(type: number, expected: string): Token {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark];
    if (this.types[this.mark] !== type) this.raiseKnownLocation(t, `expected '${expected}'`);
    this.mark++;
    return t;
  }

  /** Consumes a NAME token spelling the soft keyword `kw`.  CPython: _PyPegen_expect_soft_keyword */
  expectSoftKeyword(kw: string): ast.Name | null {
    if (this.mark === this.fill) this.fillToken();
    if (this.types[this.mark] !== Tok.NAME || this.tokens[this.mark].string !== kw) return null;
    return this.nameToken();
  }

  /** True when the next token is a NAME spelling `kw`. */
  atSoftKeyword(kw: string): boolean {
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark] === Tok.NAME && this.tokens[this.mark].string === kw;
  }

  /** NAME -> Name node (Load).  CPython: _PyPegen_name_token */
  nameToken(): ast.Name | null {
    if (this.mark === this.fill) this.fillToken();
    const i = this.mark;
    if (this.types[i] !== Tok.NAME) return null;
    this.mark++;
    // Backtracking asks for the same names again and again: a small cache of the Name nodes made
    // (a node is never changed, and a token ends up in the tree at most once).
    const slot = i & 15;
    if (this.nameCacheIndex[slot] === i) return this.nameCache[slot];
    const t = this.tokens[i];
    const n = new ast.Name(this.newIdentifier(t.string), 'Load', t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    this.nameCacheIndex[slot] = i;
    this.nameCache[slot] = n;
    return n;
  }

  /** The last token before the mark that is not NEWLINE, INDENT, DEDENT or ENDMARKER.  CPython: _PyPegen_get_last_nonnwhitespace_token */
  lastNonWhitespaceToken(): Token {
    let token = this.tokens[this.mark - 1];
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m];
      const type = this.types[m];
      if (type !== Tok.ENDMARKER && (type < Tok.NEWLINE || type > Tok.DEDENT)) break;
    }
    return token;
  }

  /** An identifier: NFKC-normalized when not ASCII.  CPython: _PyPegen_new_identifier */
  newIdentifier(s: string): string {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) return this.normalizeIdentifier(s);
    }
    return s;
  }

  private normalizeIdentifier(s: string): string {
    const id = normalize('NFKC', s);
    if (id === 'None' || id === 'True' || id === 'False') {
      throw new FrontEndError('ValueError', `identifier field can't represent '${id}' constant`);
    }
    return id;
  }

  /** Notes a parsed compound statement (second pass only).  CPython: _PyPegen_register_stmts */
  registerStmt(s: ast.stmt): void {
    if (!this.callInvalidRules || this.lastStmtLineno > s.lineno) return;
    this.lastStmtLineno = s.lineno;
    this.lastStmtCol = s.col_offset;
  }

  // ---- recursion ----

  /** Counts one level of rule nesting; CPython reports a MemoryError past MAXSTACK levels. */
  enter(): void {
    if (++this.level > MAXSTACK) stackOverflow();
  }

  // ---- errors ----

  /**
   * The tokenizer returned ERRORTOKEN: raise its own error, or word the one its state tells.
   * CPython: _Pypegen_tokenizer_error
   */
  private tokenizerError(): never {
    const tok = this.tokenizer;
    if (tok.error !== null) throw tok.error;
    let kind: ParseErrorKind = 'SyntaxError';
    let msg: string;
    let col = -1;
    switch (tok.done) {
      case ErrCode.E_EOF:
        if (tok.level > 0) this.raiseUnclosedBracket();
        this.raiseSyntaxError('unexpected EOF while parsing');
      // falls through (unreachable)
      case ErrCode.E_DEDENT:
        this.raiseIndentationError('unindent does not match any outer indentation level');
      // falls through (unreachable)
      case ErrCode.E_TABSPACE:
        kind = 'TabError';
        msg = 'inconsistent use of tabs and spaces in indentation';
        break;
      case ErrCode.E_TOODEEP:
        kind = 'IndentationError';
        msg = 'too many levels of indentation';
        break;
      case ErrCode.E_LINECONT:
        col = tok.byteCol(tok.cur, tok.bufStart) - 1;
        msg = 'unexpected character after line continuation character';
        break;
      default:
        msg = 'unknown parsing error';
    }
    this.raiseAt(kind, msg, tok.lineno, (col >= 0 ? col : 0) + 1, tok.lineno, 0);
  }

  /** "'(' was never closed" at the innermost open bracket. */
  raiseUnclosedBracket(): never {
    const tok = this.tokenizer;
    const i = tok.level - 1;
    const lineno = tok.parenlinenostack[i];
    this.raiseAt('SyntaxError', `'${String.fromCharCode(tok.parenstack[i])}' was never closed`, lineno, tok.parencolstack[i] + 1, lineno, 0);
  }

  /** The tokenizer's position in its current line, in UTF-8 bytes (CPython: tok->cur - tok->line_start). */
  currentColumn(): number {
    const tok = this.tokenizer;
    return tok.byteCol(tok.cur, tok.lineStart);
  }

  /**
   * Raises at the last token fetched (or, with `useMark`, at the next token).
   * CPython: _PyPegen_raise_error (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR, RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN)
   */
  raiseError(kind: ParseErrorKind, msg: string, useMark: boolean): never {
    if (this.fill === 0) this.raiseAt(kind, msg, 0, 0, 0, -1);
    if (useMark && this.mark === this.fill) this.fillToken();
    const t = this.knownErrToken ?? this.tokens[useMark ? this.mark : this.fill - 1];
    let col: number;
    if (t.col_offset === -1) col = this.tokenizer.cur === this.tokenizer.bufStart ? 0 : this.currentColumn();
    else col = t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    this.raiseAt(kind, msg, t.lineno, col, t.end_lineno, endCol);
  }

  raiseSyntaxError(msg: string): never {
    this.raiseError('SyntaxError', msg, false);
  }

  raiseOnNextToken(msg: string): never {
    this.raiseError('SyntaxError', msg, true);
  }

  raiseIndentationError(msg: string): never {
    this.raiseError('IndentationError', msg, false);
  }

  /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION */
  raiseKnownLocation(a: Located, msg: string): never {
    this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
  }

  /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE */
  raiseKnownRange(a: Located, b: Located, msg: string): never {
    this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** From `a` to the tokenizer's current position.  CPython: RAISE_SYNTAX_ERROR_STARTING_FROM */
  raiseStartingFrom(a: Located, msg: string): never {
    this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset + 1, this.tokenizer.lineno, this.currentColumn());
  }

  /**
   * Builds and throws the error. Columns are 1-based UTF-8 byte offsets (end 0 or less: none); they
   * become character offsets counted in the text of line `lineno`, as CPython counts them.
   * CPython: _PyPegen_raise_error_known_location
   */
  raiseAt(kind: ParseErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    const text = this.errorLine(lineno);
    const offset = byteOffsetToCharOffset(text, col);
    const endOffset = endCol > 0 ? byteOffsetToCharOffset(text, endCol) : endCol;
    throw new ParseError(kind, msg, this.filename, lineno, offset, endLineno, endOffset, text);
  }

  /** The text CPython shows for line `lineno` in a SyntaxError (and counts columns in).  CPython: see _PyPegen_raise_error_known_location */
  errorLine(lineno: number): string {
    return this.tokenizer.errorLineText(lineno);
  }

  /**
   * Emits a warning through the sink. Columns are 1-based UTF-8 byte offsets of where the SyntaxError
   * would point if the warning were turned into an error: true when the sink asks for that.
   */
  warn(category: 'SyntaxWarning' | 'DeprecationWarning', message: string, lineno: number, col: number, endLineno: number, endCol: number): boolean {
    if (!this.onWarning) return false;
    const text = this.errorLine(lineno);
    const r = this.onWarning({
      category,
      message,
      filename: this.filename,
      lineno,
      offset: byteOffsetToCharOffset(text, col),
      end_lineno: endLineno,
      end_offset: endCol > 0 ? byteOffsetToCharOffset(text, endCol) : endCol,
    });
    return r === 'error';
  }
}

/**
 * One memo table per memoized rule: the rules CPython marks `(memo)` and its left-recursive ones.
 * Measured on the standard library, most of them never or seldom hit in the first pass (our
 * left-recursive rules are loops, alternatives that share a prefix are merged, and star_atom and
 * del_t_atom reuse their first parse): those memoize only in the second pass, where the invalid_*
 * rules re-parse the same input many times. The first pass keeps the ones that save real work
 * (expression, t_primary, arguments), keep warnings from being repeated (strings), or keep nested
 * brackets from being parsed twice per level (closed_pattern).
 */
export class ParserMemos {
  expression: Memo<ast.expr>;
  t_primary: Memo<ast.expr>;
  arguments: Memo<ast.Call>;
  strings: Memo<ast.expr>;
  closed_pattern: Memo<ast.pattern>;
  // Second pass only.
  target_with_star_atom: Memo<ast.expr>;
  del_target: Memo<ast.expr>;
  name_or_attr: Memo<ast.expr>;
  disjunction: Memo<ast.expr>;
  bitwise_or: Memo<ast.expr>;
  star_target: Memo<ast.expr>;
  simple_stmt: Memo<ast.stmt>;
  block: Memo<ast.stmt[]>;
  star_expression: Memo<ast.expr>;
  conjunction: Memo<ast.expr>;
  inversion: Memo<ast.expr>;
  sum: Memo<ast.expr>;
  factor: Memo<ast.expr>;
  await_primary: Memo<ast.expr>;
  primary: Memo<ast.expr>;
  tstring: Memo<ast.expr>;
  dotted_name: Memo<ast.Name>;
  star_pattern: Memo<ast.pattern>;
  type_param: Memo<ast.type_param>;
  invalid_named_expression: Memo<ast.expr>;

  constructor(secondPass: boolean, n: number) {
    this.expression = new Memo(true, true, n);
    this.t_primary = new Memo(true, true, n);
    this.arguments = new Memo(true, false, n);
    this.strings = new Memo(true, false, n);
    this.closed_pattern = new Memo(true, false, n);
    // The second pass is rare: sparse tables, nothing allocated up front.
    this.target_with_star_atom = new Memo(secondPass, false, n);
    this.del_target = new Memo(secondPass, false, n);
    this.name_or_attr = new Memo(secondPass, false, n);
    this.disjunction = new Memo(secondPass, false, n);
    this.bitwise_or = new Memo(secondPass, false, n);
    this.star_target = new Memo(secondPass, false, n);
    this.simple_stmt = new Memo(secondPass, false, n);
    this.block = new Memo(secondPass, false, n);
    this.star_expression = new Memo(secondPass, false, n);
    this.conjunction = new Memo(secondPass, false, n);
    this.inversion = new Memo(secondPass, false, n);
    this.sum = new Memo(secondPass, false, n);
    this.factor = new Memo(secondPass, false, n);
    this.await_primary = new Memo(secondPass, false, n);
    this.primary = new Memo(secondPass, false, n);
    this.tstring = new Memo(secondPass, false, n);
    this.dotted_name = new Memo(secondPass, false, n);
    this.star_pattern = new Memo(secondPass, false, n);
    this.type_param = new Memo(secondPass, false, n);
    this.invalid_named_expression = new Memo(secondPass, false, n);
  }
}

export function stackOverflow(): never {
  throw new FrontEndError('MemoryError', 'Parser stack overflowed - Python source too complex to parse');
}

/**
 * The number of characters in the first `col` UTF-8 bytes of `line` (CPython decodes the prefix with
 * errors='replace'; a column past the end of the line counts as one character more than the line).
 * CPython: Parser/pegen.c _PyPegen_byte_offset_to_character_offset_raw
 */
export function byteOffsetToCharOffset(line: string, col: number): number {
  if (col <= 0) return col;
  let bytes = 0;
  let chars = 0;
  let i = 0;
  while (i < line.length && bytes < col) {
    const c = line.codePointAt(i)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
    chars++;
    bytes += n;
  }
  // Past the end: the C string's terminating NUL counts as one more character.
  if (bytes < col) chars++;
  return chars;
}

/** UTF-8 length of a JS string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
