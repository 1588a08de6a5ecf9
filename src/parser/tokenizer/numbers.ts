// Numeric literals: integers in four bases, floats, imaginary numbers, with underscores, and
// CPython's errors for malformed ones.  CPython: Parser/lexer/lexer.c (the Number block of
// tok_get_normal_mode, tok_decimal_tail, verify_end_of_number, lookahead)
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { EOF, isDigit, isPotentialIdentifierChar, type Tokenizer } from './tokenizer.ts';

const UNDERSCORE = 95, DOT = 46;

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Scans a number whose first character `c` has been read; with `atFraction`, `c` is the first digit
 * after a leading '.'.
 */
export function scanNumber(tok: Tokenizer, c: number, atFraction: boolean): Token {
  if (atFraction) return decimalRest(tok, c, Entry.Fraction);
  if (c !== 48 /* 0 */) {
    c = decimalTail(tok);
    if (c === 0) return tok.errorToken();
    return decimalRest(tok, c, Entry.AfterInteger);
  }
  c = tok.nextc();
  const lc = c | 0x20;
  if (lc === 0x78 /* x */) {
    c = tok.nextc();
    do {
      if (c === UNDERSCORE) c = tok.nextc();
      if (!isHexDigit(c)) {
        tok.backup(c);
        return tok.syntaxError('invalid hexadecimal literal');
      }
      do c = tok.nextc();
      while (isHexDigit(c));
    } while (c === UNDERSCORE);
    if (!verifyEndOfNumber(tok, c, 'hexadecimal')) return tok.errorToken();
  } else if (lc === 0x6f /* o */) {
    c = tok.nextc();
    do {
      if (c === UNDERSCORE) c = tok.nextc();
      if (c < 48 || c >= 56) {
        if (isDigit(c)) return tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        tok.backup(c);
        return tok.syntaxError('invalid octal literal');
      }
      do c = tok.nextc();
      while (c >= 48 && c < 56);
    } while (c === UNDERSCORE);
    if (isDigit(c)) return tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
    if (!verifyEndOfNumber(tok, c, 'octal')) return tok.errorToken();
  } else if (lc === 0x62 /* b */) {
    c = tok.nextc();
    do {
      if (c === UNDERSCORE) c = tok.nextc();
      if (c !== 48 && c !== 49) {
        if (isDigit(c)) return tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        tok.backup(c);
        return tok.syntaxError('invalid binary literal');
      }
      do c = tok.nextc();
      while (c === 48 || c === 49);
    } while (c === UNDERSCORE);
    if (isDigit(c)) return tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
    if (!verifyEndOfNumber(tok, c, 'binary')) return tok.errorToken();
  } else {
    // Maybe an old-style octal; in any case '0' itself is allowed, and so are 0.5, 0e1, 0j, 00.
    let nonzero = false;
    for (;;) {
      if (c === UNDERSCORE) {
        c = tok.nextc();
        if (!isDigit(c)) {
          tok.backup(c);
          return tok.syntaxError('invalid decimal literal');
        }
      }
      if (c !== 48) break;
      c = tok.nextc();
    }
    const zerosEnd = tok.cur;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail(tok);
      if (c === 0) return tok.errorToken();
    }
    if (c === DOT) return decimalRest(tok, tok.nextc(), Entry.Fraction);
    if ((c | 0x20) === 0x65 /* e */) return decimalRest(tok, c, Entry.Exponent);
    if ((c | 0x20) === 0x6a /* j */) return decimalRest(tok, c, Entry.Imaginary);
    if (nonzero && !tok.extraTokens) {
      tok.backup(c);
      const ls = tok.lineStart;
      return tok.syntaxError(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        tok.byteCol(tok.start, ls) + 1,
        tok.byteCol(zerosEnd, ls),
      );
    }
    if (!verifyEndOfNumber(tok, c, 'decimal')) return tok.errorToken();
  }
  tok.backup(c);
  return tok.make(Tok.NUMBER, tok.start, tok.cur);
}

const enum Entry {
  AfterInteger,
  Fraction,
  Exponent,
  Imaginary,
}

/** The rest of a decimal number from one of the places CPython jumps to (fraction, exponent, imaginary). */
function decimalRest(tok: Tokenizer, c: number, entry: Entry): Token {
  if (entry === Entry.AfterInteger && c === DOT) {
    c = tok.nextc();
    entry = Entry.Fraction;
  }
  if (entry === Entry.Fraction && isDigit(c)) {
    c = decimalTail(tok);
    if (c === 0) return tok.errorToken();
  }
  if (entry !== Entry.Imaginary && (c | 0x20) === 0x65 /* e */) {
    const e = c;
    c = tok.nextc();
    if (c === 43 /* + */ || c === 45 /* - */) {
      c = tok.nextc();
      if (!isDigit(c)) {
        tok.backup(c);
        return tok.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      // `1e` followed by something else: the number ends before the 'e'.
      tok.backup(c);
      if (!verifyEndOfNumber(tok, e, 'decimal')) return tok.errorToken();
      tok.backup(e);
      return tok.make(Tok.NUMBER, tok.start, tok.cur);
    }
    c = decimalTail(tok);
    if (c === 0) return tok.errorToken();
  }
  if ((c | 0x20) === 0x6a /* j */) {
    c = tok.nextc();
    if (!verifyEndOfNumber(tok, c, 'imaginary')) return tok.errorToken();
  } else if (!verifyEndOfNumber(tok, c, 'decimal')) {
    return tok.errorToken();
  }
  tok.backup(c);
  return tok.make(Tok.NUMBER, tok.start, tok.cur);
}

/** Digits with single underscores between them; returns the character after them, or 0 after an error. */
function decimalTail(tok: Tokenizer): number {
  let c: number;
  for (;;) {
    do c = tok.nextc();
    while (isDigit(c));
    if (c !== UNDERSCORE) break;
    c = tok.nextc();
    if (!isDigit(c)) {
      tok.backup(c);
      tok.syntaxError('invalid decimal literal');
      return 0;
    }
  }
  return c;
}

/**
 * A number must not run into a name: `1if x else y` is still allowed (with a SyntaxWarning) when a
 * keyword that can follow a number starts there; other letters are an error.  `c` has been read.
 */
function verifyEndOfNumber(tok: Tokenizer, c: number, kind: string): boolean {
  if (tok.extraTokens) return true;
  let r = false;
  if (c === 0x61 /* a */) r = lookahead(tok, 'nd');
  else if (c === 0x65 /* e */) r = lookahead(tok, 'lse');
  else if (c === 0x66 /* f */) r = lookahead(tok, 'or');
  else if (c === 0x69 /* i */) {
    const c2 = tok.nextc();
    if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true; // if, in, is
    tok.backup(c2);
  } else if (c === 0x6f /* o */) r = lookahead(tok, 'r');
  else if (c === 0x6e /* n */) r = lookahead(tok, 'ot');
  if (r) {
    tok.backup(c);
    if (!tok.warn(`invalid ${kind} literal`)) return false;
    tok.nextc();
    return true;
  }
  if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
    tok.backup(c);
    tok.syntaxError(`invalid ${kind} literal`);
    return false;
  }
  return true;
}

/** Whether `test` follows, then a character that cannot continue a name; reads nothing in the end. */
function lookahead(tok: Tokenizer, test: string): boolean {
  let k = 0;
  let res = false;
  for (;;) {
    const c = tok.nextc();
    if (k === test.length) res = !(c !== EOF && isPotentialIdentifierChar(c));
    else if (c === test.charCodeAt(k)) {
      k++;
      continue;
    }
    tok.backup(c);
    tok.cur -= k;
    return res;
  }
}
