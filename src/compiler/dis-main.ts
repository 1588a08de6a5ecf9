// `python -m dis FILE`: compile the file's bytes in 'exec' mode and disassemble the code object
// and every nested one.  CPython: Lib/dis.py main()
import { compile } from './index.ts';
import { dis } from '../bytecode/dis.ts';

/** The text `python3.14 -m dis FILE` prints (code object addresses print as 0x0000). */
export function disSource(source: Uint8Array | string, filename: string): string {
  const r = compile(source, filename, 'exec');
  if (r.kind !== 'code') throw new Error('unreachable');
  return dis(r.code);
}
