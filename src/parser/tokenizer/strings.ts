// String literals: prefixes, quotes, the bodies of plain strings, and the start of f-strings and
// t-strings (their bodies are fstring.ts's).  CPython: Parser/lexer/lexer.c (the letter_quote and
// f_string_quote blocks of tok_get_normal_mode, maybe_raise_syntax_error_for_string_prefixes)
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { EOF, ErrCode, MAXFSTRINGLEVEL, ModeKind, TokenizerMode, prefixLetter, type Tokenizer } from './tokenizer.ts';

const NL = 10, CR = 13, BACKSLASH = 92;

/** Rejects prefix combinations such as `ub` and `ft`.  CPython: maybe_raise_syntax_error_for_string_prefixes */
export function checkStringPrefixes(tok: Tokenizer, b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): boolean {
  let pair: string | null = null;
  if (u && b) pair = "'u' and 'b'";
  else if (u && r) pair = "'u' and 'r'";
  else if (u && f) pair = "'u' and 'f'";
  else if (u && t) pair = "'u' and 't'";
  else if (b && f) pair = "'b' and 'f'";
  else if (b && t) pair = "'b' and 't'";
  else if (f && t) pair = "'f' and 't'";
  if (pair === null) return true;
  const ls = tok.lineStart;
  tok.syntaxError(`${pair} prefixes are incompatible`, tok.byteCol(tok.start, ls) + 1, tok.byteCol(tok.cur, ls));
  return false;
}

/** A string literal without f or t prefix; `quote` has just been read.  CPython: the letter_quote block. */
export function stringLiteral(tok: Tokenizer, quote: number): Token {
  const src = tok.src;
  let quoteSize = 1;
  let endQuoteSize = 0;
  let hasEscapedQuote = false;
  tok.firstLineno = tok.lineno;
  tok.multiLineStart = tok.lineStart;

  let c = tok.nextc();
  if (c === quote) {
    c = tok.nextc();
    if (c === quote) quoteSize = 3;
    else endQuoteSize = 1; // the empty string
  }
  if (c !== quote) tok.backup(c);

  while (endQuoteSize !== quoteSize) {
    // Skip ordinary characters of the current line at once.
    let i = tok.cur;
    const inp = tok.inp;
    while (i < inp) {
      const ch = src.charCodeAt(i);
      if (ch === quote || ch === BACKSLASH || ch === NL || ch === CR) break;
      i++;
    }
    if (i !== tok.cur) {
      tok.cur = i;
      endQuoteSize = 0;
    }
    c = tok.nextc();
    if (tok.done === ErrCode.E_ERROR) return tok.errorToken();
    if (tok.done === ErrCode.E_DECODE) break;
    if (c === EOF || (quoteSize === 1 && c === NL)) {
      // Report the error at the opening quote.
      const detectedAt = tok.lineno;
      tok.cur = tok.start + 1;
      tok.lineStart = tok.multiLineStart;
      tok.lineno = tok.firstLineno;
      if (tok.modeIndex > 0) {
        // Inside an f-string's replacement field, a string that begins with the f-string's own
        // quote is really the f-string's end: a '}' is missing.
        const mode = tok.modes[tok.modeIndex];
        if (mode.quote === quote && mode.quoteSize === quoteSize) {
          return tok.syntaxError(`${prefixLetter(mode)}-string: expecting '}'`);
        }
      }
      if (quoteSize === 3) {
        tok.syntaxError(`unterminated triple-quoted string literal (detected at line ${detectedAt})`);
        if (c !== NL) tok.done = ErrCode.E_EOFS;
        return tok.errorToken();
      }
      tok.syntaxError(
        hasEscapedQuote
          ? `unterminated string literal (detected at line ${detectedAt}); perhaps you escaped the end quote?`
          : `unterminated string literal (detected at line ${detectedAt})`,
      );
      if (c !== NL) tok.done = ErrCode.E_EOLS;
      return tok.errorToken();
    }
    if (c === quote) {
      endQuoteSize++;
    } else {
      endQuoteSize = 0;
      if (c === BACKSLASH) {
        c = tok.nextc(); // the escaped character
        if (c === quote) hasEscapedQuote = true;
        if (c === CR) c = tok.nextc();
      }
    }
  }
  return tok.make(Tok.STRING, tok.start, tok.cur);
}

/** The start of an f-string or t-string: prefix and quotes.  CPython: the f_string_quote block. */
export function ftstringStart(tok: Tokenizer, quote: number): Token {
  let quoteSize = 1;
  tok.firstLineno = tok.lineno;
  tok.multiLineStart = tok.lineStart;
  const after = tok.nextc();
  if (after === quote) {
    const after2 = tok.nextc();
    if (after2 === quote) {
      quoteSize = 3;
    } else {
      tok.backup(after2);
      tok.backup(after);
    }
  } else {
    tok.backup(after);
  }
  if (tok.modeIndex + 1 >= MAXFSTRINGLEVEL) return tok.syntaxError('too many nested f-strings or t-strings');
  tok.modeIndex++;
  let m = tok.modes[tok.modeIndex];
  if (m === undefined) {
    m = new TokenizerMode();
    tok.modes[tok.modeIndex] = m;
  }
  m.kind = ModeKind.FTString;
  m.quote = quote;
  m.quoteSize = quoteSize;
  m.start = tok.start;
  m.multiLineStart = tok.lineStart;
  m.firstLine = tok.lineno;
  m.lastExprStart = -1;
  m.inFormatSpec = false;
  m.inDebug = false;
  const p0 = tok.src.charCodeAt(tok.start) | 0x20;
  const p1 = tok.src.charCodeAt(tok.start + 1) | 0x20;
  if (p0 === 0x74 /* t */) {
    m.raw = p1 === 0x72;
    m.tstring = true;
  } else if (p0 === 0x66 /* f */) {
    m.raw = p1 === 0x72;
    m.tstring = false;
  } else {
    m.raw = true;
    m.tstring = p1 === 0x74;
  }
  m.curlyDepth = 0;
  m.exprStartDepth = -1;
  return tok.make(m.tstring ? Tok.TSTRING_START : Tok.FSTRING_START, tok.start, tok.cur);
}
