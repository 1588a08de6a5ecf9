// Growable output buffers for encoders (bytes) and decoders (str).  CPython: _PyBytesWriter, _PyUnicodeWriter
import { memoryError } from '../exceptions.ts';
import { MAX_LENGTH } from '../str/args.ts';

export class ByteWriter {
  buf: Uint8Array;
  len = 0;

  constructor(capacity = 16) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  private grow(n: number): void {
    const need = this.len + n;
    if (need > MAX_LENGTH * 2) throw memoryError();
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }

  pushBytes(a: Uint8Array): void {
    if (this.len + a.length > this.buf.length) this.grow(a.length);
    this.buf.set(a, this.len);
    this.len += a.length;
  }

  /** Writes the low byte of each code unit of an ASCII (or Latin-1) string. */
  pushLatin1(s: string): void {
    if (this.len + s.length > this.buf.length) this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const CHUNK = 4096;

/** Builds a JS string from code units and code points, flushing in chunks. */
export class StrWriter {
  private out = '';
  private units: number[] = [];

  pushUnit(u: number): void {
    this.units.push(u);
    if (this.units.length >= CHUNK) this.flush();
  }

  pushCodePoint(cp: number): void {
    if (cp < 0x10000) this.pushUnit(cp);
    else {
      this.pushUnit(0xd800 + ((cp - 0x10000) >> 10));
      this.pushUnit(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }

  pushStr(s: string): void {
    this.flush();
    this.out += s;
    if (this.out.length > MAX_LENGTH) throw memoryError();
  }

  private flush(): void {
    if (this.units.length === 0) return;
    this.out += String.fromCharCode.apply(null, this.units);
    this.units.length = 0;
    if (this.out.length > MAX_LENGTH) throw memoryError();
  }

  result(): string {
    this.flush();
    return this.out;
  }
}

/** The Latin-1 string of a byte array (each byte one code point). */
export function latin1String(d: Uint8Array, start = 0, end = d.length): string {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, d.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
