// The mapping tables of the table-driven CJK codecs, built on first use.
//
// Differs from CPython: CPython compiles its tables in (Modules/cjkcodecs/mappings_*.h). pyts derives
// them from the WHATWG decoders every JS engine carries (TextDecoder: gbk, gb18030, big5, euc-jp,
// shift_jis, euc-kr), restricted to the ranges the CPython codec uses, and then applies the few
// differences CPython's own answers show (fixups.generated.ts, written by tools/gen/cjk-fixups.ts from
// the oracle). tools/gen/cjk-fixups.ts calls predictTables() too, so the fixups are exactly what this
// derivation gets wrong.

/** How a codec's double-byte table is derived from a WHATWG decoder. */
export interface DbcsSpec {
  /** The WHATWG encoding label. */
  readonly td: string;
  /** Lead-byte range, inclusive. */
  readonly lead: readonly [number, number];
  /** Trail-byte range, inclusive. */
  readonly trail: readonly [number, number];
  /** A byte each code of this table is prefixed with (euc_jp's 0x8F for JIS X 0212), or -1. */
  readonly prefix: number;
  /** Drop results in the private use area (U+E000..U+F8FF). */
  readonly noPua: boolean;
  /** Lead bytes whose rows the CPython codec leaves out (vendor extensions). */
  readonly excludeLeads?: readonly number[];
  /** Add the Unified Hangul Code syllables (cp949) around the KS X 1001 table. */
  readonly uhc?: boolean;
}

/** A codec's tables: each decodes one shape of byte sequence; enc maps a BMP code point to bytes. */
export interface CodecTables {
  /** lead<<8|trail -> code point, -1 when undefined. */
  readonly dec2: Int32Array;
  /** Codes after the prefix byte (dec3[lead<<8|trail]), when the codec has a prefixed table. */
  readonly dec3: Int32Array | null;
  /** BMP code point -> packed bytes (1 to 3, most significant first), -1 when unencodable. */
  readonly enc: Int32Array;
}

function decodeOne(td: { decode(b: Uint8Array): string }, bytes: Uint8Array): number {
  const s = td.decode(bytes);
  if (s.length === 0) return -1;
  const cp = s.codePointAt(0)!;
  if (cp === 0xfffd || s.length !== (cp > 0xffff ? 2 : 1)) return -1;
  return cp;
}

function predictDbcs(spec: DbcsSpec): Int32Array {
  const out = new Int32Array(0x10000).fill(-1);
  const td = new TextDecoder(spec.td);
  const pre = spec.prefix >= 0 ? 1 : 0;
  const seq = new Uint8Array(2 + pre);
  if (pre) seq[0] = spec.prefix;
  for (let l = spec.lead[0]; l <= spec.lead[1]; l++) {
    if (spec.excludeLeads?.includes(l)) continue;
    for (let t = spec.trail[0]; t <= spec.trail[1]; t++) {
      seq[pre] = l;
      seq[pre + 1] = t;
      const cp = decodeOne(td, seq);
      if (cp < 0 || (spec.noPua && cp >= 0xe000 && cp <= 0xf8ff)) continue;
      out[(l << 8) | t] = cp;
    }
  }
  if (spec.uhc) addUhc(out);
  return out;
}

/**
 * Unified Hangul Code gives the 8,822 syllables KS X 1001 lacks codes of their own, in syllable
 * order: leads 0x81..0xA0 with trails 0x41..0x5A, 0x61..0x7A, 0x81..0xFE, then leads 0xA1..0xC6
 * with the trails below 0xA1.
 */
function addUhc(out: Int32Array): void {
  const inKsc = new Uint8Array(0x10000);
  for (let code = 0xa1a1; code < 0x10000; code++) if (out[code] >= 0xac00 && out[code] <= 0xd7a3) inKsc[out[code]] = 1;
  let cp = 0xac00;
  const next = (): number => {
    while (cp <= 0xd7a3 && inKsc[cp]) cp++;
    return cp <= 0xd7a3 ? cp++ : -1;
  };
  for (let l = 0x81; l <= 0xc6 && cp <= 0xd7a3; l++) {
    for (let t = 0x41; t <= 0xfe; t++) {
      if ((t > 0x5a && t < 0x61) || (t > 0x7a && t < 0x81)) continue;
      if (l >= 0xa1 && t >= 0xa1) break;
      const c = next();
      if (c < 0) return;
      out[(l << 8) | t] = c;
    }
  }
}

/**
 * The tables as derived from the WHATWG decoders, before fixups: the encoder is the inverse of the
 * decoders (single bytes first, then the lowest code).
 */
export function predictTables(main: DbcsSpec, prefixed: DbcsSpec | null, single: ArrayLike<number>): CodecTables {
  const dec2 = predictDbcs(main);
  const dec3 = prefixed === null ? null : predictDbcs(prefixed);
  const enc = new Int32Array(0x10000).fill(-1);
  for (let b = 0x80; b < 0x100; b++) {
    const cp = single[b - 0x80];
    if (cp >= 0 && cp < 0x10000 && enc[cp] < 0) enc[cp] = b;
  }
  for (let code = 0; code < 0x10000; code++) {
    const cp = dec2[code];
    if (cp >= 0 && cp < 0x10000 && enc[cp] < 0) enc[cp] = code;
  }
  if (dec3 !== null) {
    const p = prefixed!.prefix << 16;
    for (let code = 0; code < 0x10000; code++) {
      const cp = dec3[code];
      if (cp >= 0 && cp < 0x10000 && enc[cp] < 0) enc[cp] = p | code;
    }
  }
  return { dec2, dec3, enc };
}

/** Differences from the prediction: [index, value] pairs, flattened. */
export interface TableFixups {
  /** The codec's bytes 0x80..0xFF alone: a code point, -1 illegal, -3 the start of a longer sequence. */
  readonly single: readonly number[];
  readonly dec2: readonly number[];
  readonly dec3: readonly number[];
  readonly enc: readonly number[];
}

export function applyFixups(t: CodecTables, f: TableFixups): CodecTables {
  for (let i = 0; i < f.dec2.length; i += 2) t.dec2[f.dec2[i]] = f.dec2[i + 1];
  if (t.dec3 !== null) for (let i = 0; i < f.dec3.length; i += 2) t.dec3[f.dec3[i]] = f.dec3[i + 1];
  for (let i = 0; i < f.enc.length; i += 2) t.enc[f.enc[i]] = f.enc[i + 1];
  return t;
}

/** The WHATWG-derived description of each table-driven codec. */
export const DBCS_SPECS: { readonly [codec: string]: { main: DbcsSpec; prefixed: DbcsSpec | null } } = {
  gb2312: { main: { td: 'gbk', lead: [0xa1, 0xf7], trail: [0xa1, 0xfe], prefix: -1, noPua: true }, prefixed: null },
  gbk: { main: { td: 'gbk', lead: [0x81, 0xfe], trail: [0x40, 0xfe], prefix: -1, noPua: true }, prefixed: null },
  gb18030: { main: { td: 'gb18030', lead: [0x81, 0xfe], trail: [0x40, 0xfe], prefix: -1, noPua: false }, prefixed: null },
  big5: { main: { td: 'big5', lead: [0xa1, 0xf9], trail: [0x40, 0xfe], prefix: -1, noPua: true }, prefixed: null },
  cp950: { main: { td: 'big5', lead: [0xa1, 0xf9], trail: [0x40, 0xfe], prefix: -1, noPua: true }, prefixed: null },
  euc_kr: { main: { td: 'euc-kr', lead: [0xa1, 0xfe], trail: [0xa1, 0xfe], prefix: -1, noPua: true }, prefixed: null },
  cp949: { main: { td: 'euc-kr', lead: [0xa1, 0xfe], trail: [0xa1, 0xfe], prefix: -1, noPua: true, uhc: true }, prefixed: null },
  euc_jp: {
    main: { td: 'euc-jp', lead: [0xa1, 0xfe], trail: [0xa1, 0xfe], prefix: -1, noPua: true, excludeLeads: [0xad, 0xf9, 0xfa, 0xfb, 0xfc] },
    prefixed: { td: 'euc-jp', lead: [0xa1, 0xfe], trail: [0xa1, 0xfe], prefix: 0x8f, noPua: true },
  },
  shift_jis: { main: { td: 'shift_jis', lead: [0x81, 0xef], trail: [0x40, 0xfc], prefix: -1, noPua: true, excludeLeads: [0x87, 0xed, 0xee] }, prefixed: null },
  cp932: { main: { td: 'shift_jis', lead: [0x81, 0xfc], trail: [0x40, 0xfc], prefix: -1, noPua: false }, prefixed: null },
};
