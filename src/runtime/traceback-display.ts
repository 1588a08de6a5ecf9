// Printing an uncaught exception the way CPython's top level does.  CPython: Lib/traceback.py
// (TracebackException.format), Python/pythonrun.c _PyErr_Display
// TODO(#4): the ^^^/~~~ position markers, exception groups' boxes, "Did you mean" suggestions,
// recursion elision ("[Previous line repeated N more times]"); until then the frames and source lines.
import { None, type PyValue } from '../objects/object.ts';
import { PyBaseException, PySyntaxErrorObject } from '../objects/exceptions.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyObject_Str, PyObject_LookupAttr, iterableToArray } from '../objects/abstract.ts';
import { typeOf } from '../objects/type.ts';
import { typeModule, typeQualname } from '../objects/typeobject.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { interp } from '../vm/interpreter.ts';
import { openStdlibZip } from './stdlib-zip.ts';
import { STDLIB_ZIP_PATH } from './import.ts';
import { formatParseError } from './syntax-error-display.ts';
import { ParseError } from '../parser/errors.ts';

const sourceCache = new Map<string, string[] | null>();

/** The lines of a source file, as linecache would read them. */
export function getLines(filename: string): string[] | null {
  let lines = sourceCache.get(filename);
  if (lines !== undefined) return lines;
  let data: Uint8Array | null = null;
  if (filename.startsWith(STDLIB_ZIP_PATH + '/')) data = openStdlibZip().read(filename.slice(STDLIB_ZIP_PATH.length + 1)) ?? null;
  else data = interp().host.readFile(filename);
  lines = data === null ? null : new TextDecoder().decode(data).split(/\r?\n/);
  sourceCache.set(filename, lines);
  return lines;
}

function formatTb(tb: PyTraceback | null): string[] {
  const out: string[] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    const co = t.tb_frame.f_code;
    const line = t.tb_lineno;
    out.push(`  File "${co.co_filename}", line ${line < 0 ? '?' : line}, in ${co.co_name}\n`);
    const lines = getLines(co.co_filename);
    if (lines !== null && line > 0 && line <= lines.length) {
      const text = lines[line - 1].trim();
      if (text) out.push(`    ${text}\n`);
    }
  }
  return out;
}

/** "ValueError: msg" — the last lines for an exception.  CPython: TracebackException.format_exception_only */
function formatExceptionOnly(e: PyValue): string {
  const t = typeOf(e);
  let mod: PyValue = None;
  try {
    mod = typeModule(t);
  } catch {
    mod = None;
  }
  let name = typeQualname(t);
  if (isStrValue(mod) && strValue(mod) !== 'builtins' && strValue(mod) !== '__main__') name = `${strValue(mod)}.${name}`;
  if (e instanceof PySyntaxErrorObject && isStrValue(e.msg)) {
    const pe = new ParseError(
      (t.name as 'SyntaxError') ?? 'SyntaxError',
      strValue(e.msg),
      isStrValue(e.filename) ? strValue(e.filename) : '<string>',
      typeof e.lineno === 'number' ? e.lineno : 0,
      typeof e.offset === 'number' ? e.offset : 0,
      typeof e.end_lineno === 'number' ? e.end_lineno : 0,
      typeof e.end_offset === 'number' ? e.end_offset : 0,
      isStrValue(e.text) ? strValue(e.text) : null,
    );
    return formatParseError(pe).replace(/^(\S*Error)(?=: )/m, name);
  }
  let s: string;
  try {
    s = PyObject_Str(e);
  } catch {
    s = '<exception str() failed>';
  }
  let r = s ? `${name}: ${s}\n` : `${name}\n`;
  const notes = e instanceof PyBaseException ? e.ob_dict?.getStr('__notes__') : undefined;
  if (notes !== undefined) for (const n of iterableToArray(notes)) r += PyObject_Str(n) + '\n';
  return r;
}

/** The full report of an uncaught exception with its cause/context chain. */
export function formatException(e: PyValue, seen = new Set<PyValue>()): string {
  seen.add(e);
  let out = '';
  if (e instanceof PyBaseException) {
    if (e.cause !== None && !seen.has(e.cause)) {
      out += formatException(e.cause, seen);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (e.context !== None && !e.suppressContext && !seen.has(e.context)) {
      out += formatException(e.context, seen);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    const tb = e.traceback instanceof PyTraceback ? e.traceback : null;
    if (tb !== null) out += 'Traceback (most recent call last):\n' + formatTb(tb).join('');
  }
  return out + formatExceptionOnly(e);
}

void PyObject_LookupAttr;
