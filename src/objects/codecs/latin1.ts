// The Latin-1, ASCII and charmap codecs.  CPython: Objects/unicodeobject.c (unicode_encode_ucs1,
// PyUnicode_DecodeASCII, PyUnicode_DecodeLatin1, PyUnicode_DecodeCharmap, _PyUnicode_EncodeCharmap,
// PyUnicode_BuildEncodingMap and the EncodingMap type).
import { None, PyObject, type PyValue } from '../object.ts';
import { defineBuiltinType } from '../builtin-type.ts';
import { isStrValue, strValue, isIntValue, intValue } from '../boxes.ts';
import { PyBytes } from '../bytes.ts';
import { PyDict } from '../dict.ts';
import { typeOf } from '../type.ts';
import { PyObject_GetItem } from '../abstract.ts';
import { typeError, exceptionMatches, PyExc_LookupError } from '../exceptions.ts';
import { codePointValues } from '../str/codepoints.ts';
import { EncodeErrors, DecodeErrors, ErrorHandler } from './errors.ts';
import { ByteWriter, StrWriter, latin1String } from './writer.ts';

/** The encoder of unicode_encode_ucs1: latin-1 (limit 256) and ascii (limit 128). */
function encodeUcs1(s: string, errors: string | null, limit: number): Uint8Array {
  let ok = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= limit) {
      ok = false;
      break;
    }
  }
  if (ok) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const encoding = limit === 256 ? 'latin-1' : 'ascii';
  const reason = limit === 256 ? 'ordinal not in range(256)' : 'ordinal not in range(128)';
  const ctx = new EncodeErrors(encoding, errors, s);
  const cps = ctx.codePoints();
  const out = new ByteWriter(cps.length);
  const n = cps.length;
  let pos = 0;
  while (pos < n) {
    const ch = cps[pos];
    if (ch < limit) {
      out.push(ch);
      pos++;
      continue;
    }
    let end = pos + 1;
    while (end < n && cps[end] >= limit) end++;
    const [rep, newpos] = ctx.handle(reason, pos, end);
    if (typeof rep === 'string') {
      for (let k = 0; k < rep.length; k++) if (rep.charCodeAt(k) >= limit) ctx.raise(reason, pos, end);
      out.pushLatin1(rep);
    } else out.pushBytes(rep);
    pos = newpos;
  }
  return out.result();
}

export function latin1Encode(s: string, errors: string | null): Uint8Array {
  return encodeUcs1(s, errors, 256);
}

export function asciiEncode(s: string, errors: string | null): Uint8Array {
  return encodeUcs1(s, errors, 128);
}

export function latin1Decode(d: Uint8Array): string {
  return latin1String(d);
}

/** bytes.decode('ascii', errors): each byte >= 128 is an error of its own.  CPython: PyUnicode_DecodeASCII */
export function asciiDecode(data: Uint8Array, errors: string | null): string {
  let i = 0;
  while (i < data.length && data[i] < 128) i++;
  if (i === data.length) return latin1String(data);
  const ctx = new DecodeErrors('ascii', errors, data);
  const out = new StrWriter();
  out.pushStr(latin1String(data, 0, i));
  let d = data;
  while (i < d.length) {
    const c = d[i];
    if (c < 128) {
      out.pushUnit(c);
      i++;
      continue;
    }
    const [rep, newpos] = ctx.handle('ordinal not in range(128)', i, i + 1);
    out.pushStr(rep);
    d = ctx.input;
    i = newpos;
  }
  return out.result();
}

// ---- charmap ----

/** The reverse of a decoding table, for charmap_encode.  CPython: struct encoding_map */
export class PyEncodingMap extends PyObject {
  constructor(
    readonly map: Map<number, number>,
    /** The numbers of level-2 and level-3 blocks of CPython's trie (for size()). */
    readonly count2: number,
    readonly count3: number,
  ) {
    super();
  }
}

/** codecs.charmap_build(decoding_table).  CPython: PyUnicode_BuildEncodingMap */
export function charmapBuild(table: string): PyValue {
  const cps = codePointValues(table);
  const length = Math.min(cps.length, 256);
  let needDict = cps[0] !== 0;
  const l1 = new Set<number>();
  const l2 = new Set<number>();
  for (let i = 1; i < length && !needDict; i++) {
    const ch = cps[i];
    if (ch === 0 || ch > 0xffff) needDict = true;
    else if (ch !== 0xfffe) {
      l1.add(ch >> 11);
      l2.add(ch >> 7);
    }
  }
  if (l1.size >= 0xff || l2.size >= 0xff) needDict = true;
  if (needDict) {
    const d = new PyDict();
    for (let i = 0; i < length; i++) d.set(cps[i], i);
    return d;
  }
  const m = new Map<number, number>();
  for (let i = 0; i < length; i++) if (cps[i] !== 0xfffe) m.set(cps[i], i);
  return new PyEncodingMap(m, l1.size, l2.size);
}

export const EncodingMapType = defineBuiltinType({
  name: 'EncodingMap',
  instanceClass: PyEncodingMap,
  // size() is the trie's size in bytes on a 64-bit build (the header is 64 bytes there).
  methods: { size: { sig: '($self, /)', impl: (m: PyEncodingMap) => 63 + 16 * m.count2 + 128 * m.count3, doc: 'The size of the table in bytes.' } },
});

/** One charmap decoding lookup: the text for byte b, or undefined when unmapped. */
function decodeLookup(mapping: PyValue, b: number): string | undefined {
  let item: PyValue;
  try {
    item = PyObject_GetItem(mapping, b);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_LookupError)) return undefined;
    throw e;
  }
  if (item === None) return undefined;
  if (isIntValue(item)) {
    const v = Number(intValue(item));
    if (v === 0xfffe) return undefined;
    if (v < 0 || v > 0x10ffff) throw typeError('character mapping must be in range(0x110000)');
    return String.fromCodePoint(v);
  }
  if (isStrValue(item)) {
    const s = strValue(item);
    if (s === '\ufffe') return undefined;
    return s;
  }
  throw typeError('character mapping must return integer, None or str');
}

/** codecs.charmap_decode(data, errors, mapping).  CPython: PyUnicode_DecodeCharmap */
export function charmapDecode(data: Uint8Array, errors: string | null, mapping: PyValue): string {
  if (mapping === None) return latin1String(data);
  if (data.length === 0) return '';
  const table = typeof mapping === 'string' ? codePointValues(mapping) : null;
  const ctx = new DecodeErrors('charmap', errors, data);
  const out = new StrWriter();
  let d = data;
  let i = 0;
  while (i < d.length) {
    const b = d[i];
    let x: string | undefined;
    if (table !== null) {
      const cp = b < table.length ? table[b] : 0xfffe;
      x = cp === 0xfffe ? undefined : String.fromCodePoint(cp);
    } else x = decodeLookup(mapping, b);
    if (x !== undefined) {
      out.pushStr(x);
      i++;
      continue;
    }
    const [rep, newpos] = ctx.handle('character maps to <undefined>', i, i + 1);
    out.pushStr(rep);
    d = ctx.input;
    i = newpos;
  }
  return out.result();
}

/** The bytes a character encodes to through a charmap, or null when unmapped. */
function encodeLookup(mapping: PyValue, c: number): number | Uint8Array | null {
  if (mapping instanceof PyEncodingMap) return mapping.map.get(c) ?? null;
  let x: PyValue;
  try {
    x = PyObject_GetItem(mapping, c);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_LookupError)) return null;
    throw e;
  }
  if (x === None) return null;
  if (isIntValue(x)) {
    const v = Number(intValue(x));
    if (v < 0 || v > 255) throw typeError('character mapping must be in range(256)');
    return v;
  }
  if (x instanceof PyBytes) return x.data;
  throw typeError(`character mapping must return integer, bytes or None, not ${typeOf(x).tp_name}`);
}

function encodeOutput(out: ByteWriter, mapping: PyValue, c: number): boolean {
  const r = encodeLookup(mapping, c);
  if (r === null) return false;
  if (typeof r === 'number') out.push(r);
  else out.pushBytes(r);
  return true;
}

/** codecs.charmap_encode(str, errors, mapping).  CPython: _PyUnicode_EncodeCharmap */
export function charmapEncode(s: string, errors: string | null, mapping: PyValue): Uint8Array {
  if (mapping === None) return latin1Encode(s, errors);
  const cps = codePointValues(s);
  const out = new ByteWriter(cps.length);
  const reason = 'character maps to <undefined>';
  let ctx: EncodeErrors | null = null;
  let pos = 0;
  while (pos < cps.length) {
    if (encodeOutput(out, mapping, cps[pos])) {
      pos++;
      continue;
    }
    let end = pos + 1;
    while (end < cps.length && encodeLookup(mapping, cps[end]) === null) end++;
    ctx ??= new EncodeErrors('charmap', errors, s);
    const start = pos;
    // The replacement text is itself encoded through the mapping.
    const emit = (text: string): void => {
      for (const ch of text) if (!encodeOutput(out, mapping, ch.codePointAt(0)!)) ctx!.raise(reason, start, end);
    };
    switch (ctx.kind) {
      case ErrorHandler.STRICT:
        return ctx.raise(reason, start, end);
      case ErrorHandler.REPLACE:
        emit('?'.repeat(end - start));
        pos = end;
        break;
      case ErrorHandler.IGNORE:
        pos = end;
        break;
      case ErrorHandler.XMLCHARREFREPLACE: {
        let t = '';
        for (let k = start; k < end; k++) t += `&#${cps[k]};`;
        emit(t);
        pos = end;
        break;
      }
      default: {
        const [rep, newpos] = ctx.call(reason, start, end);
        if (typeof rep === 'string') emit(rep);
        else out.pushBytes(rep);
        pos = newpos;
      }
    }
  }
  return out.result();
}
