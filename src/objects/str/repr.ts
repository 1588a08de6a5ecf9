// repr(str).  CPython: Objects/unicodeobject.c unicode_repr
import { isPrintable } from '../../unicode/db.ts';

const HEX = '0123456789abcdef';

function hex(cp: number, width: number): string {
  let s = '';
  for (let i = (width - 1) * 4; i >= 0; i -= 4) s += HEX[(cp >> i) & 15];
  return s;
}

/** Python's repr of a str: quotes chosen to avoid escaping, non-printable code points escaped. */
export function unicodeRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x7f) {
      if (cp === 0x5c || cp === quote.charCodeAt(0)) out += '\\' + String.fromCharCode(cp);
      else if (cp === 0x09) out += '\\t';
      else if (cp === 0x0a) out += '\\n';
      else if (cp === 0x0d) out += '\\r';
      else if (cp < 0x20) out += '\\x' + hex(cp, 2);
      else out += String.fromCharCode(cp);
    } else if (isPrintable(cp)) {
      out += String.fromCodePoint(cp);
    } else if (cp < 0x100) {
      out += '\\x' + hex(cp, 2);
    } else if (cp < 0x10000) {
      out += '\\u' + hex(cp, 4);
    } else {
      out += '\\U' + hex(cp, 8);
    }
  }
  return out + quote;
}
