// Locating and opening CPython's pure-Python standard library: python_stdlib.zip of the pyodide package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { ZipArchive } from './zip.ts';

let cached: ZipArchive | undefined;

export { STDLIB_ZIP_PATH } from './stdlib-path.ts';

/** The path of python_stdlib.zip, found through Node's module resolution of the `pyodide` package. */
export function stdlibZipPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('pyodide/python_stdlib.zip');
}

export function openStdlibZip(): ZipArchive {
  cached ??= new ZipArchive(fs.readFileSync(stdlibZipPath()), (b) => zlib.inflateRawSync(b));
  return cached;
}
