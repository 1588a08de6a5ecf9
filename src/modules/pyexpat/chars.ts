// Character classes and input decoding for the XML tokenizer under pyexpat.
// CPython: Modules/expat/xmltok.c (encodings, name characters), Modules/expat/xmltok_impl.c
//
// Differs from CPython: expat tokenizes the raw bytes of each encoding; pyts decodes the input to a
// JS string first (keeping the byte count of every character for the byte positions expat reports)
// and tokenizes the decoded text.  A byte sequence that is not valid in the input encoding decodes
// to INVALID_MARK, a character that no XML token accepts.
import { NAME_RANGES, NAME_START_RANGES } from './names.ts';

/** Stands for an input byte (sequence) that does not decode: U+FFFF is not an XML character. */
export const INVALID_MARK = 0xffff;
/** Stands for the bytes of a character cut by the end of the input (U+FFFE is not an XML character either). */
export const PARTIAL_MARK = 0xfffe;

export const enum EncKind {
  UTF8,
  UTF16LE,
  UTF16BE,
  LATIN1,
  ASCII,
  /** A single-byte encoding given by a table of 256 code points (-1: the byte is invalid). */
  TABLE,
}

export class InputEncoding {
  constructor(
    readonly kind: EncKind,
    readonly name: string,
    readonly table: Int32Array | null,
  ) {}
}

/** Names of the encodings expat knows itself (CPython: Modules/expat/xmltok.c encodingNames). */
export function builtinEncoding(name: string): InputEncoding | null {
  const n = name.toUpperCase();
  switch (n) {
    case 'UTF-8':
      return new InputEncoding(EncKind.UTF8, 'UTF-8', null);
    case 'UTF-16':
      return new InputEncoding(EncKind.UTF16BE, 'UTF-16', null);
    case 'UTF-16LE':
      return new InputEncoding(EncKind.UTF16LE, 'UTF-16LE', null);
    case 'UTF-16BE':
      return new InputEncoding(EncKind.UTF16BE, 'UTF-16BE', null);
    case 'ISO-8859-1':
      return new InputEncoding(EncKind.LATIN1, 'ISO-8859-1', null);
    case 'US-ASCII':
      return new InputEncoding(EncKind.ASCII, 'US-ASCII', null);
  }
  return null;
}

/** An incremental decoder from input bytes to the text the tokenizer reads. */
export class Decoder {
  /** Bytes of an incomplete character kept for the next chunk. */
  pending: Uint8Array = new Uint8Array(0) as Uint8Array;
  constructor(public enc: InputEncoding) {}

  decode(input: Uint8Array, final: boolean): string {
    let data = input;
    if (this.pending.length) {
      data = new Uint8Array(this.pending.length + input.length);
      data.set(this.pending, 0);
      data.set(input, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    const units: number[] = [];
    let i = 0;
    const n = data.length;
    const enc = this.enc;
    switch (enc.kind) {
      case EncKind.UTF8:
        i = decodeUtf8(data, units, final);
        break;
      case EncKind.UTF16LE:
      case EncKind.UTF16BE: {
        const le = enc.kind === EncKind.UTF16LE;
        for (; i + 1 < n; i += 2) units.push(le ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1]);
        if (i < n && final) units.push(PARTIAL_MARK), (i = n);
        break;
      }
      case EncKind.LATIN1:
        for (; i < n; i++) units.push(data[i]);
        break;
      case EncKind.ASCII:
        for (; i < n; i++) units.push(data[i] < 0x80 ? data[i] : INVALID_MARK);
        break;
      case EncKind.TABLE: {
        const t = enc.table!;
        for (; i < n; i++) {
          const c = t[data[i]];
          if (c < 0) units.push(INVALID_MARK);
          else if (c > 0xffff) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
          else units.push(c);
        }
        break;
      }
    }
    if (i < n) this.pending = data.slice(i);
    return unitsToString(units);
  }

  /** The number of input bytes the decoded text s[from:to] came from. */
  byteLength(s: string, from: number, to: number): number {
    switch (this.enc.kind) {
      case EncKind.UTF8: {
        let b = 0;
        for (let i = from; i < to; i++) {
          const c = s.charCodeAt(i);
          b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : c === INVALID_MARK ? 1 : 3;
        }
        return b;
      }
      case EncKind.UTF16LE:
      case EncKind.UTF16BE:
        return 2 * (to - from);
      default: {
        let b = 0;
        for (let i = from; i < to; i++) {
          const c = s.charCodeAt(i);
          if (c < 0xdc00 || c > 0xdfff) b++;
        }
        return b;
      }
    }
  }
}

function unitsToString(units: number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  return out;
}

/** Decodes UTF-8 as expat accepts it; returns where an incomplete final sequence begins. */
function decodeUtf8(d: Uint8Array, out: number[], final: boolean): number {
  const n = d.length;
  let i = 0;
  while (i < n) {
    const b = d[i];
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (cp = b & 0x1f), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (cp = b & 0x0f), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (cp = b & 0x07), (min = 0x10000);
    else {
      out.push(INVALID_MARK);
      i++;
      continue;
    }
    let j = 1;
    let bad = false;
    for (; j <= need; j++) {
      if (i + j >= n) break;
      const t = d[i + j];
      if ((t & 0xc0) !== 0x80) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (t & 0x3f);
    }
    if (!bad && j <= need) {
      // The sequence is cut by the end of the chunk.
      if (!final) return i;
      out.push(PARTIAL_MARK);
      return n;
    }
    if (bad || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out.push(INVALID_MARK);
      i++;
      continue;
    }
    if (cp >= 0x10000) out.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else out.push(cp);
    i += need + 1;
  }
  return n;
}

// ---- character classes ----

/** Whether the code unit c may appear in XML text (pairs of surrogates are checked by the caller). */
export function isXmlChar(c: number): boolean {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  return c < 0xfffe;
}

const NAME_CLASS = new Uint8Array(0x10000); // 0 unknown, 1 other, 2 name char, 3 name start

function inRanges(r: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * In ISO-8859-1 and UTF-16 input expat classifies U+0080..U+00FF with its Latin-1 table, where
 * U+00AA, U+00B5 and U+00BA may start names.  Set by the parser before it tokenizes.
 */
let latin1Names = false;

export function setLatin1Names(on: boolean): void {
  latin1Names = on;
}

function classify(c: number): number {
  if (inRanges(NAME_START_RANGES, c)) return 3;
  if (inRanges(NAME_RANGES, c)) return 2;
  return 1;
}

export function isNameStart(c: number): boolean {
  if (latin1Names && (c === 0xaa || c === 0xb5 || c === 0xba)) return true;
  let k = NAME_CLASS[c];
  if (k === 0) k = NAME_CLASS[c] = classify(c);
  return k === 3;
}

export function isNameChar(c: number): boolean {
  if (latin1Names && (c === 0xaa || c === 0xb5 || c === 0xba)) return true;
  let k = NAME_CLASS[c];
  if (k === 0) k = NAME_CLASS[c] = classify(c);
  return k >= 2;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
