// The pickler's output buffer, with protocol 4 framing.  CPython: Modules/_pickle.c _Pickler_Write,
// _Pickler_CommitFrame, _Pickler_OpcodeBoundary, _Pickler_write_bytes
import { PyBytes } from '../../objects/bytes.ts';
import { utf8Encode } from '../../objects/codecs/utf8.ts';
import { PyObject_CallOneArg } from '../../objects/abstract.ts';
import type { PyValue } from '../../objects/object.ts';
import { FRAME, FRAME_HEADER_SIZE, FRAME_SIZE_MIN, FRAME_SIZE_TARGET } from './state.ts';

const WRITE_BUF_SIZE = 4096;

/**
 * The bytes written so far, and the frame being filled. A frame's 9-byte header is reserved when
 * its first opcode is written and filled in (or squeezed out, for a frame under 4 bytes) when the
 * frame is committed.
 */
export class PickleOutput {
  buf = new Uint8Array(WRITE_BUF_SIZE);
  len = 0;
  framing = false;
  frameStart = -1;
  /** The file's write method (Pickler.dump), or null (dumps). */
  write: PyValue | null = null;

  clear(): void {
    this.buf = new Uint8Array(WRITE_BUF_SIZE);
    this.len = 0;
    this.frameStart = -1;
  }

  /** Room for n more bytes, starting a frame first if one is due; returns where to write them.  CPython: _Pickler_Write */
  reserve(n: number): number {
    let need = n;
    const newFrame = this.framing && this.frameStart === -1;
    if (newFrame) need += FRAME_HEADER_SIZE;
    if (this.len + need > this.buf.length) {
      const grown = new Uint8Array(Math.max(((this.len + need) >> 1) * 3, 16));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    if (newFrame) {
      this.frameStart = this.len;
      this.buf.fill(0xfe, this.len, this.len + FRAME_HEADER_SIZE);
      this.len += FRAME_HEADER_SIZE;
    }
    const at = this.len;
    this.len += n;
    return at;
  }

  byte(b: number): void {
    const at = this.reserve(1);
    this.buf[at] = b;
  }

  bytes2(a: number, b: number): void {
    const at = this.reserve(2);
    this.buf[at] = a;
    this.buf[at + 1] = b;
  }

  data(d: Uint8Array): void {
    const at = this.reserve(d.length);
    this.buf.set(d, at);
  }

  /** An ASCII (or Latin-1) string, one byte per code unit. */
  ascii(s: string): void {
    const at = this.reserve(s.length);
    const buf = this.buf;
    for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  }

  /** An opcode and a little-endian unsigned 32-bit argument. */
  op4(op: number, v: number): void {
    const at = this.reserve(5);
    const buf = this.buf;
    buf[at] = op;
    buf[at + 1] = v & 0xff;
    buf[at + 2] = (v >>> 8) & 0xff;
    buf[at + 3] = (v >>> 16) & 0xff;
    buf[at + 4] = (v >>> 24) & 0xff;
  }

  /** An opcode and a little-endian 64-bit size. */
  op8(op: number, v: number): void {
    const at = this.reserve(9);
    this.buf[at] = op;
    writeSize64(this.buf, at + 1, v);
  }

  // CPython: _Pickler_CommitFrame
  commitFrame(): void {
    if (!this.framing || this.frameStart === -1) return;
    const start = this.frameStart;
    const frameLen = this.len - start - FRAME_HEADER_SIZE;
    if (frameLen >= FRAME_SIZE_MIN) {
      this.buf[start] = FRAME;
      writeSize64(this.buf, start + 1, frameLen);
    } else {
      this.buf.copyWithin(start, start + FRAME_HEADER_SIZE, this.len);
      this.len -= FRAME_HEADER_SIZE;
    }
    this.frameStart = -1;
  }

  // CPython: _Pickler_GetString
  getBytes(): PyBytes {
    this.commitFrame();
    const out = this.buf.slice(0, this.len);
    return new PyBytes(out);
  }

  // CPython: _Pickler_FlushToFile
  flushToFile(): void {
    const out = this.getBytes();
    PyObject_CallOneArg(this.write!, out);
  }

  // CPython: _Pickler_OpcodeBoundary
  opcodeBoundary(): void {
    if (!this.framing || this.frameStart === -1) return;
    if (this.len - this.frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) {
      this.commitFrame();
      // Hand the committed frame to the file, so that a big pickle is not held in memory whole.
      if (this.write !== null) {
        this.flushToFile();
        this.clear();
      }
    }
  }

  /**
   * A header and a payload; a payload of 64 KiB or more goes outside any frame, straight to the
   * file when there is one.  CPython: _Pickler_write_bytes
   */
  writeBytes(header: Uint8Array, data: Uint8Array, payload: PyValue | null): void {
    const bypass = data.length >= FRAME_SIZE_TARGET;
    const framing = this.framing;
    if (bypass) {
      this.commitFrame();
      this.framing = false;
    }
    this.data(header);
    if (bypass && this.write !== null) {
      this.flushToFile();
      PyObject_CallOneArg(this.write, payload ?? new PyBytes(data.slice()));
      this.clear();
    } else {
      this.data(data);
    }
    this.framing = framing;
  }
}

export function writeSize64(buf: Uint8Array, at: number, v: number): void {
  let x = v;
  for (let i = 0; i < 8; i++) {
    buf[at + i] = x % 256;
    x = Math.floor(x / 256);
  }
}

/** A str as UTF-8 with lone surrogates passed through (CPython's fallback to "surrogatepass"). */
export function utf8Surrogatepass(s: string): Uint8Array {
  return utf8Encode(s, 'surrogatepass');
}

const HEX = '0123456789abcdef';

/** raw-unicode-escape that also escapes \\, \\0, \\n, \\r and \\x1a, for protocol 0.  CPython: raw_unicode_escape */
export function rawUnicodeEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x10000) {
      out += '\\U' + c.toString(16).padStart(8, '0');
    } else if (c >= 256 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) {
      out += '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
    } else {
      out += ch;
    }
  }
  return out;
}
