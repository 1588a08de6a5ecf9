// The _codecs_kr module: EUC-KR, cp949 and Johab.  CPython: Modules/cjkcodecs/_codecs_kr.c
import { defineModule } from '../../objects/module-def.ts';
import { type CjkCodec, type CodecState, type EncodeBuf, type DecodeBuf, MBERR_TOOFEW } from './codec.ts';
import { DbcsCodec, tablesOf, type LoadedTables } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

// The Hangul compatibility jamo (U+3131 + offset) of the 19 initial consonants and the 27 final
// consonants of a syllable, in syllable order (U+AC00 + (initial * 21 + medial) * 28 + final).
const INITIAL_JAMO = [0x31, 0x32, 0x34, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e];
const FINAL_JAMO = [
  0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x41, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48, 0x4a,
  0x4b, 0x4c, 0x4d, 0x4e,
];
const MEDIAL_FIRST = 0x4f;
const NONE = -1;

/** KS X 1001's code of the Hangul filler, which starts a make-up sequence (0xA4 0xD4). */
const JAMO_FIRSTBYTE = 0xa4;
const JAMO_FILLER = 0xd4;

/** The KS X 1001 code point at 7-bit row a, cell b (euc_kr's table, which leaves the filler to the make-up sequences). */
function ksx1001Decode(t: LoadedTables, a: number, b: number): number {
  if (a === 0x24 && b === 0x54) return 0x3164;
  return t.t.dec2[((a | 0x80) << 8) | (b | 0x80)];
}

/** EUC-KR, with KS X 1001:1998's eight-byte make-up sequences for the syllables it lacks. */
class EucKrCodec implements CjkCodec {
  readonly encoding = 'euc_kr';
  private t: LoadedTables | null = null;
  private cp949: LoadedTables | null = null;

  init(): void {
    this.t ??= tablesOf('euc_kr');
    this.cp949 ??= tablesOf('cp949');
  }

  // CPython: ENCODER(euc_kr)
  encode(_state: CodecState, buf: EncodeBuf): number {
    const enc = this.cp949!.t.enc;
    const out = buf.out;
    while (buf.pos < buf.len) {
      let c = buf.cps[buf.pos];
      if (c < 0x80) {
        out.push(c);
        buf.pos++;
        continue;
      }
      if (c > 0xffff) return 1;
      const code = enc[c];
      if (code < 0) return 1;
      if (code >= 0xa1a1 && (code & 0xff) >= 0xa1) {
        out.push(code >> 8);
        out.push(code & 0xff);
      } else {
        // A syllable of cp949's extension: spelled out as filler, initial, medial, final.
        c -= 0xac00;
        const fin = c % 28;
        out.pushBytes(
          Uint8Array.of(
            JAMO_FIRSTBYTE,
            JAMO_FILLER,
            JAMO_FIRSTBYTE,
            0xa1 + INITIAL_JAMO[Math.floor(c / 588)] - 0x31,
            JAMO_FIRSTBYTE,
            0xbf + (Math.floor(c / 28) % 21),
            JAMO_FIRSTBYTE,
            fin === 0 ? JAMO_FILLER : 0xa1 + FINAL_JAMO[fin - 1] - 0x31,
          ),
        );
      }
      buf.pos++;
    }
    return 0;
  }

  // CPython: DECODER(euc_kr)
  decode(_state: CodecState, buf: DecodeBuf): number {
    const d = buf.data;
    while (buf.pos < buf.end) {
      const c = d[buf.pos];
      if (c < 0x80) {
        buf.out.pushUnit(c);
        buf.pos++;
        continue;
      }
      if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
      const c2 = d[buf.pos + 1];
      if (c === JAMO_FIRSTBYTE && c2 === JAMO_FILLER) {
        if (buf.end - buf.pos < 8) return MBERR_TOOFEW;
        const p = buf.pos;
        if (d[p + 2] !== JAMO_FIRSTBYTE || d[p + 4] !== JAMO_FIRSTBYTE || d[p + 6] !== JAMO_FIRSTBYTE) return 1;
        const x = d[p + 3];
        const cho = x >= 0xa1 && x <= 0xbe ? INITIAL_JAMO.indexOf(x - 0xa1 + 0x31) : NONE;
        const y = d[p + 5];
        const jung = y >= 0xbf && y <= 0xd3 ? y - 0xbf : NONE;
        const z = d[p + 7];
        const jong = z === JAMO_FILLER ? 0 : z >= 0xa1 && z <= 0xbe ? FINAL_JAMO.indexOf(z - 0xa1 + 0x31) + 1 : NONE;
        if (cho === NONE || jung === NONE || jong === NONE || jong === 0 && z !== JAMO_FILLER) return 1;
        buf.out.pushUnit(0xac00 + cho * 588 + jung * 28 + jong);
        buf.pos += 8;
        continue;
      }
      const v = ksx1001Decode(this.t!, c ^ 0x80, c2 ^ 0x80);
      if (v < 0 || c2 < 0xa1 || c < 0xa1) return 1;
      buf.out.pushCodePoint(v);
      buf.pos += 2;
    }
    return 0;
  }
}

// Johab packs a syllable's initial, medial and final into 5-bit fields of a 16-bit code (high bit
// set). A field's values: initial 1 = fill, 2..20 the 19 initials; medial 2 = fill, then the 21
// medials at 3..7, 10..15, 18..23, 26..29; final 1 = none, 2..17 and 19..29 the 27 finals.
const FILL = -2;
const JOHAB_MEDIAL = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29];

function johabInitialIndex(v: number): number {
  if (v === 1) return FILL;
  return v >= 2 && v <= 20 ? v - 2 : NONE;
}

function johabMedialIndex(v: number): number {
  if (v === 2) return FILL;
  return JOHAB_MEDIAL.indexOf(v);
}

function johabFinalIndex(v: number): number {
  if (v === 1) return FILL;
  if (v >= 2 && v <= 17) return v - 1;
  if (v >= 19 && v <= 29) return v - 2;
  return NONE;
}

function johabFinalField(index: number): number {
  if (index === 0) return 1;
  return index <= 16 ? index + 1 : index + 2;
}

/** Johab (KS C 5601-1992 annex 3): algorithmic Hangul, KS X 1001's other characters rearranged. */
class JohabCodec implements CjkCodec {
  readonly encoding = 'johab';
  private t: LoadedTables | null = null;
  private cp949: LoadedTables | null = null;

  init(): void {
    this.t ??= tablesOf('euc_kr');
    this.cp949 ??= tablesOf('cp949');
  }

  // CPython: ENCODER(johab)
  encode(_state: CodecState, buf: EncodeBuf): number {
    const out = buf.out;
    while (buf.pos < buf.len) {
      let c = buf.cps[buf.pos];
      if (c < 0x80) {
        out.push(c);
        buf.pos++;
        continue;
      }
      if (c > 0xffff) return 1;
      let code: number;
      if (c >= 0xac00 && c <= 0xd7a3) {
        c -= 0xac00;
        code = 0x8000 | ((Math.floor(c / 588) + 2) << 10) | (JOHAB_MEDIAL[Math.floor(c / 28) % 21] << 5) | johabFinalField(c % 28);
      } else if (c >= 0x3131 && c <= 0x3163) {
        const off = c - 0x3100;
        if (off >= MEDIAL_FIRST) code = 0x8000 | (1 << 10) | (JOHAB_MEDIAL[off - MEDIAL_FIRST] << 5) | 1;
        else if (INITIAL_JAMO.includes(off)) code = 0x8000 | ((INITIAL_JAMO.indexOf(off) + 2) << 10) | (2 << 5) | 1;
        else code = 0x8000 | (1 << 10) | (2 << 5) | johabFinalField(FINAL_JAMO.indexOf(off) + 1);
      } else {
        const k = this.cp949!.t.enc[c];
        if (k < 0xa1a1 || k > 0xffff || (k & 0xff) < 0xa1) return 1;
        const c1 = (k >> 8) & 0x7f;
        const c2 = k & 0x7f;
        if (!((c1 >= 0x21 && c1 <= 0x2c) || (c1 >= 0x4a && c1 <= 0x7d))) return 1;
        const t1 = c1 < 0x4a ? c1 - 0x21 + 0x1b2 : c1 - 0x21 + 0x197;
        const t2 = (t1 & 1 ? 0x5e : 0) + (c2 - 0x21);
        out.push(t1 >> 1);
        out.push(t2 < 0x4e ? t2 + 0x31 : t2 + 0x43);
        buf.pos++;
        continue;
      }
      out.push(code >> 8);
      out.push(code & 0xff);
      buf.pos++;
    }
    return 0;
  }

  // CPython: DECODER(johab)
  decode(_state: CodecState, buf: DecodeBuf): number {
    const d = buf.data;
    while (buf.pos < buf.end) {
      const c = d[buf.pos];
      if (c < 0x80) {
        buf.out.pushUnit(c);
        buf.pos++;
        continue;
      }
      if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
      const c2 = d[buf.pos + 1];
      if (c < 0xd8) {
        const fCho = (c >> 2) & 0x1f;
        const fJung = ((c << 3) | (c2 >> 5)) & 0x1f;
        const fJong = c2 & 0x1f;
        const cho = johabInitialIndex(fCho);
        const jung = johabMedialIndex(fJung);
        const jong = johabFinalIndex(fJong);
        if (cho === NONE || jung === NONE || jong === NONE) return 1;
        let u: number;
        if (cho === FILL) {
          if (jung === FILL) u = jong === FILL ? 0x3000 : 0x3100 + FINAL_JAMO[jong - 1];
          else if (jong === FILL) u = 0x3100 + MEDIAL_FIRST + jung;
          else return 1;
        } else if (jung === FILL) {
          if (jong === FILL) u = 0x3100 + INITIAL_JAMO[cho];
          else return 1;
        } else {
          u = 0xac00 + cho * 588 + jung * 28 + (jong === FILL ? 0 : jong);
        }
        buf.out.pushUnit(u);
        buf.pos += 2;
        continue;
      }
      if (c === 0xdf || c > 0xf9 || c2 < 0x31 || (c2 >= 0x80 && c2 < 0x91) || (c2 & 0x7f) === 0x7f || (c === 0xda && c2 >= 0xa1 && c2 <= 0xd3)) {
        return 1;
      }
      let t1 = c < 0xe0 ? 2 * (c - 0xd9) : 2 * c - 0x197;
      let t2 = c2 < 0x91 ? c2 - 0x31 : c2 - 0x43;
      t1 = t1 + (t2 < 0x5e ? 0 : 1) + 0x21;
      t2 = (t2 < 0x5e ? t2 : t2 - 0x5e) + 0x21;
      const v = t1 >= 0x21 && t1 <= 0x7e && t2 >= 0x21 && t2 <= 0x7e ? ksx1001Decode(this.t!, t1, t2) : NONE;
      if (v < 0) return 1;
      buf.out.pushCodePoint(v);
      buf.pos += 2;
    }
    return 0;
  }
}

export const codecsKrModule = defineModule({
  name: '_codecs_kr',
  functions: {
    getcodec: {
      sig: '($module, encoding, /)',
      impl: getcodecOf([new EucKrCodec(), new DbcsCodec('cp949'), new JohabCodec()]),
      textSignature: null,
    },
  },
});
