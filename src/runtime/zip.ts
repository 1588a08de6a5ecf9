// A small reader for ZIP archives (stored and deflated members), used to load CPython's Lib from
// python_stdlib.zip.  CPython: Lib/zipimport.py reads the same structures.

export type Inflate = (compressed: Uint8Array) => Uint8Array;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Where an archive's bytes come from: memory, or a file read piece by piece. */
export interface ZipSource {
  readonly length: number;
  /** `n` bytes from `offset` (fewer at the end). */
  read(offset: number, n: number): Uint8Array;
}

function memorySource(data: Uint8Array): ZipSource {
  return { length: data.length, read: (offset, n) => data.subarray(offset, offset + n) };
}

/** The most an end-of-central-directory record and its comment can take at the end of a file. */
const EOCD_MAX = 22 + 0xffff;

/**
 * An archive's directory, read from its end; members are read (and inflated) when asked for, so
 * that opening the stdlib's 2.5 MB archive reads its ~60 KB directory, not the whole file.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly source: ZipSource;

  constructor(
    data: Uint8Array | ZipSource,
    private readonly inflate: Inflate,
  ) {
    this.source = data instanceof Uint8Array ? memorySource(data) : data;
    this.readCentralDirectory();
  }

  private readCentralDirectory(): void {
    const src = this.source;
    const tailStart = Math.max(0, src.length - EOCD_MAX);
    const tail = src.read(tailStart, src.length - tailStart);
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tv.getUint32(i, true) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
    const count = tv.getUint16(eocd + 10, true);
    const cdSize = tv.getUint32(eocd + 12, true);
    const cdOffset = tv.getUint32(eocd + 16, true);
    // The directory usually sits just before the record, inside the tail already read.
    const cd = cdOffset >= tailStart ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize) : src.read(cdOffset, cdSize);
    const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
    const decoder = new TextDecoder();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG) throw new Error('zip archive: bad central directory');
      const method = v.getUint16(p + 10, true);
      const compressedSize = v.getUint32(p + 20, true);
      const size = v.getUint32(p + 24, true);
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      const localHeaderOffset = v.getUint32(p + 42, true);
      const name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLen));
      this.entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The uncompressed size of a member, or -1. */
  size(name: string): number {
    return this.entries.get(name)?.size ?? -1;
  }

  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const header = this.source.read(e.localHeaderOffset, 30);
    const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.length < 30 || hv.getUint32(0, true) !== LOCAL_SIG) throw new Error(`zip archive: bad local header for ${name}`);
    const start = e.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
    const raw = this.source.read(start, e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method === 8) return this.inflate(raw);
    throw new Error(`zip archive: unsupported compression method ${e.method} for ${name}`);
  }
}
