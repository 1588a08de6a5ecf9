// The front end's public entry: source text (bytes or str) to an AST, or the SyntaxError CPython
// raises.  CPython: Parser/peg_api.c, Parser/pegen.c _PyPegen_run_parser,
// Parser/pegen_errors.c _Pypegen_set_syntax_error
import type * as ast from '../ast/nodes.generated.ts';
import { Tok } from './tokens.generated.ts';
import type { Token } from './token.ts';
import { FrontEndError, ParseError, type WarningSink } from './errors.ts';
import { createTokenizer, ErrCode } from './tokenizer/index.ts';
import { Parser, stackOverflow, type StartRule } from './parser.ts';
import { evalRule, file, func_type, interactive } from './rules/statements.ts';

export interface ParseOptions {
  filename: string;
  /** compile() mode: 'exec' -> Module, 'eval' -> Expression, 'single' -> Interactive, 'func_type' -> FunctionType. */
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  /**
   * 'string' (the default): the source of compile(), exec() or ast.parse(), decoded at once.
   * 'file': a file run as a program (`python FILE`), decoded line by line as the tokenizer reads.
   */
  input?: 'string' | 'file';
  /** PyCF_TYPE_COMMENTS: produce type_comment fields and TypeIgnore nodes. */
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): N. */
  featureVersion?: number;
  /** PyCF_ALLOW_INCOMPLETE_INPUT (codeop): incomplete input raises IncompleteInputError. */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT (codeop): 'single' input does not close its open blocks at its end. */
  dontImplyDedent?: boolean;
  /** Interactive input (the REPL's tokenizer: blank lines end a compound statement; no look past the error). */
  interactive?: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  allowTopLevelAwait?: boolean;
  onWarning?: WarningSink;
}

/** The minor version of Python whose grammar is parsed by default (PY_MINOR_VERSION). */
const PY_MINOR_VERSION = 14;

/**
 * Parses `source` into an AST, or throws ParseError / FrontEndError.
 * Bytes are decoded as CPython decodes a source file (BOM, PEP 263 coding declaration, UTF-8 default);
 * a str is taken as already decoded, as compile() takes a str.
 */
export function parse(source: string | Uint8Array, opts: ParseOptions): ast.mod {
  const r = parseWithParser(source, opts);
  if (r.tree === null) throw r.error;
  return r.tree;
}

/** parse() without throwing: the tree or the error, and the parser (tests read its work counter). */
export function parseWithParser(source: string | Uint8Array, opts: ParseOptions): { tree: ast.mod | null; error: unknown; parser: Parser | null } {
  const mode = opts.mode ?? 'exec';
  let p: Parser | null = null;
  try {
    const tok = createTokenizer(source, {
      filename: opts.filename,
      mode,
      input: opts.input,
      typeComments: opts.typeComments,
      interactive: opts.interactive,
      onWarning: opts.onWarning,
    });
    p = new Parser(tok, opts.filename, mode, opts.featureVersion ?? PY_MINOR_VERSION, opts.typeComments ?? false, opts.onWarning);
    p.dontImplyDedent = opts.dontImplyDedent ?? false;
    return { tree: runParser(p, opts.allowIncompleteInput ?? false), error: null, parser: p };
  } catch (e) {
    // CPython: _PyPegen_set_syntax_error_metadata (string input keeps its source for traceback)
    if (p !== null && e instanceof ParseError && e.kind !== 'IncompleteInputError' && p.errorPassReached) {
      e.metadata = [p.lastStmtLineno, p.lastStmtCol, (opts.input ?? 'string') === 'string' ? p.tokenizer.src : null];
    }
    return { tree: null, error: e, parser: p };
  }
}

function startRule(p: Parser, mode: StartRule): ast.mod | null {
  switch (mode) {
    case 'exec':
      return file(p);
    case 'eval':
      return evalRule(p);
    case 'single':
      return interactive(p);
    case 'func_type':
      return func_type(p);
  }
}

/** One pass over the input: the result, or the error it raised. */
function runPass(p: Parser): ast.mod | null | ParseError {
  try {
    return startRule(p, p.startRule);
  } catch (e) {
    if (e instanceof ParseError) return e;
    // A JS stack overflow in deeply nested input is CPython's parser stack overflow.
    if (e instanceof RangeError) stackOverflow();
    throw e;
  }
}

/**
 * Parses with the fast grammar first; on failure, parses again with the invalid_* rules on to find a
 * better message, and chooses the error as CPython does.  CPython: _PyPegen_run_parser
 */
export function runParser(p: Parser, allowIncompleteInput = false): ast.mod {
  const first = runPass(p);
  if (first !== null && !(first instanceof ParseError)) {
    if (p.startRule === 'single' && badSingleStatement(p)) p.raiseSyntaxError('multiple statements found while compiling a single statement');
    return first;
  }
  const tok = p.tokenizer;
  if (allowIncompleteInput && (tok.done === ErrCode.E_EOF || tok.done === ErrCode.E_EOFS || tok.done === ErrCode.E_EOLS)) {
    p.raiseError('IncompleteInputError', 'incomplete input', false);
  }
  p.errorPassReached = true;
  // The second pass: memos cleared, invalid rules on. Tokens already read are kept. After an error
  // in the first pass CPython's second pass stops at once (the error indicator stays set).
  const lastToken = p.tokens[p.fill - 1];
  let err: ParseError | null = first;
  if (err === null) {
    p.callInvalidRules = true;
    p.resetMemos();
    p.mark = 0;
    p.level = 0;
    p.fstringStarts = [];
    const second = runPass(p);
    if (second instanceof ParseError) err = second;
  }
  setSyntaxError(p, lastToken, err);
}

/** Raises the error the failed parse gets.  CPython: _Pypegen_set_syntax_error */
function setSyntaxError(p: Parser, lastToken: Token | undefined, err: ParseError | null): never {
  const tok = p.tokenizer;
  if (err !== null) {
    // A tokenizer error later in the file wins over an error the parser raised.
    const tokOk = tok.done === ErrCode.E_DONE || tok.done === ErrCode.E_OK;
    if (tokOk) tokenizeFullSourceToCheckForErrors(p, err);
    throw err;
  }
  if (p.fill === 0 || lastToken === undefined) p.raiseSyntaxError('error at start before reading any input');
  if (lastToken.type === Tok.ERRORTOKEN && tok.done === ErrCode.E_EOF) {
    if (tok.level > 0) p.raiseUnclosedBracket();
    p.raiseSyntaxError('unexpected EOF while parsing');
  }
  if (lastToken.type === Tok.INDENT || lastToken.type === Tok.DEDENT) {
    p.raiseIndentationError(lastToken.type === Tok.INDENT ? 'unexpected indent' : 'unexpected unindent');
  }
  // The generic error is placed at the last token the first pass read: the second pass may have
  // read further looking for a better message.
  let generic: ParseError;
  try {
    p.raiseKnownLocation(lastToken, 'invalid syntax');
  } catch (e) {
    generic = e as ParseError;
  }
  tokenizeFullSourceToCheckForErrors(p, generic!);
  throw generic!;
}

/**
 * Tokenizes the rest of the input: a tokenizer error there (or a bracket left open on a line before
 * the error's) replaces the parser's error.  CPython: _PyPegen_tokenize_full_source_to_check_for_errors
 */
function tokenizeFullSourceToCheckForErrors(p: Parser, err: ParseError): void {
  const tok = p.tokenizer;
  if (tok.interactive) return;
  const current = p.knownErrToken ?? p.tokens[p.fill - 1];
  const currentErrLine = current.lineno;
  let replacement: ParseError | null = null;
  for (;;) {
    const t = tok.next();
    if (t.type === Tok.ERRORTOKEN) {
      if (tok.error !== null) replacement = tok.error;
      else if (tok.level !== 0 && currentErrLine > tok.parenlinenostack[tok.level - 1]) {
        try {
          p.raiseUnclosedBracket();
        } catch (e) {
          replacement = e as ParseError;
        }
      }
      break;
    }
    if (t.type === Tok.ENDMARKER) break;
  }
  // Inside an f-string the error in the expression stands (the tokenizer's complaint comes later).
  if (replacement !== null && tok.modeIndex <= 0) throw replacement;
  void err;
}

/**
 * 'single' input must hold one statement: only whitespace and comments may follow it.
 * CPython: Parser/pegen.c bad_single_statement
 */
function badSingleStatement(p: Parser): boolean {
  const src = p.tokenizer.src;
  let i = p.tokenizer.cur;
  for (;;) {
    let c = src.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) c = src.charCodeAt(++i);
    if (i >= src.length) return false;
    if (c !== 0x23) return true;
    while (i < src.length && src.charCodeAt(i) !== 0x0a) i++;
  }
}

export { FrontEndError, ParseError };
