// Locating and opening CPython's pure-Python standard library: python_stdlib.zip of the pyodide package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ZipArchive, type ZipSource } from './zip.ts';

let cached: ZipArchive | undefined;

export { STDLIB_ZIP_PATH } from './stdlib-path.ts';

/** The path of python_stdlib.zip, found through Node's module resolution of the `pyodide` package. */
let zipPath: string | undefined;

export function stdlibZipPath(): string {
  if (zipPath === undefined) zipPath = createRequire(import.meta.url).resolve('pyodide/python_stdlib.zip');
  return zipPath;
}

/**
 * The archive as a file read piece by piece.  Each read opens the file anew: a descriptor kept open
 * would be one a Python program could close (os.closerange) or see reused.
 */
function fileSource(file: string): ZipSource {
  const length = fs.statSync(file).size;
  return {
    length,
    read(offset: number, n: number): Uint8Array {
      const out = new Uint8Array(Math.max(0, Math.min(n, length - offset)));
      const fd = fs.openSync(file, 'r');
      let done = 0;
      try {
        while (done < out.length) {
          const k = fs.readSync(fd, out, done, out.length - done, offset + done);
          if (k <= 0) break;
          done += k;
        }
      } finally {
        fs.closeSync(fd);
      }
      return done === out.length ? out : out.subarray(0, done);
    },
  };
}

export function openStdlibZip(): ZipArchive {
  // node:zlib loads lazily: it costs start-up time and only deflated members need it.
  cached ??= new ZipArchive(fileSource(stdlibZipPath()), (b) => (createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).inflateRawSync(b));
  return cached;
}

/** Forgets the archive read so far (a restored start-up snapshot whose archive has since changed). */
export function resetStdlibZip(): void {
  cached = undefined;
  zipPath = undefined;
}
