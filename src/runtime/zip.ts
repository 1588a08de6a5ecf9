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

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    private readonly inflate: Inflate,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readCentralDirectory();
  }

  private readCentralDirectory(): void {
    const v = this.view;
    let eocd = -1;
    for (let i = this.data.length - 22; i >= Math.max(0, this.data.length - 22 - 0xffff); i--) {
      if (v.getUint32(i, true) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
    const count = v.getUint16(eocd + 10, true);
    let p = v.getUint32(eocd + 16, true);
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (v.getUint32(p, true) !== CENTRAL_SIG) throw new Error('zip archive: bad central directory');
      const method = v.getUint16(p + 10, true);
      const compressedSize = v.getUint32(p + 20, true);
      const size = v.getUint32(p + 24, true);
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      const localHeaderOffset = v.getUint32(p + 42, true);
      const name = decoder.decode(this.data.subarray(p + 46, p + 46 + nameLen));
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
    const v = this.view;
    const p = e.localHeaderOffset;
    if (v.getUint32(p, true) !== LOCAL_SIG) throw new Error(`zip archive: bad local header for ${name}`);
    const start = p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
    const raw = this.data.subarray(start, start + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method === 8) return this.inflate(raw);
    throw new Error(`zip archive: unsupported compression method ${e.method} for ${name}`);
  }
}
