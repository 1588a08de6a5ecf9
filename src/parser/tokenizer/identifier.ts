// Which code points may start or continue an identifier (PEP 3131): XID_Start and XID_Continue.
// CPython: Objects/unicodeobject.c _PyUnicode_ScanIdentifier, Objects/unicodectype.c
// TODO(#4): answer from src/unicode's Unicode 16.0 tables once they exist; the JS engine's own
// tables can be a newer Unicode version (Node 20: 17.0), which accepts a few more characters.

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

export function isXidStart(cp: number): boolean {
  return XID_START.test(String.fromCodePoint(cp));
}

export function isXidContinue(cp: number): boolean {
  return XID_CONTINUE.test(String.fromCodePoint(cp));
}

/**
 * The index (in code points) of the first code point of `s` that cannot be part of an identifier at
 * that place, or the code point length of `s` when all are valid.  The ASCII rules are the usual
 * ones; '_' may start an identifier.
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  let n = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const ok = n === 0 ? cp === 0x5f || isXidStart(cp) : isXidContinue(cp);
    if (!ok) return n;
    i += cp > 0xffff ? 2 : 1;
    n++;
  }
  return n;
}
