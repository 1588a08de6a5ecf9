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
  // Only pyts writes below the default root; a PYTS_CACHE_DIR is the user's to clean.
  if (env === undefined) markInUse(root, cacheDir);
  return cacheDir;
}

/** Reads PYTS_CACHE_DIR anew (a restored start-up snapshot runs in another environment). */
export function resetStdlibCacheDir(): void {
  cacheDir = undefined;
}

/** How long the code cache of a build of pyts is kept after its last use. */
const KEEP_UNUSED_MS = 24 * 3600 * 1000;

/**
 * Each build of pyts has a directory of its own, which nothing else would ever remove.  A directory's
 * modification time says when it was last used (refreshed at most hourly); when a build starts its
 * directory, the caches of builds unused for a day are removed.
 */
function markInUse(root: string, dir: string): void {
  let mtime: number;
  try {
    mtime = fs.statSync(dir).mtimeMs;
  } catch {
    pruneOtherBuilds(root, dir);
    return;
  }
  const now = Date.now();
  if (now - mtime > 3600 * 1000) {
    try {
      fs.utimesSync(dir, now / 1000, now / 1000);
    } catch {
      // A read-only cache is still a cache.
    }
  }
}

/** Removes the caches of the builds unused for KEEP_UNUSED_MS. */
function pruneOtherBuilds(root: string, keep: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const dir = path.join(root, name);
    if (dir === keep || !/^(?:[0-9a-f]{12}|[0-9a-z]{8})$/.test(name)) continue;
    try {
      if (now - fs.statSync(dir).mtimeMs > KEEP_UNUSED_MS) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process may be removing it too.
    }
  }
}
