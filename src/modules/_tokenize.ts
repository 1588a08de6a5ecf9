// The _tokenize module: TokenizerIter, the tokenizer the parser uses, as an iterator of
// (type, string, (line, col), (end line, end col), line) tuples; the tokenize module builds on it
// (and linecache, traceback and inspect on tokenize).  CPython: Python/Python-tokenize.c
//
// Differs from CPython: the lines are all read from `readline` at the first next() (pyts's
// tokenizer scans a whole text), where CPython reads them one by one as tokens are asked for; an
// exception raised by readline therefore comes before the tokens of the lines it returned earlier.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyObject_CallNoArgs, PyObject_IsTrue } from '../objects/abstract.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyBytes } from '../objects/bytes.ts';
import { codecDecode } from '../objects/codecs/registry.ts';
import {
  typeError,
  valueError,
  newException,
  exceptionMatches,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_IndentationError,
  PyExc_TabError,
  PySyntaxErrorObject,
} from '../objects/exceptions.ts';
import { Tok } from '../parser/tokens.generated.ts';
import type { Token } from '../parser/token.ts';
import { ErrCode, Tokenizer } from '../parser/tokenizer/index.ts';
import { lineStarts, tokenRow, extraTokenRow, isTrailingToken } from '../parser/tokenizer/view.ts';
import { syntaxErrorFrom } from '../runtime/exec.ts';
import { moduleDoc } from './docs.ts';

const FILENAME = '<string>';

class PyTokenizerIter extends PyObject {
  tok: Tokenizer | null = null;
  starts: number[] = [];
  /** Where the lines that did not end with a newline end: the tokenizer was given one there (tok->implicit_newline). */
  implicitEnds = new Set<number>();
  done = false;
  /** The `line` of the last token and the tokenizer's line number then (it->last_line, it->last_lineno). */
  lastLine = '';
  lastLineno = 0;

  constructor(
    readonly readline: PyValue,
    readonly extraTokens: boolean,
    readonly encoding: string | null,
  ) {
    super();
  }
}

const NEW_SIG = parseSignature('(readline, /, *, extra_tokens, encoding=<unrepresentable>)');

/** CPython: tokenizeriter_new_impl */
function tokenizerIterNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [readline, extra, enc] = bindArguments(NEW_SIG, { short: 'tokenizeriter', funcStr: 'tokenizeriter()' }, args, kwnames) as PyValue[];
  const extraTokens = PyObject_IsTrue(extra);
  let encoding: string | null = null;
  if (enc !== undefined) {
    if (!isStrValue(enc)) throw typeError(`tokenizeriter() argument 'encoding' must be str, not ${typeOf(enc).tp_name}`);
    encoding = strValue(enc);
    if (encoding.includes('\0')) throw valueError('embedded null character');
  }
  void type;
  return new PyTokenizerIter(readline, extraTokens, encoding);
}

/**
 * Reads every line `readline` gives (until StopIteration or an empty line), decoded with the
 * iterator's encoding if it has one.  CPython: tok_readline_string, tok_underflow_readline
 */
function readAll(it: PyTokenizerIter): string {
  let src = '';
  for (;;) {
    let raw: PyValue;
    try {
      raw = PyObject_CallNoArgs(it.readline);
    } catch (e) {
      if (e instanceof PyObject && exceptionMatches(e, PyExc_StopIteration)) break;
      throw e;
    }
    let line: string;
    if (it.encoding !== null) {
      if (!(raw instanceof PyBytes)) throw typeError('readline() returned a non-bytes object');
      line = strValue(codecDecode(raw, it.encoding, 'replace'));
    } else {
      if (!isStrValue(raw)) throw typeError('readline() returned a non-string object');
      line = strValue(raw);
    }
    if (line === '') break;
    src += line;
    if (!line.endsWith('\n')) {
      src += '\n';
      it.implicitEnds.add(src.length);
    }
  }
  return src;
}

/** The exception for the tokenizer's error.  CPython: _tokenizer_error */
function tokenizerError(tok: Tokenizer): PyValue {
  if (tok.error !== null) return syntaxErrorFrom(tok.error, null);
  if (tok.done === ErrCode.E_EOF) {
    const exc = newException(PyExc_SyntaxError, ['unexpected EOF in multi-line statement']) as PySyntaxErrorObject;
    exc.filename = FILENAME;
    exc.lineno = exc.end_lineno = tok.lineno;
    // CPython's offset is the length of its buffer, which it empties at the end of the input
    // unless a token (an f-string, a continuation line) is still open.
    const buf = tok.src.slice(tok.bufStart, tok.inp);
    const continued = /\S.*\\\r?\n$/.test(buf);
    exc.offset = tok.insideFString() || continued ? utf8Length(buf) : 0;
    return exc;
  }
  let type = PyExc_SyntaxError;
  let msg: string;
  switch (tok.done) {
    case ErrCode.E_TOKEN:
      msg = 'invalid token';
      break;
    case ErrCode.E_DEDENT:
      msg = 'unindent does not match any outer indentation level';
      type = PyExc_IndentationError;
      break;
    case ErrCode.E_TABSPACE:
      msg = 'inconsistent use of tabs and spaces in indentation';
      type = PyExc_TabError;
      break;
    case ErrCode.E_TOODEEP:
      msg = 'too many levels of indentation';
      type = PyExc_IndentationError;
      break;
    case ErrCode.E_LINECONT:
      msg = 'unexpected character after line continuation character';
      break;
    default:
      msg = 'unknown tokenization error';
  }
  // The line being read, without its newline; the offset is just past its end.
  const line = tok.src.slice(tok.bufStart, tok.inp).replace(/\n$/, '');
  const offset = [...line].length + 1;
  return newException(type, [msg, new PyTuple([FILENAME, tok.lineno, offset, line, None, None])]);
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Whether the token's text may span lines (its `line` starts at its first line).  CPython: ISSTRINGLIT */
function isStringLit(type: number): boolean {
  return type === Tok.STRING || type === Tok.FSTRING_MIDDLE || type === Tok.TSTRING_MIDDLE;
}

/**
 * The token's `line`: the text from the start of its line (its first line, for strings) to the end
 * of the line being read. CPython keeps it while the tokenizer's line number equals the previous
 * token's (first) line number.  CPython: tokenizeriter_next, _get_current_line
 */
function currentLine(it: PyTokenizerIter, tok: Tokenizer, t: Token): string {
  const lineno = isStringLit(t.type) ? tok.firstLineno : tok.lineno;
  let line = '';
  if (it.extraTokens && isTrailingToken(tok, t)) line = '';
  else if (tok.lineno === it.lastLineno) line = it.lastLine;
  else {
    const start = isStringLit(t.type) ? tok.multiLineStart : tok.lineStart;
    let end = tok.inp;
    if (end - start >= 1 && it.implicitEnds.has(tok.inp)) end--;
    // At the end of the input CPython's buffer is empty.
    line = it.lastLine = tok.done === ErrCode.E_EOF ? '' : tok.src.slice(start, end);
  }
  it.lastLineno = lineno;
  return line;
}

/** CPython: tokenizeriter_next */
function tokenizerIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyTokenizerIter;
  if (it.done) return undefined;
  if (it.tok === null) {
    const src = readAll(it);
    if (src === '' && !it.extraTokens) {
      // Nothing to read: the parser's view has not even an ENDMARKER.
      it.done = true;
      return undefined;
    }
    it.tok = new Tokenizer(src, { filename: FILENAME, extraTokens: it.extraTokens });
    it.starts = lineStarts(src);
  }
  const tok = it.tok;
  const t = tok.next();
  // After an error the tokenizer stays at ERRORTOKEN: each next() raises again.
  if (t.type === Tok.ERRORTOKEN) throw tokenizerError(tok);
  const line = currentLine(it, tok, t);
  const row = it.extraTokens ? extraTokenRow(tok, t, it.starts, it.implicitEnds.has(tok.inp)) : tokenRow(tok, t, it.starts);
  if (t.type === Tok.ENDMARKER) it.done = true;
  return new PyTuple([row[0], row[1], new PyTuple([row[2], row[3]]), new PyTuple([row[4], row[5]]), line]);
}

export const TokenizerIterType = defineBuiltinType({
  name: '_tokenize.TokenizerIter',
  instanceClass: PyTokenizerIter,
  slots: { tp_new: tokenizerIterNew, tp_iter: (s: PyValue) => s, tp_iternext: tokenizerIterNext },
});

export const tokenizeModule = defineModule({
  name: '_tokenize',
  doc: moduleDoc('_tokenize'),
  constants: () => ({ TokenizerIter: TokenizerIterType }),
});
