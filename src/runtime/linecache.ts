// Source lines for tracebacks and warnings, as Lib/linecache.py finds them: files read and decoded as
// tokenize.open() does (BOM, PEP 263 declaration, universal newlines), stdlib modules out of the
// stdlib zip, no source for pseudo-files named '<...>', and the entries Python code put in
// linecache.cache (doctest, user code registering generated source) when that module is loaded.
// CPython: Lib/linecache.py getline, updatecache, lazycache
import { None, type PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { interp } from '../vm/interpreter.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';
import { openStdlibZip } from './stdlib-zip.ts';
import { decodeSource, translateNewlines } from '../parser/source.ts';
import type { PyCode } from '../objects/code.ts';

/**
 * The lines of `filename` without their line ends, or an empty array when its source cannot be
 * read.  `memo` keeps what one report has read (linecache.checkcache drops entries of changed files
 * between reports, so nothing is kept longer).
 */
export function getLines(filename: string, memo?: Map<string, string[]>): string[] {
  const hit = memo?.get(filename);
  if (hit !== undefined) return hit;
  const lines = registeredLines(filename) ?? readLines(filename);
  memo?.set(filename, lines);
  return lines;
}

/** linecache.getline(filename, lineno) without its line end: '' when there is no such line. */
export function getLine(filename: string, lineno: number, memo?: Map<string, string[]>): string {
  const lines = getLines(filename, memo);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : '';
}

/** An entry of linecache.cache that no file stands behind (mtime None): source registered by code. */
function registeredLines(filename: string): string[] | null {
  let mod: PyValue | undefined;
  try {
    mod = interp().modules.getStr('linecache');
  } catch {
    return null;
  }
  if (mod === undefined || mod === None) return null;
  const cache = (mod as { ob_dict?: PyDict }).ob_dict?.getStr('cache');
  if (!(cache instanceof PyDict)) return null;
  const entry = cache.getStr(filename);
  if (!(entry instanceof PyTuple) || entry.items.length !== 4 || entry.items[1] !== None) return null;
  const lines = entry.items[2];
  if (!(lines instanceof PyList)) return null;
  const out: string[] = [];
  for (const l of lines.items) {
    if (!isStrValue(l)) return null;
    const s = strValue(l);
    out.push(s.endsWith('\n') ? s.slice(0, -1) : s);
  }
  return out;
}

/** The lines of a file, or [] (pseudo-files, missing files, undecodable files).  CPython: updatecache */
function readLines(filename: string): string[] {
  if (filename === '' || (filename.startsWith('<') && filename.endsWith('>'))) return [];
  let data: Uint8Array | null = null;
  try {
    if (filename.startsWith(STDLIB_ZIP_PATH + '/')) data = openStdlibZip().read(filename.slice(STDLIB_ZIP_PATH.length + 1)) ?? null;
    else data = interp().host.readFile(filename);
  } catch {
    data = null;
  }
  if (data === null) return [];
  let text: string;
  try {
    text = decodeSource(data, { filename }).text;
  } catch {
    // tokenize.open failed (bad declaration, undecodable bytes): linecache gives no lines.
    return [];
  }
  return splitReadlines(translateNewlines(text, false));
}

/** file.readlines() over text whose newlines are already '\n', line ends dropped. */
function splitReadlines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Line `lineno` of the source registered for a code object (python -c, the REPL): '' when none.
 * CPython: linecache._getline_from_code, with the entries linecache._register_code made.
 */
export function getLineFromCode(code: PyCode, lineno: number): string {
  let mod: PyValue | undefined;
  try {
    mod = interp().modules.getStr('linecache');
  } catch {
    return '';
  }
  if (mod === undefined || mod === None) return '';
  const cache = (mod as { ob_dict?: PyDict }).ob_dict?.getStr('_interactive_cache');
  if (!(cache instanceof PyDict)) return '';
  let entry: PyValue | undefined;
  try {
    entry = cache.get(new PyTuple([code.co_filename, code.co_qualname, code.co_firstlineno]));
  } catch {
    return '';
  }
  if (!(entry instanceof PyTuple) || entry.items.length === 1) return '';
  const lines = entry.items[2];
  if (!(lines instanceof PyList) || lineno < 1 || lineno > lines.items.length) return '';
  const l = lines.items[lineno - 1];
  return isStrValue(l) ? strValue(l) : '';
}
