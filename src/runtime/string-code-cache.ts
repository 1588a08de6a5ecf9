// The code cache's second part: the compiled code of source strings that the standard library makes
// and runs with exec() or eval() while a module is imported, such as collections.namedtuple's
// `__new__` and the `__init__`, `__repr__`, `__eq__`... that dataclasses writes for each class.  The
// same strings come back at every start (`import asyncio` compiles 25 of them, `import subprocess`
// 20), and compiling them cost 100-180 ms there, more than any other single step.  Each is kept as
// the JSON of runtime/code-json.ts in the cache directory of the build (runtime/code-cache.ts), under
// /lib/python314.zip/__pycache__/strings/<hash>.pyts-314.json, which the host maps there.  A document
// holds the whole source and the compile options, so a lookup finds exactly what compiling would
// give or nothing.  CPython has no such cache: its compiler is fast enough not to need one.
import type { PyCode } from '../objects/code.ts';
import { tstate } from '../vm/thread-state.ts';
import { interp } from '../vm/interpreter.ts';
import { HostError } from './host.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';
import { codeFromJson, codeToJson, CodeJsonError } from './code-json.ts';
import { O_CREAT, O_TRUNC, O_WRONLY } from './vfs.ts';

const EIO = 5;

const DIR = `${STDLIB_ZIP_PATH}/__pycache__/strings`;

/**
 * Whether the code of a source string run now may come from (and go to) the cache: only while an
 * import runs, and only for strings the standard library itself passes to exec() or eval() (its
 * module's code is then the caller), so that what is kept stays bounded by the class statements
 * of the modules a program imports, not by what a program compiles.
 */
export function stringCodeCacheable(): boolean {
  if (tstate.importDepth === 0) return false;
  const f = tstate.frame;
  return f !== null && f.f_code.co_filename.startsWith(STDLIB_ZIP_PATH + '/');
}

/** What a document must hold besides the code: the source and every option that changes the code. */
function stampOf(text: string, mode: string, flags: number, optimize: number): (number | string)[] {
  return [mode, flags, optimize, text];
}

/** Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits (a document checks its source anyway). */
function fileName(stamp: readonly (number | string)[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  const s = stamp.join('\0');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}.pyts-314.json`;
}

/** The cached code of `text` compiled with these options, or null. */
export function lookupStringCode(text: string, mode: string, flags: number, optimize: number): PyCode | null {
  const stamp = stampOf(text, mode, flags, optimize);
  let data: Uint8Array | null;
  try {
    data = interp().host.readFile(`${DIR}/${fileName(stamp)}`);
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  return data === null ? null : codeFromJson(new TextDecoder().decode(data), stamp);
}

/** Keeps `code`, compiled from `text` with these options and without a warning, for the next process. */
export function storeStringCode(text: string, mode: string, flags: number, optimize: number, code: PyCode): void {
  const stamp = stampOf(text, mode, flags, optimize);
  let doc: Uint8Array;
  try {
    doc = new TextEncoder().encode(codeToJson(code, stamp));
  } catch (e) {
    if (e instanceof CodeJsonError) return;
    throw e;
  }
  const host = interp().host;
  const path = `${DIR}/${fileName(stamp)}`;
  // Written aside and renamed, so that another process never reads half a document.
  const tmp = `${path}.${host.pid()}`;
  try {
    const fd = host.open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    try {
      for (let done = 0; done < doc.length; ) {
        const n = host.write(fd, doc.subarray(done));
        if (n <= 0) throw new HostError(EIO);
        done += n;
      }
    } finally {
      host.close(fd);
    }
    host.rename(tmp, path);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    try {
      host.unlink(tmp);
    } catch {
      // Nothing was written.
    }
  }
}
