// Errors and warnings raised by the compiler proper (future statements, symbol table, code generation).
// CPython: Python/compile.c _PyCompile_Error / _PyCompile_Warn, Python/errors.c _PyErr_RaiseSyntaxError.
//
// Positions are those of the AST node: 1-based line numbers and 1-based offsets counted in UTF-8
// bytes of the line (col_offset + 1), exactly as CPython reports them for errors found after parsing.
// The source line (`text`) is not known here; CPython reads it back from the file when it exists,
// which the runtime does when it turns the error into a Python SyntaxError.
import { ParseError } from '../parser/errors.ts';

/** A source range with AST conventions (0-based byte columns); lineno -1 means "no location". */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });
/** "Take the location of the next instruction": resolved by the assembler. */
export const NEXT_LOCATION: Location = Object.freeze({ lineno: -2, end_lineno: -2, col_offset: -2, end_col_offset: -2 });

export function loc(lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location {
  return { lineno, end_lineno, col_offset, end_col_offset };
}

/** The location of an AST node (a copy, so that later changes to it do not reach the node). */
export function locOf(n: Location): Location {
  return { lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset };
}

/** A SyntaxError found after parsing: the runtime reads its text back from the file. */
export class CompilerSyntaxError extends ParseError {}

/** A SyntaxError at an AST location.  CPython: _PyErr_RaiseSyntaxError(msg, filename, lineno, col + 1, ...) */
export function syntaxError(msg: string, filename: string, l: Location): ParseError {
  return new CompilerSyntaxError('SyntaxError', msg, filename, l.lineno, l.col_offset + 1, l.end_lineno, l.end_col_offset + 1, null);
}

/** A SyntaxWarning the compiler emits ("is" with a literal, unreachable 'finally' returns...). */
export interface CompilerWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

/**
 * Receives compiler warnings. Returning true means "the warning is an error" (warnings filter set
 * to "error"): the compiler then raises the SyntaxError CPython raises in that case.
 */
export type CompilerWarningSink = (w: CompilerWarning) => boolean | void;

/**
 * A non-SyntaxError exception raised while compiling (SystemError for malformed ASTs,
 * RecursionError, OverflowError, ValueError...).
 */
export class CompilerException extends Error {
  constructor(
    public readonly kind: 'SystemError' | 'RecursionError' | 'OverflowError' | 'ValueError' | 'TypeError' | 'MemoryError',
    public readonly msg: string,
  ) {
    super(msg);
  }
}
