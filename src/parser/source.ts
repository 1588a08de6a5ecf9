// Source text as CPython reads it: bytes to str (UTF-8 BOM, PEP 263 coding declarations, strict
// UTF-8 by default), universal newlines, and the errors CPython raises on the way.
// CPython: Parser/tokenizer/string_tokenizer.c decode_str, Parser/tokenizer/file_tokenizer.c
// tok_underflow_file, Parser/tokenizer/helpers.c (check_bom, check_coding_spec, ensure_utf8),
// Python/bltinmodule.c compile (null bytes), Python/errors.c err_programtext
import { ParseError } from './errors.ts';
import { FrontEndError } from './errors.ts';
import { decodeWith, isKnownCodec, pythonDecodeError, utf8ErrorRange } from './source-codecs.ts';

export interface SourceOptions {
  filename: string;
  /**
   * 'string': the source of compile(), exec() or ast.parse(): decoded all at once before
   * tokenizing.  'file': a file run as `python FILE`: read line by line as the tokenizer asks, so a
   * bad byte on line 9 is only reported when the tokenizer gets there.
   */
  input?: 'string' | 'file';
  /** compile() mode 'exec': a missing final newline is added. */
  execInput?: boolean;
}

export interface DecodedSource {
  /** The decoded text with newlines translated to '\n' (and a final '\n' for exec input). */
  text: string;
  /** 'utf-8', or the declared encoding's normal name. */
  encoding: string;
  /** File input: an error that happens when the tokenizer reads line `lineno`. */
  lineError: { lineno: number; error: ParseError } | null;
  /**
   * File input: line `lineno` as CPython reads it back from the file for SyntaxError.text
   * (newline included when the file has one), or null when there is no such line.
   */
  programText: ((lineno: number) => string | null) | null;
}

const NUL_IN_STRING = 'source code string cannot contain null bytes';

function syntaxError(msg: string, filename: string | null, lineno: number | null = null, offset: number | null = null): ParseError {
  return new ParseError('SyntaxError', msg, filename, lineno, offset, null, null, null);
}

/** Decodes source bytes or checks a source str.  Throws ParseError or FrontEndError. */
export function decodeSource(source: string | Uint8Array, opts: SourceOptions): DecodedSource {
  if (typeof source === 'string') return checkString(source, opts);
  if (opts.input === 'file') return decodeFile(source, opts);
  return decodeBytes(source, opts);
}

// ---- A str given to compile(): no decoding, no coding declaration.

function checkString(s: string, opts: SourceOptions): DecodedSource {
  if (s.indexOf('\0') >= 0) throw syntaxError(NUL_IN_STRING, null);
  checkEncodable(s);
  return { text: translateNewlines(s, opts.execInput ?? false), encoding: 'utf-8', lineError: null, programText: null };
}

/** compile() encodes a str as UTF-8 first: lone surrogates fail.  CPython: PyUnicode_AsUTF8AndSize */
function checkEncodable(s: string): void {
  if (!/[\ud800-\udfff]/.test(s)) return;
  let cp = 0;
  for (let i = 0; i < s.length; i++, cp++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) continue;
    // A run of lone surrogates is reported as one error.
    let end = cp;
    let j = i + 1;
    while (j < s.length && isLone(s, j)) {
      j++;
      end++;
    }
    const msg =
      end === cp
        ? `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${cp}: surrogates not allowed`
        : `'utf-8' codec can't encode characters in position ${cp}-${end}: surrogates not allowed`;
    throw new FrontEndError('UnicodeEncodeError', msg);
  }
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

function isLone(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c < 0xe000) return !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00);
  if (c >= 0xd800 && c < 0xdc00) return !(i + 1 < s.length && isLow(s.charCodeAt(i + 1)));
  return false;
}

/** "\r\n" and "\r" become "\n"; exec input gets a final "\n".  CPython: _PyTokenizer_translate_newlines */
export function translateNewlines(s: string, execInput: boolean): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (execInput && s.length > 0 && s.charCodeAt(s.length - 1) !== 10) s += '\n';
  return s;
}

function translateNewlineBytes(b: Uint8Array, execInput: boolean): Uint8Array {
  let out = b;
  if (b.indexOf(13) >= 0) {
    out = new Uint8Array(b.length);
    let j = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 13) {
        out[j++] = 10;
        if (b[i + 1] === 10) i++;
      } else {
        out[j++] = c;
      }
    }
    out = out.subarray(0, j);
  }
  if (execInput && out.length > 0 && out[out.length - 1] !== 10) {
    const grown = new Uint8Array(out.length + 1);
    grown.set(out);
    grown[out.length] = 10;
    out = grown;
  }
  return out;
}

// ---- Bytes given to compile(): decoded whole.  CPython: decode_str

function decodeBytes(src: Uint8Array, opts: SourceOptions): DecodedSource {
  const filename = opts.filename;
  if (src.indexOf(0) >= 0) throw syntaxError(NUL_IN_STRING, null);
  let b = translateNewlineBytes(src, opts.execInput ?? false);
  const bom = hasBom(b);
  if (bom) b = b.subarray(3);

  // The coding declaration: line 1, or line 2 when line 1 is blank or a comment.  Line 1 is
  // checked without its newline, line 2 with it (CPython passes those sizes).
  let enc: string | null = null;
  const nl0 = b.indexOf(10);
  if (nl0 >= 0) {
    let r = codingSpec(b, 0, nl0);
    if (r.spec === null && !r.stop) {
      const nl1 = b.indexOf(10, nl0 + 1);
      if (nl1 >= 0) r = { ...codingSpec(b, nl0 + 1, nl1 + 1), line: 2 };
    }
    if (r.spec !== null) {
      if (bom) {
        if (r.spec !== 'utf-8') throw bomConflict(b, r, filename);
      } else if (r.spec !== 'utf-8') {
        enc = r.spec;
      }
    }
  }

  if (enc !== null) {
    if (!isKnownCodec(enc)) throw syntaxError(`unknown encoding: ${enc}`, filename, 0, -1);
    const d = decodeWith(enc, b);
    if (typeof d !== 'string') throw syntaxError(pythonDecodeError(d), filename, 0, -1);
    return { text: translateNewlines(d, opts.execInput ?? false), encoding: enc, lineError: null, programText: null };
  }
  const bad = firstInvalidUtf8(b, 0, b.length);
  if (bad >= 0) throw nonUtf8Error(b, bad, 1, 0, null, filename);
  return { text: utf8(b), encoding: 'utf-8', lineError: null, programText: null };
}

function hasBom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

interface CodingResult {
  spec: string | null;
  /** The line holds something else than a comment: stop looking. */
  stop: boolean;
  line: number;
  start: number;
  size: number;
}

/** Looks for `coding[:=]NAME` in a comment line.  CPython: get_coding_spec, check_coding_spec */
function codingSpec(b: Uint8Array, start: number, end: number): CodingResult {
  const size = end - start;
  const res: CodingResult = { spec: null, stop: false, line: 1, start, size };
  let i = 0;
  // The declaration must be in a comment that is alone on its line.
  let found = false;
  for (; i < size - 6; i++) {
    const c = b[start + i];
    if (c === 35 /* # */) {
      found = true;
      break;
    }
    if (c !== 32 && c !== 9 && c !== 12) break;
  }
  if (found) {
    for (; i < size - 6; i++) {
      const t = start + i;
      if (b[t] !== 0x63 || b[t + 1] !== 0x6f || b[t + 2] !== 0x64 || b[t + 3] !== 0x69 || b[t + 4] !== 0x6e || b[t + 5] !== 0x67) continue;
      let p = t + 6;
      if (b[p] !== 58 /* : */ && b[p] !== 61 /* = */) continue;
      do p++;
      while (b[p] === 32 || b[p] === 9);
      const begin = p;
      while (p < b.length && (isAlnum(b[p]) || b[p] === 45 || b[p] === 95 || b[p] === 46)) p++;
      if (begin < p) {
        res.spec = normalName(String.fromCharCode(...b.subarray(begin, p)));
        res.stop = true;
        return res;
      }
    }
  }
  for (let k = 0; k < size; k++) {
    const c = b[start + k];
    if (c === 35 || c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 12) {
      res.stop = true;
      break;
    }
  }
  return res;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** utf-8 and latin-1 spellings get one name.  CPython: get_normal_name */
function normalName(s: string): string {
  const head = s.slice(0, 12).replace(/_/g, '-').toLowerCase();
  if (head === 'utf-8' || head.startsWith('utf-8-')) return 'utf-8';
  if (
    head === 'latin-1' ||
    head === 'iso-8859-1' ||
    head === 'iso-latin-1' ||
    head.startsWith('latin-1-') ||
    head.startsWith('iso-8859-1-') ||
    head.startsWith('iso-latin-1-')
  ) {
    return 'iso-8859-1';
  }
  return s;
}

function bomConflict(b: Uint8Array, r: CodingResult, filename: string): ParseError {
  const nl = b.indexOf(10, r.start);
  const text = utf8(b.subarray(r.start, nl < 0 ? b.length : nl));
  return new ParseError('SyntaxError', `encoding problem: ${r.spec} with BOM`, filename, r.line, 0, r.line, r.size, text);
}

/**
 * "Non-UTF-8 code starting with..." for the bad byte at `bad`; lines are counted from `from`, which
 * is line `lineno`.  The offset counts characters before the bad byte, plus one.
 * CPython: _PyTokenizer_ensure_utf8
 */
function nonUtf8Error(b: Uint8Array, bad: number, lineno: number, from: number, inFile: string | null, filename: string): ParseError {
  let ls = from;
  let chars = 0;
  for (let i = from; i < bad; ) {
    const n = utf8SequenceLength(b, i);
    chars++;
    if (b[i] === 10) {
      lineno++;
      chars = 0;
      ls = i + 1;
    }
    i += n;
  }
  const nl = b.indexOf(10, ls);
  let end = nl < 0 ? b.length : nl;
  const z = b.indexOf(0, ls);
  if (z >= 0 && z < end) end = z;
  const where = inFile !== null ? ` in file ${inFile}` : '';
  const msg = `Non-UTF-8 code starting with '\\x${b[bad].toString(16).padStart(2, '0')}'${where} on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
  return new ParseError('SyntaxError', msg, filename, lineno, chars + 1, lineno, chars + 1, utf8(b.subarray(ls, end)));
}

// ---- A file run as a program: read line by line.  CPython: tok_underflow_file

function decodeFile(src: Uint8Array, opts: SourceOptions): DecodedSource {
  const filename = opts.filename;
  const bom = hasBom(src);
  // Lines as CPython's universal-newline reader returns them, the last one given a newline.
  const b = translateNewlineBytes(bom ? src.subarray(3) : src, true);
  const lines: number[] = [];
  for (let i = 0; i < b.length; i = b.indexOf(10, i) + 1) lines.push(i);
  const nLines = lines.length;
  lines.push(b.length);

  // The encoding is looked for while reading lines 1 and 2 (each with its newline); the search
  // ends at line 1 if it holds code or a declaration, else at line 2.
  let encoding: string | null = bom ? 'utf-8' : null;
  let declared: string | null = null;
  let decided = Infinity;
  for (let k = 0; k < Math.min(2, nLines) && decided === Infinity; k++) {
    const r = codingSpec(b, lines[k], lines[k + 1]);
    r.line = k + 1;
    if (r.spec !== null) {
      if (encoding === null) {
        if (r.spec !== 'utf-8') {
          declared = r.spec;
          if (!isKnownCodec(r.spec)) throw syntaxError(`encoding problem: ${r.spec}`, null);
        }
        encoding = r.spec;
      } else if (encoding !== r.spec) {
        throw bomConflict(b, r, filename);
      }
    }
    if (r.stop || k === 1) decided = k + 1;
  }

  let text: string;
  let lineError: { lineno: number; error: ParseError } | null = null;
  if (declared !== null) {
    // Differs from CPython: a decoding error anywhere is reported as the error of opening the
    // file with that encoding, which CPython only does for errors in its first 8 KiB chunk.
    const d = decodeWith(declared, b);
    if (typeof d !== 'string') throw syntaxError(`encoding problem: ${declared}`, null);
    text = d;
  } else {
    text = utf8(b);
    lineError = firstBadLine(b, lines, nLines, encoding !== null, decided, filename);
    if (lineError !== null && lineError.error.text === null) {
      const e = lineError.error;
      const text = programLine(src, lineError.lineno, 'utf-8');
      lineError = { lineno: lineError.lineno, error: new ParseError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, text) };
    }
  }
  const enc = declared ?? 'utf-8';
  return { text, encoding: enc, lineError, programText: (lineno) => programLine(src, lineno, enc) };
}

/**
 * The first line whose reading fails, and how.  Reading line k checks, once the encoding search
 * has ended: without declaration, that the buffer is UTF-8 (the buffer is lines 1-2 when the
 * search ended at line 2, else the line alone, numbered 1 if it is line 2: CPython's count);
 * with a BOM or `coding: utf-8`, that the buffer decodes.  Then, that the line has no null byte.
 * Differs from CPython: the buffer also keeps earlier lines while a token spans lines.
 */
function firstBadLine(b: Uint8Array, lines: number[], nLines: number, utf8Declared: boolean, decided: number, filename: string): { lineno: number; error: ParseError } | null {
  // Only the first null byte can matter: reading its line fails.
  const nul = b.indexOf(0);
  const ascii = !b.some((c) => c >= 0x80);
  for (let k = 1; k <= nLines; k++) {
    const start = lines[k - 1];
    const end = lines[k];
    if (k >= decided && !ascii) {
      const from = k === 2 && decided === 2 ? lines[0] : start;
      const stop = nul >= from && nul < end ? nul : end;
      const bad = firstInvalidUtf8(b, from, stop);
      if (bad >= 0) {
        const error = utf8Declared ? unicodeError(b, from, stop, bad, k, filename) : nonUtf8Error(b, bad, k <= 2 ? 1 : k, from, filename, filename);
        return { lineno: k, error };
      }
    }
    if (nul >= start && nul < end) {
      const text = utf8(b.subarray(start, nul));
      return { lineno: k, error: new ParseError('SyntaxError', 'source code cannot contain null bytes', filename, k, 0, k, 0, text) };
    }
  }
  return null;
}

/**
 * A UTF-8 decoding error in the buffer [start, end) read for line `lineno`, as the parser words it;
 * its text is filled in from the file (see programText).  CPython: _Pypegen_raise_decode_error
 */
function unicodeError(b: Uint8Array, start: number, end: number, bad: number, lineno: number, filename: string): ParseError {
  const [s, e, reason] = utf8ErrorRange(b, bad, end);
  const pos = s - start;
  const what = e - s === 1 ? `byte 0x${b[s].toString(16).padStart(2, '0')} in position ${pos}` : `bytes in position ${pos}-${pos + e - s - 1}`;
  return new ParseError('SyntaxError', `(unicode error) 'utf-8' codec can't decode ${what}: ${reason}`, filename, lineno, 0, lineno, -1, null);
}

/**
 * Line `lineno` of the file as CPython reads it back for an error message: universal newlines,
 * BOM skipped, at most 999 bytes, decoded with errors='replace'.  CPython: err_programtext
 */
function programLine(src: Uint8Array, lineno: number, encoding: string): string | null {
  if (lineno < 1) return null;
  let i = 0;
  let line = 1;
  while (line < lineno) {
    if (i >= src.length) return null;
    const c = src[i++];
    if (c === 10) line++;
    else if (c === 13) {
      if (src[i] === 10) i++;
      line++;
    }
  }
  if (i >= src.length) return null;
  let j = i;
  while (j < src.length && src[j] !== 10 && src[j] !== 13) j++;
  const hasNl = j < src.length;
  let bytes = src.subarray(i, j);
  if (lineno === 1 && hasBom(bytes)) bytes = bytes.subarray(3);
  const whole = new Uint8Array(bytes.length + (hasNl ? 1 : 0));
  whole.set(bytes);
  if (hasNl) whole[bytes.length] = 10;
  const capped = whole.length > 999 ? whole.subarray(0, 999) : whole;
  const d = decodeWith(encoding, capped, true);
  return typeof d === 'string' ? d : utf8(capped);
}

// ---- UTF-8.

const UTF8 = new TextDecoder('utf-8');

export function utf8(b: Uint8Array): string {
  return UTF8.decode(b);
}

/** Length of the valid UTF-8 sequence at `i`, or 0.  CPython: valid_utf8 in helpers.c */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let expected: number;
  if (c < 0xe0) {
    if (c < 0xc2) return 0;
    expected = 1;
  } else if (c < 0xf0) {
    const c1 = b[i + 1];
    if (c === 0xe0 && c1 < 0xa0) return 0;
    if (c === 0xed && c1 >= 0xa0) return 0;
    expected = 2;
  } else if (c < 0xf5) {
    const c1 = b[i + 1];
    if (c1 < 0x90 ? c === 0xf0 : c === 0xf4) return 0;
    expected = 3;
  } else {
    return 0;
  }
  for (let k = 1; k <= expected; k++) {
    const d = b[i + k];
    if (d === undefined || d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

/** Index of the first byte in [from, end) that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(b, i);
    if (n === 0 || i + n > end) return i;
    i += n;
  }
  return -1;
}
