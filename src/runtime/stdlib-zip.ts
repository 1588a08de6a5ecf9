// Locating and opening CPython's pure-Python standard library: python_stdlib.zip of the pyodide package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ZipArchive } from './zip.ts';

let cached: ZipArchive | undefined;

export { STDLIB_ZIP_PATH } from './stdlib-path.ts';

/** The path of python_stdlib.zip, found through Node's module resolution of the `pyodide` package. */
let zipPath: string | undefined;

export function stdlibZipPath(): string {
  if (zipPath === undefined) zipPath = createRequire(import.meta.url).resolve('pyodide/python_stdlib.zip');
  return zipPath;
}

export function openStdlibZip(): ZipArchive {
  // node:zlib loads lazily: it costs start-up time and only deflated members need it.
  cached ??= new ZipArchive(fs.readFileSync(stdlibZipPath()), (b) => (createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).inflateRawSync(b));
  return cached;
}
