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
import { fileURLToPath } from 'node:url';
import { stdlibZipPath } from './stdlib-zip.ts';

let fingerprint: string | null = null;
let cacheDir: string | null | undefined;

/**
 * Identifies this build of pyts. esbuild names split chunks by content hash, so the name of the file
 * that holds this code (which imports the compiler's chunk by its hashed name) is enough; otherwise
 * (one-file bundles) the file's identity (path, size, modification time).
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
    // The file's path, size and modification time: a rebuild changes them, and reading a stat is
    // much cheaper than hashing a bundle of megabytes.
    try {
      const st = fs.statSync(file);
      fingerprint = fnv1a(`${file}\0${st.size}\0${st.mtimeMs}`);
    } catch {
      fingerprint = 'unknown';
    }
  }
  return fingerprint;
}

/** A 48-bit FNV-1a hash of a string, as 12 hex digits. */
function fnv1a(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12);
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
