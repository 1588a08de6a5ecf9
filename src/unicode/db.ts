// Unicode character properties as CPython 3.14 sees them (Unicode 16.0).  CPython: Objects/unicodectype.c
// TODO(#4): answer from tables generated from CPython's unicodedata; these use the JS engine's
// Unicode version, which can differ for recently assigned characters.

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** str.isprintable() for one code point: not in Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except space. */
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp >= 0xd800 && cp < 0xe000) return false;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
