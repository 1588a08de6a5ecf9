// Printing a SyntaxError the way CPython's top level does (no traceback header: the file and line,
// the source line, the caret markers, "SyntaxError: msg").  CPython: Lib/traceback.py
// TracebackException._format_syntax_error
import type { ParseError } from '../parser/errors.ts';

export function formatParseError(e: ParseError): string {
  // TODO(#2): carets and text trimming exactly as traceback.py does.
  return `  File "${e.filename}", line ${e.lineno}\n${e.kind}: ${e.msg}\n`;
}
