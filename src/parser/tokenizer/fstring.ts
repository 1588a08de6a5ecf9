// The literal parts of f-strings and t-strings (PEP 701, PEP 750): FSTRING_MIDDLE / FSTRING_END
// and their TSTRING twins, and the hand-over to regular mode at each replacement field.
// CPython: Parser/lexer/lexer.c tok_get_fstring_mode, set_ftstring_expr
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { EOF, ErrCode, MAX_EXPR_NESTING, ModeKind, prefixLetter, type Tokenizer, type TokenizerMode } from './tokenizer.ts';

const NL = 10, CR = 13, DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92, LBRACE = 123, RBRACE = 125, HASH = 35, EXCLAMATION = 33;

/**
 * Scans inside an f-string or t-string outside its replacement fields: the next literal part, the
 * closing quotes, or (at a `{`) the switch to regular mode for the field's expression.
 * A literal part stops before `{` and `}`; for `{{` and `}}` its text ends with one brace, and
 * the second one is skipped (and counted in end_col_offset).
 */
export function ftstringMode(tok: Tokenizer, mode: TokenizerMode): Token {
  const src = tok.src;
  const middle = mode.tstring ? Tok.TSTRING_MIDDLE : Tok.FSTRING_MIDDLE;
  let endQuoteSize = 0;
  let unicodeEscape = false;

  tok.setStart(tok.cur);
  tok.firstLineno = tok.lineno;

  // A replacement field right here: nothing literal to scan first.
  const startChar = tok.nextc();
  if (startChar === LBRACE) {
    const peek1 = tok.nextc();
    tok.backup(peek1);
    tok.backup(startChar);
    if (peek1 !== LBRACE) {
      mode.exprStartDepth++;
      if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
        return tok.syntaxError(`${prefixLetter(mode)}-string: expressions nested too deeply`);
      }
      mode.kind = ModeKind.Regular;
      return tok.getNormal(mode);
    }
  } else {
    tok.backup(startChar);
  }

  // The closing quotes?
  let atEnd = true;
  for (let i = 0; i < mode.quoteSize; i++) {
    const q = tok.nextc();
    if (q !== mode.quote) {
      // Only this character is given back: quotes already matched stay in the literal part.
      tok.backup(q);
      atEnd = false;
      break;
    }
  }
  if (atEnd) {
    mode.lastExprStart = -1;
    mode.lastExprEnd = -1;
    const t = tok.make(mode.tstring ? Tok.TSTRING_END : Tok.FSTRING_END, tok.start, tok.cur);
    tok.modeIndex--;
    return t;
  }

  tok.multiLineStart = tok.lineStart;
  const quote = mode.quote;
  while (endQuoteSize !== mode.quoteSize) {
    // Skip ordinary characters of the current line at once.
    let i = tok.cur;
    const inp = tok.inp;
    while (i < inp) {
      const ch = src.charCodeAt(i);
      if (ch === quote || ch === LBRACE || ch === RBRACE || ch === BACKSLASH || ch === NL) break;
      i++;
    }
    if (i !== tok.cur) {
      tok.cur = i;
      endQuoteSize = 0;
    }
    const c = tok.nextc();
    if (tok.done === ErrCode.E_ERROR || tok.done === ErrCode.E_DECODE) return tok.errorToken();
    const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;

    if (c === EOF || (mode.quoteSize === 1 && c === NL)) {
      // A newline ends a format spec (in a triple-quoted string only).
      if (inFormatSpec && c === NL) {
        if (mode.quoteSize === 1) {
          const p = prefixLetter(mode);
          return tok.syntaxError(`${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`);
        }
        tok.backup(c);
        mode.kind = ModeKind.Regular;
        mode.inFormatSpec = false;
        return tok.make(middle, tok.start, tok.cur);
      }
      // Report the error at the string's opening quote.
      tok.cur = mode.start + 1;
      tok.lineStart = mode.multiLineStart;
      const detectedAt = tok.lineno;
      tok.lineno = mode.firstLine;
      const p = prefixLetter(mode);
      if (mode.quoteSize === 3) {
        tok.syntaxError(`unterminated triple-quoted ${p}-string literal (detected at line ${detectedAt})`);
        if (c !== NL) tok.done = ErrCode.E_EOFS;
        return tok.errorToken();
      }
      return tok.syntaxError(`unterminated ${p}-string literal (detected at line ${detectedAt})`);
    }

    if (c === quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;

    if (c === LBRACE) {
      updateFTStringExpr(tok, mode, c);
      const peek = tok.nextc();
      if (peek !== LBRACE || inFormatSpec) {
        tok.backup(peek);
        tok.backup(c);
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
          return tok.syntaxError(`${prefixLetter(mode)}-string: expressions nested too deeply`);
        }
        mode.kind = ModeKind.Regular;
        mode.inFormatSpec = false;
        return tok.make(middle, tok.start, tok.cur);
      }
      return tok.make(middle, tok.start, tok.cur - 1);
    }
    if (c === RBRACE) {
      if (unicodeEscape) return tok.make(middle, tok.start, tok.cur);
      const peek = tok.nextc();
      // Outside a format spec and at the top bracket level, '}}' is an escaped brace.
      if (peek === RBRACE && !inFormatSpec && mode.curlyDepth === 0) {
        return tok.make(middle, tok.start, tok.cur - 1);
      }
      tok.backup(peek);
      tok.backup(c);
      mode.kind = ModeKind.Regular;
      mode.inFormatSpec = false;
      return tok.make(middle, tok.start, tok.cur);
    }
    if (c === BACKSLASH) {
      let peek = tok.nextc();
      if (peek === CR) peek = tok.nextc();
      // A backslash right before a brace: the brace is handled by the next iteration.
      if (peek === LBRACE || peek === RBRACE) {
        if (!mode.raw) {
          const ch = String.fromCharCode(peek);
          if (
            !tok.warn(
              `"\\${ch}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${ch}"? A raw string is also an option.`,
              `"\\${ch}" is an invalid escape sequence. Did you mean "\\\\${ch}"? A raw string is also an option.`,
            )
          ) {
            return tok.errorToken();
          }
        }
        tok.backup(peek);
        continue;
      }
      if (!mode.raw && peek === 0x4e /* N */) {
        // \N{NAME}: its braces are not a replacement field.
        peek = tok.nextc();
        if (peek === LBRACE) unicodeEscape = true;
        else tok.backup(peek);
      }
    }
  }

  // Back up over the closing quotes: they become the FSTRING_END of the next call.
  tok.cur -= mode.quoteSize;
  return tok.make(middle, tok.start, tok.cur);
}

/**
 * Tracks where the current replacement field's expression starts (after its `{`) and ends (at the
 * `!` or `}`, or the first `:`), as CPython's expression buffer does.
 * CPython: _PyLexer_update_ftstring_expr
 */
export function updateFTStringExpr(tok: Tokenizer, mode: TokenizerMode, c: number): void {
  if (c === LBRACE) {
    mode.lastExprStart = tok.cur;
    mode.lastExprEnd = -1;
  } else if (c === RBRACE || c === EXCLAMATION) {
    mode.lastExprEnd = tok.start;
  } else if (mode.lastExprEnd === -1) {
    mode.lastExprEnd = tok.start;
  }
}

/**
 * Records the source text of the replacement field's expression (for `{x=}` debug output, and for
 * every t-string interpolation) on the token being made, with comments dropped.
 * Called at the `!`, `:` or `}` that ends the expression.  CPython: set_ftstring_expr
 */
export function setFTStringExpr(tok: Tokenizer, mode: TokenizerMode): void {
  if (!(mode.inDebug || mode.tstring) || tok.metadata !== null) return;
  const src = tok.src;
  const from = mode.lastExprStart;
  const to = from < 0 || mode.lastExprEnd < from ? from : mode.lastExprEnd;
  if (from < 0) {
    tok.metadata = '';
    return;
  }
  // Is there a '#' outside string literals?  (A backslash skips the next character here, though
  // not in the copying loop below: CPython's two loops differ so.)
  let hash = false;
  let inString = false;
  let q = 0;
  for (let i = from; i < to; i++) {
    const ch = src.charCodeAt(i);
    if (ch === BACKSLASH) {
      i++;
    } else if (ch === DQUOTE || ch === SQUOTE) {
      if (!inString) {
        inString = true;
        q = ch;
      } else if (ch === q) {
        inString = false;
      }
    } else if (ch === HASH && !inString) {
      hash = true;
      break;
    }
  }
  if (!hash) {
    tok.metadata = src.slice(from, to);
    return;
  }
  let out = '';
  inString = false;
  q = 0;
  for (let i = from; i < to; i++) {
    const ch = src.charCodeAt(i);
    if (ch === DQUOTE || ch === SQUOTE) {
      if (!inString) {
        inString = true;
        q = ch;
      } else if (ch === q) {
        inString = false;
      }
      out += src[i];
    } else if (ch === HASH && !inString) {
      while (i < to && src.charCodeAt(i) !== NL) i++;
      if (i < to) out += '\n';
    } else {
      out += src[i];
    }
  }
  tok.metadata = out;
}
