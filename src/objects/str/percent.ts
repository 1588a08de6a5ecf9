// printf-style formatting: str % args and bytes % args.  CPython: Objects/unicodeobject.c
// (PyUnicode_Format, unicode_format_arg_parse/_format/_output), Objects/bytesobject.c
// (_PyBytes_FormatEx).
//
// One engine serves both: the format is walked as a sequence of characters (code points for str;
// for bytes, one Latin-1 character per byte) and each conversion yields text that is laid out with
// CPython's rules for signs, '#' prefixes, zero padding and justification. The number conversions
// are the numbers engineer's (float/format.ts); the rest is here.
import type { PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue } from '../boxes.ts';
import { PyTuple } from '../tuple.ts';
import { PyObject_GetItem, PyObject_Repr, PyObject_Str, PyNumber_Index, lookupSpecial, PyObject_CallNoArgs } from '../abstract.ts';
import { typeError, valueError, overflowError, exceptionMatches, PyExc_TypeError } from '../exceptions.ts';
import { PyObject_ASCII } from '../format.ts';
import { percentFormatFloat, percentFormatInt, percentFormatChar } from '../float/format.ts';
import { PyBytes } from '../bytes.ts';
import { getBuffer, isByteArray } from '../bytes/buffer.ts';
import { hasSurrogates } from './codepoints.ts';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 2 ** 63 - 1;
const INT_MAX = 2147483647;

/** The format as indexable characters: a string when units are code points, else an array. */
type Chars = string | readonly string[];

interface Mode {
  readonly bytes: boolean;
  /** The text of one conversion other than the numeric ones. */
  convert(c: string, v: PyValue): string;
}

function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

/** %s/%b of bytes formatting.  CPython: format_obj */
function bytesText(v: PyValue): string {
  if (v instanceof PyBytes || isByteArray(v)) return latin1(getBuffer(v)!);
  const f = lookupSpecial(v, '__bytes__');
  if (f !== null) {
    const r = PyObject_CallNoArgs(f);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).tp_name})`);
    return latin1(r.data);
  }
  const b = getBuffer(v);
  if (b !== null) return latin1(b);
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).tp_name}'`);
}

/** %c of bytes formatting.  CPython: byte_converter */
function byteChar(v: PyValue): string {
  if (v instanceof PyBytes || isByteArray(v)) {
    const d = getBuffer(v)!;
    if (d.length !== 1) {
      throw typeError(`%c requires an integer in range(256) or a single byte, not a ${v instanceof PyBytes ? 'bytes' : 'bytearray'} object of length ${d.length}`);
    }
    return String.fromCharCode(d[0]);
  }
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null) {
    const n = PyNumber_Index(v);
    if (n < 0 || n > 255) throw overflowError('%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  throw typeError(`%c requires an integer in range(256) or a single byte, not ${typeOf(v).tp_name}`);
}

const STR_MODE: Mode = {
  bytes: false,
  convert(c: string, v: PyValue): string {
    switch (c) {
      case 's':
        return typeof v === 'string' ? v : PyObject_Str(v);
      case 'r':
        return PyObject_Repr(v);
      case 'a':
        return PyObject_ASCII(v);
      case 'c':
        return percentFormatChar(v);
    }
    throw new Error('unreachable');
  },
};

const BYTES_MODE: Mode = {
  bytes: true,
  convert(c: string, v: PyValue): string {
    switch (c) {
      case 'r':
      case 'a':
        return PyObject_ASCII(v);
      case 's':
      case 'b':
        return bytesText(v);
      case 'c':
        return byteChar(v);
    }
    throw new Error('unreachable');
  },
};

function isMappingArg(args: PyValue, mode: Mode): boolean {
  if (args instanceof PyTuple || isStrValue(args)) return false;
  if (mode.bytes && (args instanceof PyBytes || isByteArray(args))) return false;
  return typeOf(args).mp_subscript !== null;
}

/**
 * A format made of literal text and plain conversions ('%s', '%r', '%a', '%d', '%i': no key, flag,
 * width or precision), split once: texts[k] precedes the k-th conversion, convs[k] is its letter.
 */
interface SimpleFormat {
  readonly texts: readonly string[];
  readonly convs: string;
}

/** Formats seen lately, split (null: not simple).  Formats are nearly always literals, so few. */
const SIMPLE_FORMATS = new Map<string, SimpleFormat | null>();

function simpleFormat(f: string): SimpleFormat | null {
  let t = SIMPLE_FORMATS.get(f);
  if (t === undefined) {
    t = splitSimpleFormat(f);
    if (SIMPLE_FORMATS.size >= 256) SIMPLE_FORMATS.clear();
    SIMPLE_FORMATS.set(f, t);
  }
  return t;
}

function splitSimpleFormat(f: string): SimpleFormat | null {
  const texts: string[] = [];
  let convs = '';
  let lit = '';
  let i = 0;
  for (let p = f.indexOf('%'); p >= 0; p = f.indexOf('%', i)) {
    lit += f.slice(i, p);
    const c = f[p + 1];
    if (c === '%') lit += '%';
    else if (c === 's' || c === 'r' || c === 'a' || c === 'd' || c === 'i') {
      texts.push(lit);
      lit = '';
      convs += c;
    } else return null;
    i = p + 2;
  }
  texts.push(lit + f.slice(i));
  return { texts, convs };
}

/** `format` for a simple format and arguments that are not a mapping: the same results and errors. */
function formatSimple(t: SimpleFormat, args: PyValue, mode: Mode): string {
  const items = args instanceof PyTuple ? args.items : null;
  const arglen = items !== null ? items.length : -1;
  let argidx = items !== null ? 0 : -2;
  const { texts, convs } = t;
  let out = texts[0];
  for (let k = 0; k < convs.length; k++) {
    if (argidx >= arglen) throw typeError('not enough arguments for format string');
    argidx++;
    const v = items === null ? args : items[argidx - 1];
    const ch = convs[k];
    let text: string;
    if (ch === 'd' && typeof v === 'number') text = String(v);
    else if (ch === 's' && typeof v === 'string' && !mode.bytes) text = v;
    else text = ch === 'd' || ch === 'i' ? percentFormatInt(v, ch, -1, false) : mode.convert(ch, v);
    out += text + texts[k + 1];
  }
  if (argidx < arglen) throw typeError(`not all arguments converted during ${mode.bytes ? 'bytes' : 'string'} formatting`);
  return out;
}

/** The shared engine: the formatted text (code points as characters, or Latin-1 for bytes). */
function format(f: Chars, argsIn: PyValue, mode: Mode): string {
  if (typeof f === 'string') {
    const t = simpleFormat(f);
    if (t !== null && !isMappingArg(argsIn, mode)) return formatSimple(t, argsIn, mode);
  }
  // Written without closures and with string concatenation: '%d=%s' % (i, j) runs in loops.
  let args = argsIn;
  let arglen = args instanceof PyTuple ? args.items.length : -1;
  let argidx = args instanceof PyTuple ? 0 : -2;
  const dict = isMappingArg(args, mode) ? args : null;
  let out = '';
  const n = f.length;
  let pos = 0;
  while (pos < n) {
    if (f[pos] !== '%') {
      const start = pos;
      while (pos < n && f[pos] !== '%') pos++;
      out += typeof f === 'string' ? f.slice(start, pos) : f.slice(start, pos).join('');
      continue;
    }
    pos++;
    let ch = pos < n ? f[pos] : '';
    if (ch === '%') {
      out += '%';
      pos++;
      continue;
    }
    // The common conversions, without flags, width or precision.
    if ((ch === 's' || ch === 'd') && dict === null) {
      if (argidx >= arglen) throw typeError('not enough arguments for format string');
      argidx++;
      const v = arglen < 0 ? args : (args as PyTuple).items[argidx - 1];
      pos++;
      if (ch === 'd' && typeof v === 'number') out += String(v);
      else if (ch === 's' && typeof v === 'string' && !mode.bytes) out += v;
      else out += ch === 's' ? mode.convert(ch, v) : percentFormatInt(v, ch, -1, false);
      continue;
    }
    if (ch === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      pos++;
      const keystart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < n) {
        if (f[pos] === ')') pcount--;
        else if (f[pos] === '(') pcount++;
        pos++;
      }
      if (pcount > 0) throw valueError('incomplete format key');
      const keyText = typeof f === 'string' ? f.slice(keystart, pos - 1) : f.slice(keystart, pos - 1).join('');
      const key = mode.bytes ? new PyBytes(Uint8Array.from(keyText, (c) => c.charCodeAt(0))) : keyText;
      args = PyObject_GetItem(dict, key);
      arglen = -1;
      argidx = -2;
    }
    // flags
    let flags = 0;
    ch = '';
    let more = false;
    while (pos < n) {
      ch = f[pos++];
      more = true;
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
      more = false;
    }
    // `exhausted`: the format ended where a character was expected (each "advance" below reads
    // the next character into ch, or sets exhausted at the end).
    let exhausted = !more;
    // width
    let width = -1;
    if (!exhausted && ch === '*') {
      if (argidx >= arglen) throw typeError('not enough arguments for format string');
      argidx++;
      const v = arglen < 0 ? args : (args as PyTuple).items[argidx - 1];
      if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).tp_flags & (1 << 24))) throw typeError('* wants int');
      const w = PyNumber_Index(v);
      // Compared exactly: 2**63 as a JS number equals SSIZE_MAX as a JS number.
      if (w > 9223372036854775807n || w < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (pos < n) ch = f[pos++];
      else exhausted = true;
    } else if (!exhausted && ch >= '0' && ch <= '9') {
      width = ch.charCodeAt(0) - 48;
      for (;;) {
        if (pos < n) ch = f[pos++];
        else exhausted = true;
        if (exhausted || !(ch >= '0' && ch <= '9')) break;
        const d = ch.charCodeAt(0) - 48;
        if (width > (SSIZE_MAX - d) / 10) throw valueError('width too big');
        width = width * 10 + d;
      }
    }
    // precision
    let prec = -1;
    if (!exhausted && ch === '.') {
      prec = 0;
      if (pos < n) ch = f[pos++];
      else exhausted = true;
      if (!exhausted && (ch as string) === '*') {
        if (argidx >= arglen) throw typeError('not enough arguments for format string');
        argidx++;
        const v = arglen < 0 ? args : (args as PyTuple).items[argidx - 1];
        if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).tp_flags & (1 << 24))) throw typeError('* wants int');
        const p = PyNumber_Index(v);
        if (p > INT_MAX || p < -INT_MAX - 1) throw overflowError('Python int too large to convert to C int');
        prec = Number(p) < 0 ? 0 : Number(p);
        if (pos < n) ch = f[pos++];
        else exhausted = true;
      } else if (!exhausted && ch >= '0' && ch <= '9') {
        prec = ch.charCodeAt(0) - 48;
        for (;;) {
          if (pos < n) ch = f[pos++];
          else exhausted = true;
          if (exhausted || !(ch >= '0' && ch <= '9')) break;
          const d = ch.charCodeAt(0) - 48;
          if (prec > (INT_MAX - d) / 10) throw valueError(mode.bytes ? 'prec too big' : 'precision too big');
          prec = prec * 10 + d;
        }
      }
    }
    if (!exhausted && (ch === 'h' || ch === 'l' || ch === 'L')) {
      if (pos < n) ch = f[pos++];
      else exhausted = true;
    }
    if (exhausted) throw valueError('incomplete format');
    if (argidx >= arglen) throw typeError('not enough arguments for format string');
    argidx++;
    const v = arglen < 0 ? args : (args as PyTuple).items[argidx - 1];
    let text: string;
    let sign = false;
    switch (ch) {
      case 's':
      case 'r':
      case 'a':
      case 'b':
      case 'c':
        if (ch === 'b' && !mode.bytes) throw unsupported(ch, pos, mode);
        text = mode.convert(ch, v);
        if (ch !== 'c' && prec >= 0 && codePointLength(text) > prec) text = codePointSlice(text, prec);
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        text = percentFormatInt(v, ch, prec, (flags & F_ALT) !== 0);
        sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        try {
          text = percentFormatFloat(v, ch, prec, (flags & F_ALT) !== 0);
        } catch (e) {
          if (mode.bytes && exceptionMatches(e as PyValue, PyExc_TypeError)) throw typeError(`float argument required, not ${typeOf(v).tp_name}`);
          throw e;
        }
        sign = true;
        break;
      default:
        throw unsupported(ch, pos, mode);
    }
    out += layout(text, ch, flags, width, sign);
    if (dict !== null && argidx < arglen) throw typeError(`not all arguments converted during ${mode.bytes ? 'bytes' : 'string'} formatting`);
  }
  if (argidx < arglen && dict === null) throw typeError(`not all arguments converted during ${mode.bytes ? 'bytes' : 'string'} formatting`);
  return out;
}

function unsupported(ch: string, pos: number, mode: Mode): never {
  const cp = ch.codePointAt(0)!;
  // bytes: the character goes through a C `char` (signed), which PyErr_Format's %c rejects.
  if (mode.bytes && cp >= 0x80) throw overflowError('character argument not in range(0x110000)');
  const shown = mode.bytes || (cp >= 31 && cp <= 126) ? ch : '?';
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`);
}

function codePointLength(s: string): number {
  return hasSurrogates(s) ? Array.from(s).length : s.length;
}

function codePointSlice(s: string, n: number): string {
  return hasSurrogates(s) ? Array.from(s).slice(0, n).join('') : s.slice(0, n);
}

/** Sign, '#' prefix, fill and justification of one conversion.  CPython: unicode_format_arg_output */
function layout(text: string, ch: string, flags: number, width: number, signed: boolean): string {
  let len = codePointLength(text);
  if ((width === -1 || width <= len) && !(flags & (F_SIGN | F_BLANK))) return text;
  const fill = signed && flags & F_ZERO ? '0' : ' ';
  let body = text;
  let signchar = '';
  if (signed) {
    const c0 = body[0];
    if (c0 === '-' || c0 === '+') {
      signchar = c0;
      body = body.slice(1);
      len--;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (signchar !== '') {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  let prefix = '';
  if (alt) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    out += signchar;
    if (alt) out += prefix;
  }
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** str % args.  CPython: PyUnicode_Format */
export function strPercentFormat(fmt: string, args: PyValue): string {
  return format(hasSurrogates(fmt) ? Array.from(fmt) : fmt, args, STR_MODE);
}

/** bytes % args (and bytearray % args).  CPython: _PyBytes_FormatEx */
export function bytesPercentFormat(fmt: Uint8Array, args: PyValue): Uint8Array {
  const text = format(latin1(fmt), args, BYTES_MODE);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
