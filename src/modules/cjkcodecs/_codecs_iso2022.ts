// The _codecs_iso2022 module: the ISO-2022 codecs of Japanese and Korean (escape sequences designate
// character sets into G0..G2; SO/SI shift between G0 and G1).  CPython: Modules/cjkcodecs/_codecs_iso2022.c
import { defineModule } from '../../objects/module-def.ts';
import type { ByteWriter } from '../../objects/codecs/writer.ts';
import { type CjkCodec, type CodecState, type EncodeBuf, type DecodeBuf, MBERR_TOOFEW, MBERR_INTERNAL } from './codec.ts';
import { tablesOf } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

// The state: c[0..3] the character set designated to G0..G3 (0x80 set for double-byte sets),
// c[4] flags.
const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;
const LF = 0x0a;
const MAX_ESCSEQLEN = 16;

const CHARSET_DBCS = 0x80;
const CHARSET_ISO8859_1 = 0x41; // 'A'
const CHARSET_ASCII = 0x42; // 'B'
const CHARSET_ISO8859_7 = 0x46; // 'F'
const CHARSET_JISX0201_K = 0x49; // 'I'
const CHARSET_JISX0201_R = 0x4a; // 'J'
const CHARSET_GB2312 = 0x41 | CHARSET_DBCS;
const CHARSET_JISX0208 = 0x42 | CHARSET_DBCS;
const CHARSET_KSX1001 = 0x43 | CHARSET_DBCS;
const CHARSET_JISX0212 = 0x44 | CHARSET_DBCS;
const CHARSET_JISX0208_O = 0x40 | CHARSET_DBCS;

const F_SHIFTED = 0x01;
const F_ESCTHROUGHOUT = 0x02;

// Configuration flags.
const NO_SHIFT = 0x01;
const USE_G2 = 0x02;
const USE_JISX0208_EXT = 0x04;

const UNMAPPABLE = -1;

/** A character set a codec may designate.  CPython: struct iso2022_designation */
interface Designation {
  readonly mark: number;
  readonly plane: number;
  readonly width: number;
  /** The code point of the bytes at data[pos..pos+width), or UNMAPPABLE. */
  decode(data: Uint8Array, pos: number): number;
  /** The code (one or two 7-bit bytes) of c, or UNMAPPABLE. */
  encode(c: number): number;
}

function isEscEnd(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x40;
}

function isIso2022Esc(c2: number): boolean {
  return c2 === 0x28 || c2 === 0x29 || c2 === 0x24 || c2 === 0x2e || c2 === 0x26;
}

// ---- the character sets, over the tables of the stateless codecs ----

// CPython: ksx1001_decoder, ksx1001_encoder (the KS X 1001 part of cp949)
function ksx1001(plane: number): Designation {
  return {
    mark: CHARSET_KSX1001,
    plane,
    width: 2,
    decode(data, pos) {
      const a = data[pos];
      const b = data[pos + 1];
      // The Hangul filler starts euc_kr's make-up sequences, so euc_kr's table leaves it out.
      if (a === 0x24 && b === 0x54) return 0x3164;
      if (a < 0x21 || a > 0x7e || b < 0x21 || b > 0x7e) return UNMAPPABLE;
      return tablesOf('euc_kr').t.dec2[((a | 0x80) << 8) | (b | 0x80)];
    },
    encode(c) {
      if (c > 0xffff) return UNMAPPABLE;
      const code = tablesOf('cp949').t.enc[c];
      if (code < 0xa1a1 || code > 0xffff || (code & 0xff) < 0xa1) return UNMAPPABLE;
      return code & 0x7f7f;
    },
  };
}

// CPython: jisx0208_decoder, jisx0208_encoder (euc_jp's JIS X 0208 plane)
function jisx0208(mark: number): Designation {
  return {
    mark,
    plane: 0,
    width: 2,
    decode(data, pos) {
      const a = data[pos];
      const b = data[pos + 1];
      if (a < 0x21 || a > 0x7e || b < 0x21 || b > 0x7e) return UNMAPPABLE;
      return tablesOf('euc_jp').t.dec2[((a | 0x80) << 8) | (b | 0x80)];
    },
    encode(c) {
      if (c > 0xffff) return UNMAPPABLE;
      if (c === 0xff3c) return 0x2140;
      const code = tablesOf('euc_jp').t.enc[c];
      if (code < 0xa1a1 || code > 0xffff || (code & 0xff) < 0xa1) return UNMAPPABLE;
      return code & 0x7f7f;
    },
  };
}

// CPython: jisx0212_decoder, jisx0212_encoder (euc_jp's 0x8F plane)
const JISX0212: Designation = {
  mark: CHARSET_JISX0212,
  plane: 0,
  width: 2,
  decode(data, pos) {
    const a = data[pos];
    const b = data[pos + 1];
    if (a < 0x21 || a > 0x7e || b < 0x21 || b > 0x7e) return UNMAPPABLE;
    return tablesOf('euc_jp').t.dec3![((a | 0x80) << 8) | (b | 0x80)];
  },
  encode(c) {
    if (c > 0xffff) return UNMAPPABLE;
    const code = tablesOf('euc_jp').t.enc[c];
    if (code >>> 16 !== 0x8f) return UNMAPPABLE;
    return code & 0x7f7f;
  },
};

// CPython: gb2312_decoder, gb2312_encoder
const GB2312: Designation = {
  mark: CHARSET_GB2312,
  plane: 0,
  width: 2,
  decode(data, pos) {
    const a = data[pos];
    const b = data[pos + 1];
    if (a < 0x21 || a > 0x7e || b < 0x21 || b > 0x7e) return UNMAPPABLE;
    return tablesOf('gb2312').t.dec2[((a | 0x80) << 8) | (b | 0x80)];
  },
  encode(c) {
    if (c > 0xffff) return UNMAPPABLE;
    const code = tablesOf('gb2312').t.enc[c];
    if (code < 0xa1a1 || code > 0xffff) return UNMAPPABLE;
    return code & 0x7f7f;
  },
};

// CPython: jisx0201_r_decoder, jisx0201_r_encoder (alg_jisx0201.h)
const JISX0201_R: Designation = {
  mark: CHARSET_JISX0201_R,
  plane: 0,
  width: 1,
  decode(data, pos) {
    const c = data[pos];
    if (c === 0x5c) return 0xa5;
    if (c === 0x7e) return 0x203e;
    return c < 0x80 ? c : UNMAPPABLE;
  },
  encode(c) {
    if (c < 0x80 && c !== 0x5c && c !== 0x7e) return c;
    if (c === 0xa5) return 0x5c;
    if (c === 0x203e) return 0x7e;
    return UNMAPPABLE;
  },
};

// CPython: jisx0201_k_decoder, jisx0201_k_encoder
const JISX0201_K: Designation = {
  mark: CHARSET_JISX0201_K,
  plane: 0,
  width: 1,
  decode(data, pos) {
    const c = data[pos] ^ 0x80;
    return c >= 0xa1 && c <= 0xdf ? 0xfec0 + c : UNMAPPABLE;
  },
  encode(c) {
    return c >= 0xff61 && c <= 0xff9f ? c - 0xfec0 - 0x80 : UNMAPPABLE;
  },
};

/** A set decoded natively elsewhere (iso2022_jp_2's G2 sets): never used by the encoder.  CPython: dummy_decoder */
function dummy(mark: number): Designation {
  return { mark, plane: 2, width: 1, decode: () => UNMAPPABLE, encode: () => UNMAPPABLE };
}

// ---- the codec ----

// CPython: ISO8859_7_DECODE
function iso8859_7(c: number): number {
  if (c < 0xa0) return c;
  if (c < 0xc0 && 0x288f3bc9 & (1 << (c - 0xa0))) return c;
  if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || 0xbffffd77 & (1 << (c - 0xb4)))) return 0x02d0 + c;
  if (c === 0xa1) return 0x2018;
  if (c === 0xa2) return 0x2019;
  if (c === 0xaf) return 0x2015;
  return UNMAPPABLE;
}

class Iso2022Codec implements CjkCodec {
  constructor(
    readonly encoding: string,
    private readonly flags: number,
    private readonly designations: readonly Designation[],
    /** The codec loads these tables when created (CPython: the designations' initializers). */
    private readonly tables: readonly string[],
  ) {}

  init(): void {
    for (const t of this.tables) tablesOf(t);
  }

  // CPython: ENCODER_INIT(iso2022)
  encinit(state: CodecState): void {
    state[4] = 0;
    state[0] = CHARSET_ASCII;
    state[1] = CHARSET_ASCII;
  }

  // CPython: ENCODER_RESET(iso2022)
  encreset(state: CodecState, out: ByteWriter): number {
    if (state[4] & F_SHIFTED) {
      out.push(SI);
      state[4] &= ~F_SHIFTED;
    }
    if (state[0] !== CHARSET_ASCII) {
      out.push(ESC);
      out.push(0x28);
      out.push(0x42);
      state[0] = CHARSET_ASCII;
    }
    return 0;
  }

  // CPython: ENCODER(iso2022)
  encode(state: CodecState, buf: EncodeBuf): number {
    const out = buf.out;
    while (buf.pos < buf.len) {
      const c = buf.cps[buf.pos];
      if (c < 0x80) {
        if (state[0] !== CHARSET_ASCII) {
          out.push(ESC);
          out.push(0x28);
          out.push(0x42);
          state[0] = CHARSET_ASCII;
        }
        if (state[4] & F_SHIFTED) {
          out.push(SI);
          state[4] &= ~F_SHIFTED;
        }
        out.push(c);
        buf.pos++;
        continue;
      }
      let dsg: Designation | null = null;
      let encoded = UNMAPPABLE;
      for (const d of this.designations) {
        encoded = d.encode(c);
        if (encoded !== UNMAPPABLE) {
          dsg = d;
          break;
        }
      }
      if (dsg === null) return 1;
      const mark = dsg.mark & 0x7f;
      if (dsg.plane === 0) {
        if (state[4] & F_SHIFTED) {
          out.push(SI);
          state[4] &= ~F_SHIFTED;
        }
        if (state[0] !== dsg.mark) {
          if (dsg.width === 1) out.pushBytes(Uint8Array.of(ESC, 0x28, mark));
          else if (dsg.mark === CHARSET_JISX0208) out.pushBytes(Uint8Array.of(ESC, 0x24, mark));
          else out.pushBytes(Uint8Array.of(ESC, 0x24, 0x28, mark));
          state[0] = dsg.mark;
        }
      } else if (dsg.plane === 1) {
        if (state[1] !== dsg.mark) {
          if (dsg.width === 1) out.pushBytes(Uint8Array.of(ESC, 0x29, mark));
          else out.pushBytes(Uint8Array.of(ESC, 0x24, 0x29, mark));
          state[1] = dsg.mark;
        }
        if (!(state[4] & F_SHIFTED)) {
          out.push(SO);
          state[4] |= F_SHIFTED;
        }
      } else {
        return MBERR_INTERNAL;
      }
      if (dsg.width === 1) out.push(encoded);
      else {
        out.push(encoded >> 8);
        out.push(encoded & 0xff);
      }
      buf.pos++;
    }
    return 0;
  }

  // CPython: DECODER_INIT(iso2022)
  decinit(state: CodecState): void {
    state[4] = 0;
    state[0] = CHARSET_ASCII;
    state[1] = CHARSET_ASCII;
    state[2] = CHARSET_ASCII;
  }

  // CPython: DECODER_RESET(iso2022)
  decreset(state: CodecState): void {
    state[0] = CHARSET_ASCII;
    state[4] &= ~F_SHIFTED;
  }

  // CPython: iso2022processesc
  private processEsc(state: CodecState, buf: DecodeBuf): number {
    const d = buf.data;
    const p = buf.pos;
    const left = buf.end - p;
    let esclen = 0;
    for (let i = 1; i < MAX_ESCSEQLEN; i++) {
      if (i >= left) return MBERR_TOOFEW;
      if (isEscEnd(d[p + i])) {
        esclen = i + 1;
        break;
      } else if (this.flags & USE_JISX0208_EXT && i + 1 < left && d[p + i] === 0x26 && d[p + i + 1] === 0x40) {
        i += 2;
      }
    }
    let charset: number;
    let designation: number;
    switch (esclen) {
      case 0:
        return 1;
      case 3:
        if (d[p + 1] === 0x24) {
          charset = d[p + 2] | CHARSET_DBCS;
          designation = 0;
        } else {
          charset = d[p + 2];
          if (d[p + 1] === 0x28) designation = 0;
          else if (d[p + 1] === 0x29) designation = 1;
          else if (this.flags & USE_G2 && d[p + 1] === 0x2e) designation = 2;
          else return 3;
        }
        break;
      case 4:
        if (d[p + 1] !== 0x24) return 4;
        charset = d[p + 3] | CHARSET_DBCS;
        if (d[p + 2] === 0x28) designation = 0;
        else if (d[p + 2] === 0x29) designation = 1;
        else return 4;
        break;
      case 6:
        if (this.flags & USE_JISX0208_EXT && d[p + 3] === ESC && d[p + 4] === 0x24 && d[p + 5] === 0x42) {
          charset = 0x42 | CHARSET_DBCS;
          designation = 0;
        } else return 6;
        break;
      default:
        return esclen;
    }
    if (charset !== CHARSET_ASCII && !this.designations.some((dsg) => dsg.mark === charset)) return esclen;
    state[designation] = charset;
    buf.pos += esclen;
    return 0;
  }

  // CPython: iso2022processg2
  private processG2(state: CodecState, buf: DecodeBuf): number {
    const c = buf.data[buf.pos + 2];
    if (state[2] === CHARSET_ISO8859_1) {
      if (c >= 0x80) return 3;
      buf.out.pushUnit(c + 0x80);
    } else if (state[2] === CHARSET_ISO8859_7) {
      const u = iso8859_7(c ^ 0x80);
      if (u === UNMAPPABLE) return 3;
      buf.out.pushUnit(u);
    } else if (state[2] === CHARSET_ASCII) {
      if (c & 0x80) return 3;
      buf.out.pushUnit(c);
    } else {
      return MBERR_INTERNAL;
    }
    buf.pos += 3;
    return 0;
  }

  // CPython: DECODER(iso2022)
  decode(state: CodecState, buf: DecodeBuf): number {
    const d = buf.data;
    while (buf.pos < buf.end) {
      const c = d[buf.pos];
      if (state[4] & F_ESCTHROUGHOUT) {
        // Inside an escape sequence that is not ISO-2022's: passed through as Latin-1.
        buf.out.pushUnit(c);
        buf.pos++;
        if (isEscEnd(c)) state[4] &= ~F_ESCTHROUGHOUT;
        continue;
      }
      if (c === ESC) {
        if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
        const c2 = d[buf.pos + 1];
        if (isIso2022Esc(c2)) {
          const err = this.processEsc(state, buf);
          if (err !== 0) return err;
        } else if (this.flags & USE_G2 && c2 === 0x4e) {
          if (buf.end - buf.pos < 3) return MBERR_TOOFEW;
          const err = this.processG2(state, buf);
          if (err !== 0) return err;
        } else {
          buf.out.pushUnit(ESC);
          state[4] |= F_ESCTHROUGHOUT;
          buf.pos++;
        }
        continue;
      }
      if ((c === SI || c === SO) && !(this.flags & NO_SHIFT)) {
        if (c === SI) state[4] &= ~F_SHIFTED;
        else state[4] |= F_SHIFTED;
        buf.pos++;
        continue;
      }
      if (c === LF) {
        state[4] &= ~F_SHIFTED;
        buf.out.pushUnit(LF);
        buf.pos++;
        continue;
      }
      if (c < 0x20) {
        buf.out.pushUnit(c);
        buf.pos++;
        continue;
      }
      if (c >= 0x80) return 1;
      const charset = state[4] & F_SHIFTED ? state[1] : state[0];
      if (charset === CHARSET_ASCII) {
        buf.out.pushUnit(c);
        buf.pos++;
        continue;
      }
      const dsg = this.designations.find((x) => x.mark === charset);
      if (dsg === undefined) return MBERR_INTERNAL;
      if (buf.end - buf.pos < dsg.width) return MBERR_TOOFEW;
      const decoded = dsg.decode(d, buf.pos);
      if (decoded === UNMAPPABLE) return dsg.width;
      buf.out.pushCodePoint(decoded);
      buf.pos += dsg.width;
    }
    return 0;
  }
}

const JP_TABLES = ['euc_jp'];

// Differs from CPython: iso2022_jp_2004 and iso2022_jp_3 lack JIS X 0213 (pyts has no table of it):
// they encode what JIS X 0208 has, as CPython does for those characters, and cannot decode JIS X 0213.
// TODO(#cjk): JIS X 0213.
const CODECS: readonly CjkCodec[] = [
  new Iso2022Codec('iso2022_kr', 0, [ksx1001(1)], ['euc_kr', 'cp949']),
  new Iso2022Codec('iso2022_jp', NO_SHIFT | USE_JISX0208_EXT, [jisx0208(CHARSET_JISX0208), JISX0201_R, jisx0208(CHARSET_JISX0208_O)], JP_TABLES),
  new Iso2022Codec(
    'iso2022_jp_1',
    NO_SHIFT | USE_JISX0208_EXT,
    [jisx0208(CHARSET_JISX0208), JISX0212, JISX0201_R, jisx0208(CHARSET_JISX0208_O)],
    JP_TABLES,
  ),
  new Iso2022Codec(
    'iso2022_jp_2',
    NO_SHIFT | USE_G2 | USE_JISX0208_EXT,
    [
      jisx0208(CHARSET_JISX0208),
      JISX0212,
      ksx1001(0),
      GB2312,
      JISX0201_R,
      jisx0208(CHARSET_JISX0208_O),
      dummy(CHARSET_ISO8859_1),
      dummy(CHARSET_ISO8859_7),
    ],
    ['euc_jp', 'euc_kr', 'cp949', 'gb2312'],
  ),
  new Iso2022Codec('iso2022_jp_2004', NO_SHIFT | USE_JISX0208_EXT, [jisx0208(CHARSET_JISX0208)], JP_TABLES),
  new Iso2022Codec('iso2022_jp_3', NO_SHIFT | USE_JISX0208_EXT, [jisx0208(CHARSET_JISX0208)], JP_TABLES),
  new Iso2022Codec(
    'iso2022_jp_ext',
    NO_SHIFT | USE_JISX0208_EXT,
    [jisx0208(CHARSET_JISX0208), JISX0212, JISX0201_R, JISX0201_K, jisx0208(CHARSET_JISX0208_O)],
    JP_TABLES,
  ),
];

export const codecsIso2022Module = defineModule({
  name: '_codecs_iso2022',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf(CODECS), textSignature: null } },
});
