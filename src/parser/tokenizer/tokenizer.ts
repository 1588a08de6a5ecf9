// The tokenizer: decoded source text to the token stream the parser reads, one token per next().
// CPython: Parser/lexer/lexer.c (tok_get_normal_mode), Parser/lexer/state.c,
// Parser/tokenizer/string_tokenizer.c, Parser/tokenizer/helpers.c
//
// Like CPython's, it works lazily, line by line: a line is "read" only when the scanner first asks
// for a character past the previous one, so which error wins (a parser error on line 3, a null byte
// on line 9) depends on how far the parser has pulled tokens.  The source is one string held in
// memory; `cur` indexes it, `lineStart`..`inp` is the current line (with its '\n').
import { Tok } from '../tokens.generated.ts';
import { Token } from '../token.ts';
import { ParseError, type WarningSink } from '../errors.ts';
import { oneChar, threeChars, twoChars } from './operators.ts';
import { scanIdentifier } from './identifier.ts';
import { scanNumber } from './numbers.ts';
import { ftstringMode, setFTStringExpr, updateFTStringExpr } from './fstring.ts';
import { checkStringPrefixes, ftstringStart, stringLiteral } from './strings.ts';
import { isPrintable } from '../../unicode/db.ts';

/** CPython's tokenizer states and error codes (Include/errcode.h), kept in `Tokenizer.done`. */
export enum ErrCode {
  E_OK = 10,
  E_EOF = 11,
  E_TOKEN = 13,
  E_NOMEM = 15,
  E_DONE = 16,
  E_ERROR = 17,
  E_TABSPACE = 18,
  E_TOODEEP = 20,
  E_DEDENT = 21,
  E_DECODE = 22,
  E_EOFS = 23,
  E_EOLS = 24,
  E_LINECONT = 25,
  E_INTERACT_STOP = 28,
}

export const EOF = -1;
export const MAXINDENT = 100;
export const MAXLEVEL = 200;
export const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

// Character codes.
const TAB = 9, NL = 10, FF = 12, CR = 13, SPACE = 32, DQUOTE = 34, HASH = 35, SQUOTE = 39;
const LPAR = 40, RPAR = 41, DOT = 46, COLON = 58, EQUAL = 61, LSQB = 91, BACKSLASH = 92, RSQB = 93;
const LBRACE = 123, RBRACE = 125, EXCLAMATION = 33;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

export function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

export const enum ModeKind {
  Regular = 0,
  FTString = 1,
}

/**
 * One level of the tokenizer's mode stack: the outermost (regular code) and one per f-string or
 * t-string being scanned.  CPython: tokenizer_mode.
 */
export class TokenizerMode {
  kind: ModeKind = ModeKind.Regular;
  quote = 0;
  quoteSize = 0;
  raw = false;
  tstring = false;
  /** Index of the string's prefix (its FSTRING_START), its line start, and its line number. */
  start = -1;
  multiLineStart = -1;
  firstLine = 0;
  /** Brackets opened inside the string's replacement fields, and the depth at which the current field's expression began. */
  curlyDepth = 0;
  exprStartDepth = 0;
  inFormatSpec = false;
  inDebug = false;
  /** The current replacement field's expression: from just after its `{` to its end (or -1). */
  lastExprStart = -1;
  lastExprEnd = -1;
}

export interface TokenizerOptions {
  /** For error messages. */
  filename?: string;
  /** PyCF_TYPE_COMMENTS: produce TYPE_COMMENT and TYPE_IGNORE tokens. */
  typeComments?: boolean;
  /**
   * The `tokenize` module's view (CPython's tok_extra_tokens): COMMENT and NL tokens too, INDENT and
   * DEDENT with text, and no checks of identifiers, number endings or bracket matching.
   */
  extraTokens?: boolean;
  /** Interactive input (the REPL): blank lines end a compound statement. */
  interactive?: boolean;
  onWarning?: WarningSink;
  /**
   * An error that happens when the tokenizer reads line `lineno` (file input: a null byte or an
   * undecodable byte in that line, found by the reader before the line is tokenized).
   */
  lineError?: { lineno: number; error: ParseError } | null;
  /**
   * File input: line `lineno` as read back from the file for SyntaxError.text, or null (see
   * DecodedSource.programText).  CPython: _PyErr_ProgramDecodedTextObject
   */
  programText?: ((lineno: number) => string | null) | null;
}

const NO_NON_ASCII = new Int32Array(0);

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  readonly typeComments: boolean;
  readonly extraTokens: boolean;
  readonly interactive: boolean;
  readonly onWarning: WarningSink | undefined;
  private readonly lineError: { lineno: number; error: ParseError } | null;
  private readonly programText: ((lineno: number) => string | null) | null;

  // Reading position.  CPython: tok->cur, tok->inp, tok->line_start, tok->buf, tok->lineno.
  cur = 0;
  inp = 0;
  lineStart = 0;
  /** Start of the last line read (tok->buf): line_start can be moved back to report an error. */
  bufStart = 0;
  lineno = 0;
  /** tok->done: E_OK while tokens flow, E_EOF at the end, an error code after ERRORTOKEN. */
  done: ErrCode = ErrCode.E_OK;
  /** The SyntaxError the tokenizer itself raised (CPython sets it with PyErr), or null. */
  error: ParseError | null = null;

  // Indentation.
  atbol = true;
  pendin = 0;
  indent = 0;
  readonly indstack: number[] = [0];
  readonly altindstack: number[] = [0];

  // Brackets: the open-bracket stack with each bracket's line and UTF-8 column.
  level = 0;
  readonly parenstack: number[] = [];
  readonly parenlinenostack: number[] = [];
  readonly parencolstack: number[] = [];

  // The token being scanned.
  start = -1;
  startLineStart = 0;
  firstLineno = 0;
  multiLineStart = 0;
  contLine = false;
  commentNewline = false;
  /** Debug text for the token being made (see Token.metadata). */
  metadata: string | null = null;

  // f-strings and t-strings: modes[0] is regular code.
  readonly modes: TokenizerMode[] = [new TokenizerMode()];
  modeIndex = 0;

  // Indices of the source's non-ASCII code units, for UTF-8 columns; lineNa: first of them at or after lineStart.
  private readonly nonAscii: Int32Array;
  private readonly ascii: boolean;
  private lineNa = 0;

  constructor(source: string, opts: TokenizerOptions = {}) {
    this.src = source;
    this.filename = opts.filename ?? '<string>';
    this.typeComments = opts.typeComments ?? false;
    this.extraTokens = opts.extraTokens ?? false;
    this.interactive = opts.interactive ?? false;
    this.onWarning = opts.onWarning;
    this.lineError = opts.lineError ?? null;
    this.programText = opts.programText ?? null;
    this.nonAscii = findNonAscii(source);
    this.ascii = this.nonAscii.length === 0;
  }

  /**
   * Scans and returns the next token.  On ERRORTOKEN, `error` holds the SyntaxError the tokenizer
   * raised itself (CPython sets it with PyErr), or is null when the parser must word the error from
   * `done` (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT), as _Pypegen_tokenizer_error does.
   */
  next(): Token {
    this.metadata = null;
    const mode = this.modes[this.modeIndex];
    return mode.kind === ModeKind.Regular ? this.getNormal(mode) : ftstringMode(this, mode);
  }

  /** Depth of nested f-strings and t-strings being scanned; > 0 inside one (tok_mode_stack_index). */
  insideFString(): boolean {
    return this.modeIndex > 0;
  }

  /**
   * The text CPython's parser gives SyntaxError.text for an error on line `lineno`: for file input,
   * the line read back from the file; else the line being tokenized, newline included, when
   * `lineno` is at or after it; otherwise line `lineno` of the source without its newline.
   * CPython: _PyPegen_raise_error_known_location, get_error_line_from_tokenizer_buffers
   */
  errorLineText(lineno: number): string {
    if (this.programText !== null) {
      const t = this.programText(lineno);
      if (t !== null) return t;
    }
    if (this.lineno <= lineno && this.inp > this.bufStart) return this.src.slice(this.bufStart, this.inp);
    if (this.programText !== null) return '';
    let ls = 0;
    for (let k = 1; k < lineno; k++) {
      const nl = this.src.indexOf('\n', ls);
      if (nl < 0 || nl + 1 > this.inp) break;
      ls = nl + 1;
    }
    return this.lineText(ls);
  }

  // ---- Reading characters.  CPython: tok_nextc, tok_backup, tok_underflow_string.

  nextc(): number {
    if (this.cur < this.inp) return this.src.charCodeAt(this.cur++);
    return this.nextcSlow();
  }

  private nextcSlow(): number {
    for (;;) {
      if (this.cur < this.inp) return this.src.charCodeAt(this.cur++);
      if (this.done !== ErrCode.E_OK) return EOF;
      if (!this.readLine()) {
        this.cur = this.inp;
        return EOF;
      }
    }
  }

  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Reads the next line into the window.  False at the end of the input (done = E_EOF) or on an error. */
  private readLine(): boolean {
    const n = this.src.length;
    if (this.inp >= n) {
      this.done = ErrCode.E_EOF;
      return false;
    }
    const ls = this.inp;
    const nl = this.src.indexOf('\n', ls);
    this.inp = nl < 0 ? n : nl + 1;
    this.lineStart = ls;
    this.bufStart = ls;
    this.lineno++;
    const na = this.nonAscii;
    let k = this.lineNa;
    while (k < na.length && na[k] < ls) k++;
    this.lineNa = k;
    if (this.lineError !== null && this.lineError.lineno === this.lineno) {
      this.error = this.lineError.error;
      this.done = ErrCode.E_ERROR;
      this.cur = this.inp;
      return false;
    }
    return true;
  }

  // ---- Columns.

  /** UTF-8 byte offset of index `i` from `ls`, the start of its line. */
  byteCol(i: number, ls: number): number {
    if (this.ascii) return i - ls;
    const na = this.nonAscii;
    let k = ls === this.lineStart ? this.lineNa : lowerBound(na, ls);
    let extra = 0;
    const src = this.src;
    for (; k < na.length && na[k] < i; k++) {
      const c = src.charCodeAt(na[k]);
      extra += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
    }
    return i - ls + extra;
  }

  /** Number of code points in src[from, to). */
  charCount(from: number, to: number): number {
    const na = this.nonAscii;
    let n = to - from;
    if (na.length === 0) return n;
    const src = this.src;
    for (let k = lowerBound(na, from); k < na.length && na[k] < to; k++) {
      const c = src.charCodeAt(na[k]);
      if (c >= 0xdc00 && c < 0xe000 && na[k] > from && isHighSurrogate(src.charCodeAt(na[k] - 1))) n--;
    }
    return n;
  }

  /** The line that starts at `ls`, without its newline. */
  lineText(ls: number): string {
    const nl = this.src.indexOf('\n', ls);
    return this.src.slice(ls, nl < 0 ? this.src.length : nl);
  }

  // ---- Making tokens.  CPython: _PyLexer_token_setup.

  setStart(i: number): void {
    this.start = i;
    this.startLineStart = this.lineStart;
  }

  /** A token of `type` whose text is src[pStart, pEnd), or without text when pStart is -1. */
  make(type: Tok, pStart: number, pEnd: number): Token {
    const isStringLit = type === Tok.STRING || type === Tok.FSTRING_MIDDLE || type === Tok.TSTRING_MIDDLE;
    const lineno = isStringLit ? this.firstLineno : this.lineno;
    let t: Token;
    if (pStart < 0) {
      t = new Token(type, '', lineno, -1, this.lineno, -1, this.cur, this.cur);
    } else {
      const col = this.byteCol(this.start, this.startLineStart);
      const endCol = this.byteCol(this.cur, this.lineStart);
      t = new Token(type, this.src.slice(pStart, pEnd), lineno, col, this.lineno, endCol, pStart, pEnd);
    }
    if (this.metadata !== null) {
      t.metadata = this.metadata;
      this.metadata = null;
    }
    return t;
  }

  errorToken(): Token {
    return this.make(Tok.ERRORTOKEN, -1, -1);
  }

  // ---- Errors.  CPython: Parser/tokenizer/helpers.c

  /**
   * Raises a SyntaxError at the current position: the offset is the character count from the start
   * of the line to `cur`, or the given 1-based UTF-8 columns (CPython passes them unconverted).
   * CPython: _PyTokenizer_syntaxerror, _PyTokenizer_syntaxerror_known_range
   */
  syntaxError(msg: string, colOffset = -1, endColOffset = -1): Token {
    const ls = this.lineStart;
    const col = colOffset === -1 ? this.charCount(ls, this.cur) : colOffset;
    const endCol = endColOffset === -1 ? col : endColOffset;
    this.error = new ParseError('SyntaxError', msg, this.filename, this.lineno, col, this.lineno, endCol, this.lineText(ls));
    this.done = ErrCode.E_ERROR;
    return this.errorToken();
  }

  /** Inconsistent tabs and spaces: the parser raises TabError.  CPython: _PyTokenizer_indenterror */
  private indentError(): Token {
    this.done = ErrCode.E_TABSPACE;
    this.cur = this.inp;
    return this.errorToken();
  }

  /**
   * Issues a SyntaxWarning at the current line; when the warning is configured as an error, raises
   * the SyntaxError `errorMsg` instead and returns false.  CPython: _PyTokenizer_parser_warn
   */
  warn(msg: string, errorMsg: string = msg): boolean {
    if (this.onWarning === undefined) return true;
    const r = this.onWarning({
      category: 'SyntaxWarning',
      message: msg,
      filename: this.filename,
      lineno: this.lineno,
      offset: 0,
      end_lineno: this.lineno,
      end_offset: 0,
    });
    if (r === 'error') {
      this.syntaxError(errorMsg);
      return false;
    }
    return true;
  }

  // ---- Regular mode.  CPython: tok_get_normal_mode

  getNormal(current: TokenizerMode): Token {
    const src = this.src;
    let c = 0;
    let blankline = false;
    nextline: for (;;) {
      this.start = -1;
      blankline = false;

      // Get the indentation level.
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === SPACE) {
            col++;
            altcol++;
          } else if (c === TAB) {
            col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
            altcol++;
          } else if (c === FF) {
            col = altcol = 0;
          } else if (c === BACKSLASH) {
            // Indentation cannot be split over lines with backslashes: the first backslash found
            // fixes the indentation of what follows.
            contLineCol = contLineCol || col;
            if (this.continuationLine() < 0) return this.errorToken();
          } else if (c === EOF && this.error !== null) {
            return this.errorToken();
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === HASH || c === NL || c === CR) {
          // Lines with only whitespace and comments do not count, except that in interactive mode
          // a totally empty line ends a compound statement, and a first line with only spaces or
          // a comment is let through.
          if (col === 0 && c === NL && this.interactive) {
            blankline = false;
          } else if (this.interactive && this.lineno === 1) {
            blankline = false;
            col = altcol = 0;
          } else {
            blankline = true;
          }
        }
        if (!blankline && this.level === 0) {
          col = contLineCol || col;
          altcol = contLineCol || altcol;
          const ind = this.indstack[this.indent];
          if (col === ind) {
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          } else if (col > ind) {
            if (this.indent + 1 >= MAXINDENT) {
              this.done = ErrCode.E_TOODEEP;
              this.cur = this.inp;
              return this.errorToken();
            }
            if (altcol <= this.altindstack[this.indent]) return this.indentError();
            this.pendin++;
            this.indent++;
            this.indstack[this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = ErrCode.E_DEDENT;
              this.cur = this.inp;
              return this.errorToken();
            }
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          }
        }
      }

      this.setStart(this.cur);

      // Pending indents and dedents.
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.extraTokens ? this.make(Tok.DEDENT, this.cur, this.cur) : this.make(Tok.DEDENT, -1, -1);
        }
        this.pendin--;
        return this.extraTokens ? this.make(Tok.INDENT, this.bufStart, this.cur) : this.make(Tok.INDENT, -1, -1);
      }

      // Peek at the next character: this reads the next line when the current one is done.
      if (this.cur >= this.inp) {
        c = this.nextc();
        this.backup(c);
      }

      again: for (;;) {
        this.start = -1;
        // Skip spaces.
        {
          let i = this.cur;
          const inp = this.inp;
          while (i < inp) {
            const ch = src.charCodeAt(i);
            if (ch !== SPACE && ch !== TAB && ch !== FF) break;
            i++;
          }
          this.cur = i;
        }
        c = this.nextc();
        this.setStart(this.cur - 1);

        // Skip a comment, unless it is a type comment.
        if (c === HASH) {
          let i = this.cur;
          const inp = this.inp;
          while (i < inp) {
            const ch = src.charCodeAt(i);
            if (ch === NL || ch === CR) break;
            i++;
          }
          this.cur = i;
          c = this.nextc();
          if (this.typeComments) {
            const t = this.typeComment(c, blankline);
            if (t !== null) return t;
          }
          if (this.extraTokens) {
            this.backup(c);
            this.commentNewline = blankline;
            return this.make(Tok.COMMENT, this.start, this.cur);
          }
        }

        if (this.done === ErrCode.E_INTERACT_STOP) return this.make(Tok.ENDMARKER, -1, -1);

        // End of input, or an error while reading.
        if (c === EOF) {
          if (this.level) return this.errorToken();
          return this.make(this.done === ErrCode.E_EOF ? Tok.ENDMARKER : Tok.ERRORTOKEN, -1, -1);
        }

        // Identifiers, and string prefixes.
        if (isPotentialIdentifierStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
          for (;;) {
            const lc = c | 0x20;
            if (!sawB && lc === 0x62) sawB = true;
            else if (!sawU && lc === 0x75) sawU = true;
            else if (!sawR && lc === 0x72) sawR = true;
            else if (!sawF && lc === 0x66) sawF = true;
            else if (!sawT && lc === 0x74) sawT = true;
            else break;
            c = this.nextc();
            if (c === DQUOTE || c === SQUOTE) {
              if (!checkStringPrefixes(this, sawB, sawR, sawU, sawF, sawT)) return this.errorToken();
              if (sawF || sawT) return ftstringStart(this, c);
              return stringLiteral(this, c);
            }
          }
          // c, already read, is the first character after the prefix-like letters.
          let nonascii = false;
          if (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            let i = this.cur;
            const inp = this.inp;
            while (i < inp) {
              const ch = src.charCodeAt(i);
              if (!isPotentialIdentifierChar(ch)) break;
              if (ch >= 128) nonascii = true;
              i++;
            }
            this.cur = i;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii && !this.verifyIdentifier()) return this.errorToken();
          return this.make(Tok.NAME, this.start, this.cur);
        }

        if (c === CR) c = this.nextc();

        // Newline.
        if (c === NL) {
          this.atbol = true;
          if (blankline || this.level > 0) {
            if (this.extraTokens) {
              this.commentNewline = false;
              return this.make(Tok.NL, this.start, this.cur);
            }
            continue nextline;
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = false;
            return this.make(Tok.NL, this.start, this.cur);
          }
          this.contLine = false;
          return this.make(Tok.NEWLINE, this.start, this.cur - 1);
        }

        // A period, an ellipsis, or a number starting with a period.
        if (c === DOT) {
          c = this.nextc();
          if (isDigit(c)) return scanNumber(this, c, true);
          if (c === DOT) {
            c = this.nextc();
            if (c === DOT) return this.make(Tok.ELLIPSIS, this.start, this.cur);
            this.backup(c);
            this.backup(DOT);
          } else {
            this.backup(c);
          }
          return this.make(Tok.DOT, this.start, this.cur);
        }

        if (isDigit(c)) return scanNumber(this, c, false);

        if (c === DQUOTE || c === SQUOTE) return stringLiteral(this, c);

        // Line continuation.
        if (c === BACKSLASH) {
          if (this.continuationLine() < 0) return this.errorToken();
          this.contLine = true;
          continue again;
        }

        // Inside an f-string's replacement field, ':', '!' and '}' can end the expression.
        if ((c === COLON || c === RBRACE || c === EXCLAMATION || c === LBRACE) && this.modeIndex > 0 && current.exprStartDepth >= 0) {
          // This runs before '{' increments curlyDepth, so adjust to compare at the same level.
          const cursor = current.curlyDepth - (c !== LBRACE ? 1 : 0);
          const cursorValid = cursor === 0 || (cursor === 1 && (current.inDebug || current.inFormatSpec));
          if (cursorValid) updateFTStringExpr(this, current, c);
          if (cursorValid && c !== LBRACE) setFTStringExpr(this, current);
          if (c === COLON && cursor === current.exprStartDepth) {
            current.kind = ModeKind.FTString;
            current.inFormatSpec = true;
            return this.make(Tok.COLON, this.start, this.cur);
          }
        }

        // Two- and three-character operators.
        {
          const c2 = this.nextc();
          let type = twoChars(c, c2);
          if (type !== Tok.OP) {
            const c3 = this.nextc();
            const type3 = threeChars(c, c2, c3);
            if (type3 !== Tok.OP) type = type3;
            else this.backup(c3);
            return this.make(type, this.start, this.cur);
          }
          this.backup(c2);
        }

        // Brackets.
        if (c === LPAR || c === LSQB || c === LBRACE) {
          if (this.level >= MAXLEVEL) return this.syntaxError('too many nested parentheses');
          this.parenstack[this.level] = c;
          this.parenlinenostack[this.level] = this.lineno;
          this.parencolstack[this.level] = this.byteCol(this.start, this.lineStart);
          this.level++;
          if (this.modeIndex > 0) current.curlyDepth++;
        } else if (c === RPAR || c === RSQB || c === RBRACE) {
          const t = this.closeBracket(c, current);
          if (t !== null) return t;
        }

        // Only ASCII gets here (other characters start names): printable is ' ' to '~'.
        if (c < 0x20 || c === 0x7f) {
          return this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
        }

        if (c === EQUAL && current.curlyDepth - current.exprStartDepth === 1) current.inDebug = true;

        return this.make(oneChar(c), this.start, this.cur);
      }
    }
  }

  /** Bookkeeping for a closing bracket; an error token when it closes nothing or the wrong kind. */
  private closeBracket(c: number, current: TokenizerMode): Token | null {
    const inFTString = this.modeIndex > 0;
    if (inFTString && current.curlyDepth === 0 && c === RBRACE) {
      return this.syntaxError(`${prefixLetter(current)}-string: single '}' is not allowed`);
    }
    if (!this.extraTokens && this.level === 0) return this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
    if (this.level > 0) {
      this.level--;
      const opening = this.parenstack[this.level];
      if (!this.extraTokens && !((opening === LPAR && c === RPAR) || (opening === LSQB && c === RSQB) || (opening === LBRACE && c === RBRACE))) {
        // A closing bracket that meets the `{` of an f-string replacement field is reported as
        // unmatched rather than as closing the wrong kind of bracket.
        if (inFTString && opening === LBRACE && current.curlyDepth - 1 === current.exprStartDepth) {
          return this.syntaxError(`${prefixLetter(current)}-string: unmatched '${String.fromCharCode(c)}'`);
        }
        const openLine = this.parenlinenostack[this.level];
        const msg = `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`;
        return this.syntaxError(openLine !== this.lineno ? `${msg} on line ${openLine}` : msg);
      }
    }
    if (inFTString) {
      current.curlyDepth--;
      if (current.curlyDepth < 0) {
        return this.syntaxError(`${prefixLetter(current)}-string: unmatched '${String.fromCharCode(c)}'`);
      }
      if (c === RBRACE && current.curlyDepth === current.exprStartDepth) {
        current.exprStartDepth--;
        current.kind = ModeKind.FTString;
        current.inFormatSpec = false;
        current.inDebug = false;
      }
    }
    return null;
  }

  /** A backslash must end its line.  CPython: tok_continuation_line */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === CR) c = this.nextc();
    if (c !== NL) {
      this.done = ErrCode.E_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = ErrCode.E_EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** PEP 3131: a name with non-ASCII characters must be made of XID characters.  CPython: verify_identifier */
  private verifyIdentifier(): boolean {
    if (this.extraTokens) return true;
    const s = this.src.slice(this.start, this.cur);
    const invalid = scanIdentifier(s);
    let i = 0;
    for (let k = 0; k < invalid; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
    if (i >= s.length) return true;
    const ch = s.codePointAt(i)!;
    // The error points just past the offending character.
    this.cur = this.start + i + (ch > 0xffff ? 2 : 1);
    const hex = hex4(ch);
    if (isPrintable(ch)) this.syntaxError(`invalid character '${String.fromCodePoint(ch)}' (U+${hex})`);
    else this.syntaxError(`invalid non-printable character U+${hex}`);
    return false;
  }

  /**
   * A comment that may be a type comment (`# type: ...`); `c` is the character that ended it.
   * Null when it is an ordinary comment.  CPython: the type_comments block of tok_get_normal_mode
   */
  private typeComment(c: number, blankline: boolean): Token | null {
    const src = this.src;
    const PREFIX = '# type: ';
    let p = this.start;
    let k = 0;
    while (k < PREFIX.length && p < this.cur) {
      const pc = PREFIX.charCodeAt(k);
      if (pc === SPACE) {
        let ch = src.charCodeAt(p);
        while (ch === SPACE || ch === TAB) ch = src.charCodeAt(++p);
      } else if (pc === src.charCodeAt(p)) {
        p++;
      } else {
        break;
      }
      k++;
    }
    if (k < PREFIX.length) return null;
    this.backup(c); // leave the newline or EOF
    const ls = this.lineStart;
    const typeStart = p;
    const ignoreEnd = p + 6;
    const isIgnore =
      this.cur >= ignoreEnd &&
      src.startsWith('ignore', p) &&
      !(this.cur > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || isAlnum(src.charCodeAt(ignoreEnd))));
    if (isIgnore) {
      const col = this.byteCol(ignoreEnd, ls);
      // A type: ignore alone on its line takes the newline with it.  The text runs to where the
      // token ends, newline included: CPython's parser takes the tag's length from the columns.
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      return new Token(Tok.TYPE_IGNORE, src.slice(ignoreEnd, this.cur), this.lineno, col, this.lineno, this.byteCol(this.cur, this.lineStart), ignoreEnd, this.cur);
    }
    const col = this.byteCol(typeStart, ls);
    return new Token(Tok.TYPE_COMMENT, src.slice(typeStart, this.cur), this.lineno, col, this.lineno, this.byteCol(this.cur, ls), typeStart, this.cur);
  }
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

export function prefixLetter(mode: TokenizerMode): string {
  return mode.tstring ? 't' : 'f';
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NON_ASCII = /[^\x00-\x7f]/g;

function findNonAscii(s: string): Int32Array {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(s)) return NO_NON_ASCII;
  const out: number[] = [];
  for (let i = NON_ASCII.lastIndex - 1; i < s.length; i++) if (s.charCodeAt(i) >= 128) out.push(i);
  return Int32Array.from(out);
}

