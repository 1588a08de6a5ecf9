// Printing a SyntaxError the way CPython's top level does: no traceback header, the file and line,
// the source line with its indentation removed, the caret markers, then "SyntaxError: msg".
// CPython: Lib/traceback.py TracebackException._format_syntax_error
import type { ParseError } from '../parser/errors.ts';
import { isSpace } from '../unicode/db.ts';
import { findKeywordTypos, type TypoFields } from './keyword-typos.ts';

/** The fields traceback.py reads from a SyntaxError (a ParseError, or a SyntaxError object's attributes). */
export interface SyntaxErrorFields {
  /** The exception's type name: 'SyntaxError', 'IndentationError', 'TabError'... */
  kind: string;
  msg: string | null;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

/**
 * What CPython prints for an uncaught ParseError.  `readFile` lets traceback's keyword-typo search
 * read the file back (see keyword-typos.ts); without it no search is made.
 */
export function formatParseError(e: ParseError, readFile?: (filename: string) => string | null): string {
  const fields: SyntaxErrorFields & TypoFields = {
    kind: e.kind,
    msg: e.msg,
    filename: e.filename,
    lineno: e.lineno,
    offset: e.offset,
    end_lineno: e.end_lineno,
    end_offset: e.end_offset,
    text: e.text,
    metadata: e.metadata,
  };
  return formatSyntaxError(fields, readFile ? (f) => findKeywordTypos(f as typeof fields, readFile) : undefined);
}

/**
 * The lines CPython prints for an uncaught SyntaxError (format_exception_only), joined.
 * `beforeText` runs where traceback.py runs its keyword-typo search: after the "File" line, before
 * the text and carets, and it may rewrite the fields.
 */
export function formatSyntaxError(e: SyntaxErrorFields, beforeText?: (e: SyntaxErrorFields) => void): string {
  let out = '';
  let filenameSuffix = '';
  if (e.lineno !== null) out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  else if (e.filename !== null) filenameSuffix = ` (${e.filename})`;

  if (e.text !== null && beforeText) beforeText(e);
  if (e.text !== null) {
    const rtext = rstripNewlines(e.text);
    const ltext = lstripSpaces(rtext);
    // Offsets count code points; work on arrays of them.
    const rcps = Array.from(rtext);
    const lcps = Array.from(ltext);
    const textLen = Array.from(e.text).length;
    const spaces = rcps.length - lcps.length;
    if (e.offset === null) {
      out += `    ${ltext}\n`;
    } else {
      let offset = e.offset;
      let endOffset: number;
      if (e.lineno === e.end_lineno) endOffset = e.end_offset !== null && e.end_offset !== 0 ? e.end_offset : offset;
      else endOffset = rcps.length + 1;
      if (e.text !== '' && offset > textLen) offset = rcps.length + 1;
      if (e.text !== '' && endOffset > textLen) endOffset = rcps.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      // 1-based column offsets to 0-based indices into the stripped text.
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltext}\n`;
      if (colno >= 0) {
        // Whitespace other than spaces (tabs...) is kept so that the carets line up.
        let caretspace = '';
        for (const c of lcps.slice(0, colno)) caretspace += isSpace(c.codePointAt(0)!) ? c : ' ';
        out += `    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg || '<no detail available>'}${filenameSuffix}\n`;
  return out;
}

function rstripNewlines(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--;
  return s.slice(0, end);
}

/** str.lstrip(' \n\f') */
function lstripSpaces(s: string): string {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 12) break;
    i++;
  }
  return s.slice(i);
}
