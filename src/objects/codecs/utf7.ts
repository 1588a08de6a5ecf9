// The UTF-7 codec (RFC 2152).  CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF7Stateful,
// _PyUnicode_EncodeUTF7 with sets O and whitespace written directly).
import { codePointValues } from '../str/codepoints.ts';
import { DecodeErrors } from './errors.ts';
import { ByteWriter, StrWriter } from './writer.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isBase64(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function fromBase64(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  return c === 0x2b ? 62 : 63;
}

/** RFC 2152's classes of ASCII: 0 set D, 1 set O, 2 whitespace, 3 special.  CPython: utf7_category */
const CATEGORY =
  '3333333332233233' + '3333333333333333' + '2111111000130000' + '0000000000011110' + '1000000000000000' + '0000000000013111' + '1000000000000000' + '0000000000011133';

function encodeDirect(c: number): boolean {
  return c > 0 && c < 128 && CATEGORY[c] !== '3';
}

/** str.encode('utf-7'): never fails (lone surrogates are encoded as they are). */
export function utf7Encode(s: string): Uint8Array {
  const cps = codePointValues(s);
  const out = new ByteWriter(cps.length * 2);
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const put = (unit: number): void => {
    bits += 16;
    buf = ((buf << 16) | unit) >>> 0;
    while (bits >= 6) {
      out.push(B64.charCodeAt((buf >>> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buf &= (1 << bits) - 1;
  };
  for (const ch of cps) {
    if (inShift) {
      if (encodeDirect(ch)) {
        if (bits) {
          out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
          buf = 0;
          bits = 0;
        }
        inShift = false;
        if (isBase64(ch) || ch === 0x2d) out.push(0x2d);
        out.push(ch);
        continue;
      }
    } else if (ch === 0x2b) {
      out.push(0x2b);
      out.push(0x2d);
      continue;
    } else if (encodeDirect(ch)) {
      out.push(ch);
      continue;
    } else {
      out.push(0x2b);
      inShift = true;
    }
    if (ch >= 0x10000) {
      put(0xd800 + ((ch - 0x10000) >> 10));
      put(0xdc00 + ((ch - 0x10000) & 0x3ff));
    } else put(ch);
  }
  if (bits) out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return out.result();
}

/** bytes.decode('utf-7'); with final false an unfinished shift sequence is left unconsumed. */
export function utf7Decode(data: Uint8Array, errors: string | null, final: boolean): [string, number] {
  if (data.length === 0) return ['', 0];
  const ctx = new DecodeErrors('utf7', errors, data);
  // Output as code units, so that an unfinished shift sequence can be taken back.
  const units: number[] = [];
  const pushCp = (cp: number): void => {
    if (cp < 0x10000) units.push(cp);
    else units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
  };
  let d = data;
  let e = d.length;
  let s = 0;
  let inShift = false;
  let shiftOutStart = 0;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  let startinpos = 0;
  for (;;) {
    while (s < e) {
      const ch = d[s];
      let errmsg = '';
      if (inShift) {
        if (isBase64(ch)) {
          buf = ((buf << 6) | fromBase64(ch)) >>> 0;
          bits += 6;
          s++;
          if (bits >= 16) {
            const outCh = (buf >>> (bits - 16)) & 0xffff;
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate) {
              if (outCh >= 0xdc00 && outCh < 0xe000) {
                pushCp(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                surrogate = 0;
                continue;
              }
              units.push(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh < 0xdc00) surrogate = outCh;
            else units.push(outCh);
          }
          continue;
        }
        inShift = false;
        if (bits > 0) {
          if (bits >= 6) {
            s++;
            errmsg = 'partial character in shift sequence';
          } else if (buf !== 0) {
            s++;
            errmsg = 'non-zero padding bits in shift sequence';
          }
        }
        if (errmsg === '') {
          if (surrogate && ch <= 127 && ch !== 0x2b) units.push(surrogate);
          surrogate = 0;
          if (ch === 0x2d) s++;
          continue;
        }
      } else if (ch === 0x2b) {
        startinpos = s;
        s++;
        if (s < e && d[s] === 0x2d) {
          s++;
          units.push(0x2b);
          continue;
        }
        if (s < e && !isBase64(d[s])) {
          s++;
          errmsg = 'ill-formed sequence';
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = units.length;
          bits = 0;
          buf = 0;
          continue;
        }
      } else if (ch <= 127) {
        s++;
        units.push(ch);
        continue;
      } else {
        startinpos = s;
        s++;
        errmsg = 'unexpected special character';
      }
      const [rep, newpos] = ctx.handle(errmsg, startinpos, s);
      for (let k = 0; k < rep.length; k++) units.push(rep.charCodeAt(k));
      d = ctx.input;
      e = d.length;
      s = newpos;
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buf !== 0)) {
        const [rep, newpos] = ctx.handle('unterminated shift sequence', startinpos, data.length);
        for (let k = 0; k < rep.length; k++) units.push(rep.charCodeAt(k));
        d = ctx.input;
        e = d.length;
        s = newpos;
        if (s < e) continue;
      }
    }
    break;
  }
  let consumed = s;
  if (!final && inShift) {
    consumed = startinpos;
    units.length = shiftOutStart;
  }
  const out = new StrWriter();
  for (const u of units) out.pushUnit(u);
  return [out.result(), consumed];
}
