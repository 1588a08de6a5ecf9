// The frames of a traceback as Lib/traceback.py prints them: one FrameSummary per traceback entry,
// its source lines, and the ^^^^/~~~~ markers under the instruction that failed.
// CPython: Lib/traceback.py (FrameSummary, StackSummary.format_frame_summary,
// _extract_caret_anchors_from_line_segment, _should_show_carets, StackSummary.format)
import { None, type PyValue } from '../objects/object.ts';
import type { PyCode, LocationEntry } from '../objects/code.ts';
import { decodeLocations } from '../objects/code.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { isSpace, eastAsianWidth } from '../unicode/db.ts';
import { parse } from '../parser/index.ts';
import type * as ast from '../ast/nodes.generated.ts';
import { emitCompileWarning } from '../modules/_warnings.ts';
import { dedent, splitlines } from './keyword-typos.ts';
import { getLine, getLineFromCode } from './linecache.ts';

/** One entry of a stack: where, and the source it points at.  CPython: traceback.FrameSummary */
export class FrameSummary {
  /** _lines: the source lines lineno..end_lineno, each right-stripped, joined by '\n', plus '\n'. */
  lines: string | null = null;

  constructor(
    readonly filename: string,
    readonly lineno: number | null,
    readonly endLineno: number | null,
    readonly colno: number | null,
    readonly endColno: number | null,
    readonly name: string,
    /** The frame's code object, whose registered source serves '<...>' files (python -c). */
    readonly code: PyCode | null = null,
  ) {}

  /** Reads the source lines.  CPython: FrameSummary._set_lines */
  loadLines(memo: Map<string, string[]>): void {
    if (this.lines !== null || this.lineno === null || this.endLineno === null) return;
    const lines: string[] = [];
    for (let n = this.lineno; n <= this.endLineno; n++) {
      let line = rstrip(getLine(this.filename, n, memo));
      if (!line && this.code !== null && this.filename.startsWith('<')) line = rstrip(getLineFromCode(this.code, n));
      lines.push(line);
    }
    this.lines = lines.join('\n') + '\n';
  }

  /** The first source line, stripped; null without source.  CPython: FrameSummary.line */
  get line(): string | null {
    if (this.lines === null) return null;
    const nl = this.lines.indexOf('\n');
    return strip(nl < 0 ? this.lines : this.lines.slice(0, nl));
  }
}

// ---- extracting frames from a traceback

const locationTables = new WeakMap<PyCode, LocationEntry[]>();

/** co_positions() of the instruction at `units` (code units), or nulls.  CPython: _get_code_position */
function codePosition(co: PyCode, units: number): [number | null, number | null, number | null, number | null] {
  if (units < 0) return [null, null, null, null];
  let table = locationTables.get(co);
  if (table === undefined) {
    table = decodeLocations(co.co_linetable.data, co.co_firstlineno);
    locationTables.set(co, table);
  }
  const addr = units * 2;
  for (const e of table) {
    if (addr >= e.start && addr < e.end) {
      const n = (v: number): number | null => (v === -1 ? null : v);
      return [n(e.line), n(e.endLine), n(e.col), n(e.endCol)];
    }
  }
  return [null, null, null, null];
}

/**
 * The summaries of a traceback's entries, oldest first; `limit` as sys.tracebacklimit limits the
 * display of an uncaught exception (the last `limit` entries), null for all.
 * CPython: StackSummary._extract_from_extended_frame_gen with _walk_tb_with_full_positions
 */
export function extractTb(tb: PyValue, limit: number | null, memo: Map<string, string[]>): FrameSummary[] {
  const entries: PyTraceback[] = [];
  for (let t: PyValue = tb; t instanceof PyTraceback; t = t.tb_next ?? None) entries.push(t);
  let kept = entries;
  if (limit !== null) {
    // tuple[len - limit:], with Python's meaning of a negative start (a limit above the number of
    // entries counts back from the end again, as CPython 3.14 does).
    let start = entries.length - limit;
    if (start < 0) start = Math.max(0, start + entries.length);
    kept = entries.slice(start);
  }
  const out: FrameSummary[] = [];
  for (const t of kept) {
    const co = t.tb_frame.f_code;
    let [lineno, endLineno, colno, endColno] = codePosition(co, t.lastiUnits);
    if (lineno === null) {
      const l = t.tb_lineno;
      lineno = l < 0 ? null : l;
    }
    const fs = new FrameSummary(co.co_filename, lineno, endLineno ?? lineno, colno, endColno, co.co_name, co);
    fs.loadLines(memo);
    out.push(fs);
  }
  return out;
}

// ---- string helpers with Python's semantics (code points, str.isspace)

function isSpaceChar(c: string): boolean {
  return isSpace(c.codePointAt(0)!);
}

export function rstrip(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c < 128 ? !(c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : !isSpaceChar(String.fromCodePoint(s.codePointAt(end - 1)!))) break;
    end--;
  }
  return s.slice(0, end);
}

function lstripLen(chars: readonly string[]): number {
  let i = 0;
  while (i < chars.length && isSpaceChar(chars[i])) i++;
  return i;
}

export function strip(s: string): string {
  const r = rstrip(s);
  let i = 0;
  while (i < r.length && isSpaceChar(String.fromCodePoint(r.codePointAt(i)!))) i += r.codePointAt(i)! > 0xffff ? 2 : 1;
  return r.slice(i);
}

function isAscii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s);
}

function chars(s: string): string[] {
  return isAscii(s) ? s.split('') : Array.from(s);
}

function utf8Len(c: string): number {
  const cp = c.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** How many characters the first `offset` UTF-8 bytes of `line` decode to.  CPython: _byte_offset_to_character_offset */
function byteToCharOffset(line: readonly string[], offset: number): number {
  let bytes = 0;
  let n = 0;
  for (const c of line) {
    if (bytes >= offset) break;
    bytes += utf8Len(c);
    // A character cut by the offset decodes to one U+FFFD.
    n++;
  }
  return n;
}

/** The columns `line[:offset]` takes on a terminal: East Asian wide characters take two.  CPython: _display_width */
function displayWidth(line: readonly string[], offset?: number): number {
  const end = offset ?? line.length;
  if (line.every((c) => c.length === 1 && c.charCodeAt(0) < 128)) return end;
  let w = 0;
  for (let i = 0; i < Math.min(end, line.length); i++) {
    const eaw = eastAsianWidth(line[i].codePointAt(0)!);
    w += eaw === 'W' || eaw === 'F' ? 2 : 1;
  }
  return w;
}

// ---- parsing a segment (traceback.py uses ast.parse)

/** ast.parse(source).body, or null on a SyntaxError (or any front-end error). */
function astParse(source: string): ast.stmt[] | null {
  try {
    // Its warnings are real ones, as traceback.py's ast.parse issues them.
    const mod = parse(source, { filename: '<unknown>', mode: 'exec', onWarning: (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno) });
    return (mod as ast.Module).body;
  } catch {
    return null;
  }
}

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

/**
 * For a binary operation, the operator; for a subscript or a call, the brackets: the part of the
 * segment marked with '^' while the rest gets '~'.  null when the segment is none of those.
 * CPython: _extract_caret_anchors_from_line_segment
 */
function extractCaretAnchors(segment: string): Anchors | null {
  const body = astParse(`(\n${segment}\n)`);
  if (body === null || body.length !== 1) return null;
  const lines = splitlines(segment).map(chars);
  const normalize = (lineno: number, offset: number): number => byteToCharOffset(lines[lineno], offset);
  const nextValidChar = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno].length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < lines[lineno].length)) throw new RangeError('assert');
    return [lineno, col];
  };
  const increment = (lineno: number, col: number): [number, number] => nextValidChar(lineno, col + 1);
  const nextline = (lineno: number): [number, number] => nextValidChar(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno][col];
      if (ch === '\\' || ch === '#') [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setupPositions = (e: ast.expr, forceValid = true): [number, number] => {
    const lineno = e.end_lineno! - 2;
    const col = normalize(lineno, e.end_col_offset!);
    return forceValid ? nextValidChar(lineno, col) : [lineno, col];
  };
  const anchors = (l: number, lc: number, r: number, rc: number): Anchors => ({
    leftEndLineno: l,
    leftEndOffset: lc,
    rightStartLineno: r,
    rightStartOffset: rc,
    primaryChar: '~',
    secondaryChar: '^',
  });
  const stmt = body[0];
  if (stmt._kind !== 'Expr') return null;
  const expr = stmt.value;
  try {
    if (expr._kind === 'BinOp') {
      let [lineno, col] = setupPositions(expr.left);
      [lineno, col] = incrementUntil(lineno, col, (x) => !isSpaceChar(x) && x !== ')');
      let rightCol = col + 1;
      if (rightCol < lines[lineno].length && (expr.right.lineno - 2 > lineno || rightCol < normalize(expr.right.lineno - 2, expr.right.col_offset))) {
        const ch = lines[lineno][rightCol];
        if (!isSpaceChar(ch) && ch !== '\\' && ch !== '#') rightCol++;
      }
      return anchors(lineno, col, lineno, rightCol);
    }
    if (expr._kind === 'Subscript' || expr._kind === 'Call') {
      const open = expr._kind === 'Subscript' ? '[' : '(';
      let [ll, lc] = setupPositions(expr._kind === 'Subscript' ? expr.value : expr.func);
      [ll, lc] = incrementUntil(ll, lc, (x) => x === open);
      const [rl, rc] = setupPositions(expr, false);
      return anchors(ll, lc, rl, rc);
    }
  } catch {
    // traceback.py computes the anchors under contextlib.suppress(Exception).
  }
  return null;
}

/**
 * Whether the markers are worth printing: not when they would underline the whole statement.
 * CPython: StackSummary._should_show_carets
 */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: readonly string[], anchors: Anchors | null): boolean {
  const body = astParse(allLines.join('\n'));
  if (body !== null) {
    if (body.length === 0) return false;
    const stmt = body[0];
    let value: ast.Call | null = null;
    if (stmt._kind === 'Return' && stmt.value !== null && stmt.value._kind === 'Call') {
      if (stmt.value.func._kind === 'Name') value = stmt.value;
    } else if (stmt._kind === 'Assign' && stmt.value._kind === 'Call') {
      if (stmt.targets.length === 1 && stmt.targets[0]._kind === 'Name') value = stmt.value;
    }
    // The AST's columns are UTF-8 byte offsets, compared here with character offsets as
    // traceback.py compares them.
    if (
      value !== null &&
      value.lineno === 1 &&
      value.end_lineno === allLines.length &&
      value.col_offset === startOffset &&
      value.end_col_offset === endOffset
    ) {
      return false;
    }
  }
  if (anchors !== null) return true;
  const first = chars(allLines[0]);
  const last = chars(allLines[allLines.length - 1]);
  if (lstripLen(first.slice(0, startOffset)) < Math.min(startOffset, first.length)) return true;
  const tail = last.slice(endOffset);
  return tail.length > 0 && rstrip(tail.join('')) !== '';
}

// ---- colors

export interface TracebackTheme {
  type: string;
  message: string;
  filename: string;
  lineNo: string;
  frame: string;
  errorHighlight: string;
  errorRange: string;
  reset: string;
}

export const NO_COLOR: TracebackTheme = { type: '', message: '', filename: '', lineNo: '', frame: '', errorHighlight: '', errorRange: '', reset: '' };

/** _colorize's default theme for tracebacks. */
export const ANSI_THEME: TracebackTheme = {
  type: '\x1b[1;35m',
  message: '\x1b[35m',
  filename: '\x1b[35m',
  lineNo: '\x1b[35m',
  frame: '\x1b[35m',
  errorHighlight: '\x1b[1;31m',
  errorRange: '\x1b[31m',
  reset: '\x1b[0m',
};

// ---- formatting

/** textwrap.indent(text, prefix, lambda line: True) */
export function indentAll(text: string, prefix: string): string {
  let out = '';
  for (const line of splitlinesKeepends(text)) out += prefix + line;
  return out;
}

/** textwrap.indent(text, prefix): lines that are not all whitespace get the prefix. */
function indentNonBlank(text: string, prefix: string): string {
  let out = '';
  for (const line of splitlinesKeepends(text)) out += (strip(line) === '' ? '' : prefix) + line;
  return out;
}

function splitlinesKeepends(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 11 || c === 12 || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The text of one frame: its "File" line, source and markers.  CPython: StackSummary.format_frame_summary */
export function formatFrameSummary(fs: FrameSummary, theme: TracebackTheme): string {
  let filename = fs.filename;
  if (filename.startsWith('<stdin-') && filename.endsWith('>')) filename = '<stdin>';
  let row = `  File ${theme.filename}"${filename}"${theme.reset}, line ${theme.lineNo}${fs.lineno ?? 'None'}${theme.reset}, in ${theme.frame}${fs.name}${theme.reset}\n`;
  if (fs.lines === null) return row;
  const dedented = dedent(fs.lines);
  if (strip(dedented) === '') return row;
  // Without columns only the first line is shown.
  if (fs.colno === null || fs.endColno === null) return row + indentNonBlank(fs.line!, '    ') + '\n';
  row += formatSourceWithCarets(fs, dedented, theme);
  return row;
}

function formatSourceWithCarets(fs: FrameSummary, dedented: string, theme: TracebackTheme): string {
  const span = fs.endLineno! - fs.lineno!;
  const original = splitlines(fs.lines!);
  const firstLine = chars(original[0]);
  const lastLine = chars(original[span]);
  let startOffset = byteToCharOffset(firstLine, fs.colno!);
  let endOffset = byteToCharOffset(lastLine, fs.endColno!);
  const allLines = splitlines(dedented).slice(0, span + 1);
  const allChars = allLines.map(chars);
  const dedentChars = firstLine.length - allChars[0].length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const lastChars = allChars[allChars.length - 1];
  const dpStartOffset = displayWidth(allChars[0], startOffset);
  const dpEndOffset = displayWidth(lastChars, endOffset);

  // The code segment of the instruction.
  const joined = chars(allLines.join('\n'));
  const segment = joined.slice(startOffset, joined.length - (lastChars.length - endOffset)).join('');
  const anchors = extractCaretAnchors(segment);
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);

  // Only the first and last lines and those around the anchors are shown.
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = '^';
  let secondary = '^';
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset;
    rightStart = anchors.rightStartOffset;
    // The anchors' columns count from the segment's start on its first line.
    if (anchors.leftEndLineno === 0) leftEnd += startOffset;
    if (anchors.rightStartLineno === 0) rightStart += startOffset;
    leftEnd = displayWidth(allChars[anchors.leftEndLineno], leftEnd);
    rightStart = displayWidth(allChars[anchors.rightStartLineno], rightStart);
    primary = anchors.primaryChar;
    secondary = anchors.secondaryChar;
    for (let l = anchors.leftEndLineno - 1; l <= anchors.leftEndLineno + 1; l++) significant.add(l);
    for (let l = anchors.rightStartLineno - 1; l <= anchors.rightStartLineno + 1; l++) significant.add(l);
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const result: string[] = [];
  const outputLine = (lineno: number): void => {
    result.push(allLines[lineno] + '\n');
    if (!showCarets) return;
    const lineChars = allChars[lineno];
    const numSpaces = lstripLen(lineChars);
    const numCarets = lineno === allLines.length - 1 ? dpEndOffset : displayWidth(lineChars);
    const carets: string[] = [];
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (lineno === 0 && col < dpStartOffset)) carets.push(' ');
      else if (
        anchors !== null &&
        (lineno > anchors.leftEndLineno || (lineno === anchors.leftEndLineno && col >= leftEnd)) &&
        (lineno < anchors.rightStartLineno || (lineno === anchors.rightStartLineno && col < rightStart))
      ) {
        carets.push(secondary);
      } else carets.push(primary);
    }
    if (theme.reset !== '') {
      const [line, marks] = colorizeLine(result[result.length - 1], carets, theme);
      result[result.length - 1] = line;
      result.push(marks + '\n');
    } else result.push(carets.join('') + '\n');
  };

  const sig = [...significant].sort((a, b) => a - b);
  for (let i = 0; i < sig.length; i++) {
    const lineno = sig[i];
    if (i > 0) {
      const diff = lineno - sig[i - 1];
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  }
  return indentAll(dedent(result.join('')), '    ');
}

/** The source line and its markers with the marked parts colored (groups of equal markers). */
function colorizeLine(line: string, carets: readonly string[], theme: TracebackTheme): [string, string] {
  const lc = chars(line);
  const n = Math.max(lc.length, carets.length);
  let outLine = '';
  let outMarks = '';
  let i = 0;
  while (i < n) {
    const kind = carets[i] ?? '';
    let j = i;
    while (j < n && (carets[j] ?? '') === kind) j++;
    const text = lc.slice(i, j).join('');
    const marks = carets.slice(i, j).join('');
    if (kind === '^') {
      outLine += theme.errorHighlight + text + theme.reset;
      outMarks += theme.errorHighlight + marks + theme.reset;
    } else if (kind === '~') {
      outLine += theme.errorRange + text + theme.reset;
      outMarks += theme.errorRange + marks + theme.reset;
    } else {
      outLine += text;
      outMarks += marks;
    }
    i = j;
  }
  return [outLine, outMarks];
}

const RECURSIVE_CUTOFF = 3;

/** The frames of a stack, long runs of the same frame and line elided.  CPython: StackSummary.format */
export function formatStack(stack: readonly FrameSummary[], theme: TracebackTheme): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine: number | null | undefined;
  let lastName: string | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      result.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const fs of stack) {
    const formatted = formatFrameSummary(fs, theme);
    if (lastFile === null || lastFile !== fs.filename || lastLine === null || lastLine !== fs.lineno || lastName === null || lastName !== fs.name) {
      repeated();
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    result.push(formatted);
  }
  repeated();
  return result;
}
