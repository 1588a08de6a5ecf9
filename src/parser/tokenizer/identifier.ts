// Which code points may start or continue an identifier (PEP 3131): XID_Start and XID_Continue,
// from CPython's Unicode 16.0 database.  CPython: Objects/unicodeobject.c _PyUnicode_ScanIdentifier
import { isXidContinue, isXidStart } from '../../unicode/db.ts';

/**
 * The index (in code points) of the first code point of `s` that cannot be part of an identifier at
 * that place, or the code point length of `s` when all are valid.  '_' may start an identifier.
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
