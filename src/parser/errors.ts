// Errors and warnings raised while turning source text into an AST, before any Python object exists.
// The runtime turns a ParseError into the Python exception of the same name.
// CPython: Parser/pegen_errors.c (_PyPegen_raise_error_known_location builds the same fields).

export type ParseErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'IncompleteInputError';

/**
 * A SyntaxError-family error with the fields of Python's SyntaxError:
 * `offset` and `end_offset` are 1-based character (code point) offsets into `text`, as in CPython;
 * `text` is the offending source line including its trailing newline when it has one, or null.
 * A null number is None in Python: errors raised before tokenizing (null bytes in a source string,
 * an unknown encoding) have no location, or only `lineno` 0 and `offset` -1.
 */
export class ParseError extends Error {
  constructor(
    public readonly kind: ParseErrorKind,
    public readonly msg: string,
    public readonly filename: string | null,
    public readonly lineno: number | null,
    public readonly offset: number | null,
    public readonly end_lineno: number | null,
    public readonly end_offset: number | null,
    public readonly text: string | null,
  ) {
    super(msg);
  }

  /**
   * SyntaxError._metadata, which traceback.py's keyword-typo search reads: the line and column of
   * the last statement the error pass parsed (Parser.last_stmt_location), and the source text for
   * string input (null for file input, whose file is read again).  Set by the parser; null when
   * absent.  CPython: Parser/pegen.c _PyPegen_set_syntax_error_metadata
   */
  metadata: [lineno: number, col_offset: number, source: string | null] | null = null;
}

/**
 * A non-SyntaxError exception the front end raises, e.g. ValueError for compile() of a str with
 * NUL characters in some modes, MemoryError, or RecursionError.
 */
export class FrontEndError extends Error {
  constructor(
    public readonly kind: 'ValueError' | 'MemoryError' | 'RecursionError' | 'UnicodeDecodeError' | 'UnicodeEncodeError' | 'OverflowError',
    public readonly msg: string,
  ) {
    super(msg);
  }
}

/** A warning the front end issues (SyntaxWarning for invalid escape sequences, DeprecationWarning...). */
export interface ParseWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  message: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

/**
 * Receives the front end's warnings.  Returning 'error' means the warning is configured as an error
 * (a warnings filter of 'error'): the front end then raises a SyntaxError with the same message at
 * the same place instead, as CPython does.
 */
export type WarningSink = (w: ParseWarning) => void | 'error';
