// The code cache: compiled standard-library modules kept on disk as .pyc files, so that a module of
// the stdlib zip is compiled once, not at every start.  CPython ships its stdlib precompiled in
// __pycache__ directories; pyts writes them on first import into
//   $PYTS_CACHE_DIR or node_modules/.cache/pyts, then /<fingerprint>/<package path>/__pycache__/
// The node host maps /lib/python314.zip/**/__pycache__/* there, so CPython's importlib reads and
// writes them unchanged.  The fingerprint names the build of pyts (its compiler), so a changed compiler
// never reads code compiled by another.  CPython: Lib/importlib/_bootstrap_external.py (SourceLoader),
// Python/import.c (frozen modules).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { stdlibZipPath } from './stdlib-zip.ts';

let fingerprint: string | null = null;
let cacheDir: string | null | undefined;

/**
 * Identifies this build of pyts. esbuild names split chunks by content hash, so the name of the file
 * that holds this code (which imports the compiler's chunk by its hashed name) is enough; otherwise
 * (one-file bundles) the file's content is hashed.
 */
export function pytsFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  let file = '';
  try {
    file = fileURLToPath(import.meta.url);
  } catch {
    file = '';
  }
  const m = /-([A-Z0-9]{8})\.m?js$/.exec(file);
  if (m) fingerprint = m[1].toLowerCase();
  else {
    try {
      fingerprint = crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
    } catch {
      fingerprint = 'unknown';
    }
  }
  return fingerprint;
}

/** Where compiled stdlib code of this build lives, or null when caching is off (PYTS_CACHE_DIR=''). */
export function stdlibCacheDir(): string | null {
  if (cacheDir !== undefined) return cacheDir;
  const env = process.env.PYTS_CACHE_DIR;
  if (env === '') return (cacheDir = null);
  let root: string;
  if (env !== undefined) root = env;
  else {
    try {
      // node_modules/pyodide/python_stdlib.zip -> node_modules/.cache/pyts
      root = path.join(path.dirname(path.dirname(stdlibZipPath())), '.cache', 'pyts');
    } catch {
      return (cacheDir = null);
    }
  }
  cacheDir = path.join(root, pytsFingerprint());
  return cacheDir;
}
