// The table-driven CJK codecs (one or two bytes per character, and GB18030's four), built on the
// tables of tables.ts.  CPython: the ENCODER/DECODER bodies of Modules/cjkcodecs/_codecs_{cn,tw,kr,jp}.c
import type { ByteWriter } from '../../objects/codecs/writer.ts';
import { type CjkCodec, type CodecState, type EncodeBuf, type DecodeBuf, MBERR_TOOFEW } from './codec.ts';
import { DBCS_SPECS, predictTables, applyFixups, type CodecTables } from './tables.ts';
import { FIXUPS } from './fixups.generated.ts';

/** A codec's tables and its single bytes 0x80..0xFF (code point, -1 illegal, -3 a lead byte). */
export class LoadedTables {
  constructor(
    readonly t: CodecTables,
    readonly single: Int32Array,
  ) {}
}

const loaded = new Map<string, LoadedTables>();

/** The tables of a codec of DBCS_SPECS, derived on first use. */
export function tablesOf(name: string): LoadedTables {
  let l = loaded.get(name);
  if (l === undefined) {
    const spec = DBCS_SPECS[name];
    const fix = FIXUPS[name];
    const single = Int32Array.from(fix.single);
    l = new LoadedTables(applyFixups(predictTables(spec.main, spec.prefixed, single), fix), single);
    loaded.set(name, l);
  }
  return l;
}

function writeCode(out: ByteWriter, code: number): void {
  if (code > 0xffff) out.push(code >>> 16);
  if (code > 0xff) out.push((code >>> 8) & 0xff);
  out.push(code & 0xff);
}

// ---- GB18030's four-byte codes ----

/** Linear index of a four-byte code below 0x84318730 -> BMP code point, and back. */
let gbLinear: Uint16Array | null = null;
let gbLinearInv: Int32Array | null = null;
const GB_BMP_CODES = 39420;

function gbFourByteTables(): void {
  if (gbLinear !== null) return;
  const bytes = new Uint8Array(GB_BMP_CODES * 4);
  for (let i = 0; i < GB_BMP_CODES; i++) {
    let v = i;
    const b4 = v % 10;
    v = (v - b4) / 10;
    const b3 = v % 126;
    v = (v - b3) / 126;
    const b2 = v % 10;
    const b1 = (v - b2) / 10;
    bytes.set([0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4], i * 4);
  }
  const s = new TextDecoder('gb18030').decode(bytes);
  gbLinear = new Uint16Array(GB_BMP_CODES);
  gbLinearInv = new Int32Array(0x10000).fill(-1);
  for (let i = 0; i < GB_BMP_CODES; i++) {
    const cp = s.charCodeAt(i);
    gbLinear[i] = cp;
    if (gbLinearInv[cp] < 0) gbLinearInv[cp] = i;
  }
}

function writeGbFour(out: ByteWriter, v: number, base: number): void {
  const b4 = v % 10;
  v = (v - b4) / 10;
  const b3 = v % 126;
  v = (v - b3) / 126;
  const b2 = v % 10;
  out.push((v - b2) / 10 + base);
  out.push(b2 + 0x30);
  out.push(b3 + 0x81);
  out.push(b4 + 0x30);
}

// ---- the codec ----

/** A stateless table-driven codec: ASCII, the codec's single bytes, its double-byte table, euc_jp's 0x8F plane, GB18030's four-byte codes. */
export class DbcsCodec implements CjkCodec {
  private tables: LoadedTables | null = null;
  private readonly gb18030: boolean;
  private readonly prefix: number;

  constructor(
    readonly encoding: string,
    private readonly tableName: string = encoding,
  ) {
    this.gb18030 = encoding === 'gb18030';
    const p = DBCS_SPECS[tableName].prefixed;
    this.prefix = p === null ? -1 : p.prefix;
  }

  init(): void {
    this.tables ??= tablesOf(this.tableName);
    if (this.gb18030) gbFourByteTables();
  }

  encode(_state: CodecState, buf: EncodeBuf): number {
    const t = this.tables!;
    const enc = t.t.enc;
    const out = buf.out;
    const cps = buf.cps;
    while (buf.pos < buf.len) {
      const c = cps[buf.pos];
      if (c < 0x80) {
        out.push(c);
        buf.pos++;
        continue;
      }
      if (c > 0xffff) {
        if (!this.gb18030) return 1;
        writeGbFour(out, c - 0x10000, 0x90);
        buf.pos++;
        continue;
      }
      const code = enc[c];
      if (code < 0) {
        if (!this.gb18030 || (c >= 0xd800 && c < 0xe000)) return 1;
        const lin = gbLinearInv![c];
        if (lin < 0) return 1;
        writeGbFour(out, lin, 0x81);
        buf.pos++;
        continue;
      }
      writeCode(out, code);
      buf.pos++;
    }
    return 0;
  }

  decode(_state: CodecState, buf: DecodeBuf): number {
    const t = this.tables!;
    const single = t.single;
    const dec2 = t.t.dec2;
    const data = buf.data;
    const out = buf.out;
    while (buf.pos < buf.end) {
      const c = data[buf.pos];
      if (c < 0x80) {
        out.pushUnit(c);
        buf.pos++;
        continue;
      }
      const s = single[c - 0x80];
      if (s >= 0) {
        out.pushCodePoint(s);
        buf.pos++;
        continue;
      }
      if (s === -1) return 1;
      if (c === this.prefix) {
        if (buf.end - buf.pos < 3) return MBERR_TOOFEW;
        const v = t.t.dec3![(data[buf.pos + 1] << 8) | data[buf.pos + 2]];
        if (v < 0) return 1;
        out.pushCodePoint(v);
        buf.pos += 3;
        continue;
      }
      if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
      const c2 = data[buf.pos + 1];
      if (this.gb18030 && c2 >= 0x30 && c2 <= 0x39) {
        const r = this.decodeFour(buf, c, c2);
        if (r !== 0) return r;
        continue;
      }
      const v = dec2[(c << 8) | c2];
      if (v < 0) return 1;
      out.pushCodePoint(v);
      buf.pos += 2;
    }
    return 0;
  }

  // CPython: DECODER(gb18030), its four-byte branch
  private decodeFour(buf: DecodeBuf, c: number, c2: number): number {
    if (buf.end - buf.pos < 4) return MBERR_TOOFEW;
    const c3 = buf.data[buf.pos + 2];
    const c4 = buf.data[buf.pos + 3];
    if (c < 0x81 || c > 0xfe || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return 1;
    const b1 = c - 0x81;
    const lin = ((b1 * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
    if (b1 < 4) {
      if (lin >= GB_BMP_CODES) return 1;
      buf.out.pushCodePoint(gbLinear![lin]);
    } else if (b1 >= 15) {
      const cp = 0x10000 + ((b1 - 15) * 10 + (c2 - 0x30)) * 1260 + (c3 - 0x81) * 10 + (c4 - 0x30);
      if (cp > 0x10ffff) return 1;
      buf.out.pushCodePoint(cp);
    } else {
      return 1;
    }
    buf.pos += 4;
    return 0;
  }
}

/**
 * A codec pyts does not have the tables of: ASCII only, anything else is an illegal sequence.
 * Differs from CPython: johab, big5hkscs, the JIS X 0213 codecs and the ISO-2022 codecs encode and
 * decode ASCII only. TODO(#cjk): their tables and shift states.
 */
export class AsciiOnlyCodec implements CjkCodec {
  constructor(readonly encoding: string) {}

  encode(_state: CodecState, buf: EncodeBuf): number {
    while (buf.pos < buf.len) {
      const c = buf.cps[buf.pos];
      if (c >= 0x80) return 1;
      buf.out.push(c);
      buf.pos++;
    }
    return 0;
  }

  decode(_state: CodecState, buf: DecodeBuf): number {
    while (buf.pos < buf.end) {
      const c = buf.data[buf.pos];
      if (c >= 0x80 || c === 0x1b || c === 0x0e || c === 0x0f) return 1;
      buf.out.pushUnit(c);
      buf.pos++;
    }
    return 0;
  }
}
