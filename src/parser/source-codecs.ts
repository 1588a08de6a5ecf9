// The codecs a PEP 263 coding declaration can name, for decoding source files: Python's codec
// names and aliases, and its error messages.  CPython: Lib/encodings/aliases.py, the codecs in
// Lib/encodings/ and Objects/unicodeobject.c
// Differs from CPython: codecs other than UTF-8, Latin-1, ASCII and cp1252 decode with the host's
// TextDecoder (WHATWG), whose tables can differ from Python's for rarely used bytes, and their
// error messages are approximations.

interface Codec {
  /** The name Python's error messages use. */
  readonly name: string;
  readonly decode: (b: Uint8Array, replace: boolean) => string | DecodeFailure;
}

export interface DecodeFailure {
  codec: string;
  start: number;
  end: number;
  reason: string;
  byte: number;
}

/** str(UnicodeDecodeError). */
export function pythonDecodeError(f: DecodeFailure): string {
  const what = f.end - f.start === 1 ? `byte 0x${f.byte.toString(16).padStart(2, '0')} in position ${f.start}` : `bytes in position ${f.start}-${f.end - 1}`;
  return `'${f.codec}' codec can't decode ${what}: ${f.reason}`;
}

function fail(codec: string, b: Uint8Array, start: number, end: number, reason: string): DecodeFailure {
  return { codec, start, end, reason, byte: b[start] };
}

const latin1: Codec = {
  name: 'latin-1',
  decode(b) {
    let s = '';
    for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
    return s;
  },
};

const ascii: Codec = {
  name: 'ascii',
  decode(b, replace) {
    let s = '';
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 0x80) {
        if (!replace) return fail('ascii', b, i, i + 1, 'ordinal not in range(128)');
        s += '\ufffd';
      } else {
        s += String.fromCharCode(b[i]);
      }
    }
    return s;
  },
};

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lax = new TextDecoder('utf-8');

const utf8: Codec = {
  name: 'utf-8',
  decode(b, replace) {
    if (replace) return utf8Lax.decode(b);
    try {
      return utf8Fatal.decode(b);
    } catch {
      // The first byte that does not start a valid sequence.
      let i = 0;
      while (i < b.length) {
        const n = sequenceLength(b, i);
        if (n === 0) break;
        i += n;
      }
      const [start, end, reason] = utf8ErrorRange(b, i, b.length);
      return fail('utf-8', b, start, end, reason);
    }
  },
};

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const [, end, reason] = utf8ErrorRange(b, i, b.length);
  return reason === 'valid' ? end - i : 0;
}

const utf8Sig: Codec = {
  name: 'utf-8',
  decode(b, replace) {
    const body = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
    return utf8.decode(body, replace);
  },
};

/** A single-byte codec from a WHATWG decoder; `undefinedBytes` map to nothing in Python's table. */
function charmap(label: string, undefinedBytes: readonly number[] = []): Codec {
  let table: string[] | null = null;
  return {
    name: 'charmap',
    decode(b, replace) {
      if (table === null) {
        const d = new TextDecoder(label);
        table = [];
        for (let i = 0; i < 256; i++) table.push(d.decode(new Uint8Array([i])));
        for (const u of undefinedBytes) table[u] = '\ufffd';
      }
      let s = '';
      for (let i = 0; i < b.length; i++) {
        const ch = table[b[i]];
        if (ch === '\ufffd' && !replace) return fail('charmap', b, i, i + 1, 'character maps to <undefined>');
        s += ch;
      }
      return s;
    },
  };
}

/** A multi-byte codec from a WHATWG decoder. */
function multibyte(name: string, label: string): Codec {
  return {
    name,
    decode(b, replace) {
      if (replace) return new TextDecoder(label).decode(b);
      try {
        return new TextDecoder(label, { fatal: true }).decode(b);
      } catch {
        return findFailure(name, b, () => new TextDecoder(label, { fatal: true }), 'illegal multibyte sequence');
      }
    },
  };
}

/** Feeds the bytes one at a time to find where decoding fails. */
function findFailure(codec: string, b: Uint8Array, make: () => { decode(b: Uint8Array, o: { stream: boolean }): string }, reason: string): DecodeFailure {
  const d = make();
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    try {
      const out = d.decode(b.subarray(i, i + 1), { stream: true });
      if (out.length > 0) start = i + 1;
    } catch {
      return fail(codec, b, Math.min(start, i), i + 1 > start + 1 && codec !== 'utf-8' ? i + 1 : Math.min(start, i) + 1, reason);
    }
  }
  return fail(codec, b, start, b.length, 'unexpected end of data');
}

const CODECS = new Map<string, Codec>();

function define(codec: Codec, names: string): void {
  for (const n of names.split(' ')) CODECS.set(n, codec);
}

define(utf8, 'utf_8 u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001');
define(utf8Sig, 'utf_8_sig');
define(latin1, 'latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1');
define(ascii, 'ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii');
define(charmap('windows-1252', [0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'cp1252 windows_1252 1252');
for (const n of [1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258]) define(charmap(`windows-${n}`), `cp${n} windows_${n} ${n}`);
for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16]) define(charmap(`iso-8859-${n}`), `iso8859_${n} iso_8859_${n} 8859_${n}`);
define(CODECS.get('iso8859_2')!, 'latin2 l2 csisolatin2 iso_ir_101');
define(CODECS.get('iso8859_15')!, 'latin9 l9');
define(CODECS.get('iso8859_5')!, 'cyrillic csisolatincyrillic iso_ir_144');
define(CODECS.get('iso8859_7')!, 'greek greek8 elot_928 ecma_118 iso_ir_126');
define(charmap('koi8-r'), 'koi8_r cskoi8r');
define(charmap('koi8-u'), 'koi8_u');
define(charmap('macintosh'), 'mac_roman macroman macintosh');
define(charmap('ibm866'), 'cp866 866 ibm866 csibm866');
define(multibyte('shift_jis', 'shift_jis'), 'shift_jis csshiftjis shiftjis sjis s_jis');
define(multibyte('cp932', 'shift_jis'), 'cp932 932 ms932 mskanji ms_kanji');
define(multibyte('euc_jp', 'euc-jp'), 'euc_jp eucjp ujis u_jis');
define(multibyte('gbk', 'gbk'), 'gbk 936 cp936 ms936');
define(multibyte('gb2312', 'gbk'), 'gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58');
define(multibyte('gb18030', 'gb18030'), 'gb18030 gb18030_2000');
define(multibyte('big5', 'big5'), 'big5 big5_tw csbig5');
define(multibyte('euc_kr', 'euc-kr'), 'euc_kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001');
define(multibyte('utf-16-le', 'utf-16le'), 'utf_16_le utf_16le unicodelittleunmarked');
define(multibyte('utf-16-be', 'utf-16be'), 'utf_16_be utf_16be unicodebigunmarked');
define(multibyte('utf-16', 'utf-16le'), 'utf_16 u16 utf16');

/** Python's lookup normalization: lower case, runs of other characters than letters, digits and '.' become '_'. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function isKnownCodec(name: string): boolean {
  return CODECS.has(normalize(name));
}

/** Decodes `b` with codec `name` (strict, or errors='replace'). */
export function decodeWith(name: string, b: Uint8Array, replace = false): string | DecodeFailure {
  const codec = CODECS.get(normalize(name));
  if (codec === undefined) return utf8Lax.decode(b);
  return codec.decode(b, replace);
}

/**
 * The bytes CPython's UTF-8 decoder reports for an error at `i` (before `end`), and why; or the
 * sequence's extent and 'valid' when there is none.  CPython: Objects/stringlib/codecs.h
 */
export function utf8ErrorRange(b: Uint8Array, i: number, end: number): [number, number, string] {
  const c = b[i];
  if (c < 0xc2 || c > 0xf4) return [i, i + 1, 'invalid start byte'];
  const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return [i, end, 'unexpected end of data'];
    const d = b[i + k];
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) return [i, i + k, 'invalid continuation byte'];
  }
  return [i, i + need + 1, 'valid'];
}
