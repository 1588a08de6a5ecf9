// Printing an exception the way CPython 3.14 does: the default sys.excepthook.  CPython's C printer
// (Python/pythonrun.c _PyErr_Display) hands over to traceback._print_exception_bltin, so
// Lib/traceback.py is the specification: TracebackException (compact chaining, "Did you mean"
// suggestions, SyntaxError details), TracebackException.format (chained exceptions, exception
// groups in boxes, notes) and the frames (traceback-stack.ts).
import { None, type PyValue } from '../objects/object.ts';
import {
  PyBaseException,
  PyBaseExceptionGroup,
  PyExc_AttributeError,
  PyExc_ImportError,
  PyExc_NameError,
  PyExc_SyntaxError,
  PyExc_TypeError,
  PyAttributeError,
  PyImportError,
  PyNameError,
  PySyntaxErrorObject,
  exceptionMatches,
} from '../objects/exceptions.ts';
import { PyTraceback } from '../objects/traceback.ts';
import {
  PyObject_Str,
  PyObject_Repr,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_IsInstance,
  PyObject_IsTrue,
  PySequence_Contains,
  iterableToArray,
} from '../objects/abstract.ts';
import { typeOf, PyType } from '../objects/type.ts';
import { isStrValue, strValue, isIntValue, intValue } from '../objects/boxes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { calculateSuggestion } from '../objects/suggestions.ts';
import { interp } from '../vm/interpreter.ts';
import type { Frame } from '../vm/frame.ts';
import { builtinsObject } from '../vm/builtins-mapping.ts';
import { formatSyntaxError, type SyntaxErrorFields } from './syntax-error-display.ts';
import { findKeywordTypos, type TypoFields } from './keyword-typos.ts';
import { extractTb, formatStack, type FrameSummary, type TracebackTheme, NO_COLOR, ANSI_THEME, indentAll } from './traceback-stack.ts';
import { STDLIB_MODULE_NAMES } from '../modules/sys-data.generated.ts';
import { getLines } from './linecache.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** Formatting limits of exception groups (TracebackException's defaults). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

type SyntaxDetails = SyntaxErrorFields & TypoFields;

/** An exception captured for printing.  CPython: traceback.TracebackException */
class TracebackException {
  stack: FrameSummary[] = [];
  typeStr = '';
  str = '';
  /** __notes__ as found (undefined: none), or the report of the error getting it. */
  notes: PyValue | undefined;
  notesError: string | null = null;
  syntax: SyntaxDetails | null = null;
  suppressContext = false;
  cause: TracebackException | null = null;
  context: TracebackException | null = null;
  exceptions: TracebackException[] | null = null;
}

interface Options {
  limit: number | null;
  memo: Map<string, string[]>;
}

function safeString(v: PyValue, what: string, func: (v: PyValue) => string = PyObject_Str): string {
  try {
    return func(v);
  } catch {
    return `<${what} ${func === PyObject_Str ? 'str' : 'repr'}() failed>`;
  }
}

/** type.__module__ + '.' + type.__qualname__, without the module for builtins and __main__.  CPython: exc_type_str */
function excTypeStr(t: PyType): string {
  const qualname = PyObject_Str(PyObject_GetAttr(t, '__qualname__'));
  let smod: PyValue;
  try {
    smod = PyObject_GetAttr(t, '__module__');
  } catch {
    smod = None;
  }
  if (isStrValue(smod)) {
    const m = strValue(smod);
    if (m === '__main__' || m === 'builtins') return qualname;
    return `${m}.${qualname}`;
  }
  return `<unknown>.${qualname}`;
}

/** Captures one exception (not its chain).  CPython: TracebackException.__init__ */
function capture(e: PyBaseException, seen: Set<PyValue>, opts: Options): TracebackException {
  seen.add(e);
  const te = new TracebackException();
  te.stack = extractTb(e.traceback, opts.limit, opts.memo);
  te.str = safeString(e, 'exception');
  try {
    te.notes = PyObject_LookupAttr(e, '__notes__');
    if (te.notes === None) te.notes = undefined;
  } catch (err) {
    te.notes = undefined;
    te.notesError = `Ignored error getting __notes__: ${safeString(err as PyValue, '__notes__', PyObject_Repr)}`;
  }
  const t = typeOf(e);
  te.typeStr = excTypeStr(t);
  if (exceptionMatches(e, PyExc_SyntaxError)) {
    te.syntax = syntaxDetails(e as PySyntaxErrorObject);
  } else if (exceptionMatches(e, PyExc_ImportError) && optionalAttr(e, 'name_from') !== None) {
    const suggestion = computeSuggestion(e, optionalAttr(e, 'name_from'));
    if (suggestion !== null) te.str += `. Did you mean: '${suggestion}'?`;
  } else if ((exceptionMatches(e, PyExc_NameError) || exceptionMatches(e, PyExc_AttributeError)) && optionalAttr(e, 'name') !== None) {
    const wrongName = optionalAttr(e, 'name');
    const suggestion = computeSuggestion(e, wrongName);
    if (suggestion !== null) te.str += `. Did you mean: '${suggestion}'?`;
    if (exceptionMatches(e, PyExc_NameError) && isStrValue(wrongName) && isStdlibModuleName(strValue(wrongName))) {
      te.str += suggestion !== null ? ` Or did you forget to import '${strValue(wrongName)}'?` : `. Did you forget to import '${strValue(wrongName)}'?`;
    }
  }
  te.suppressContext = e.suppressContext;
  return te;
}

/** getattr(e, name, None) */
function optionalAttr(e: PyValue, name: string): PyValue {
  return PyObject_LookupAttr(e, name) ?? None;
}

function isStdlibModuleName(name: string): boolean {
  const names = interp().sys.ob_dict.getStr('stdlib_module_names');
  if (names !== undefined) {
    try {
      return PySequence_Contains(names, name);
    } catch {
      return false;
    }
  }
  return STDLIB_MODULE_NAMES.includes(name);
}

/** The SyntaxError fields traceback.py reads, as attributes. */
function syntaxDetails(e: PySyntaxErrorObject): SyntaxDetails {
  const num = (v: PyValue): number | null => (isIntValue(v) ? Number(intValue(v)) : null);
  const filename = optionalAttr(e, 'filename');
  const text = optionalAttr(e, 'text');
  const msg = optionalAttr(e, 'msg');
  let metadata: [number, number, string | null] | null = null;
  const md = optionalAttr(e, '_metadata');
  if (md instanceof PyTuple && md.items.length === 3 && isIntValue(md.items[0]) && isIntValue(md.items[1])) {
    const src = md.items[2];
    metadata = [Number(intValue(md.items[0])), Number(intValue(md.items[1])), isStrValue(src) ? strValue(src) : null];
  }
  return {
    kind: '',
    msg: msg === None ? null : safeString(msg, 'msg'),
    filename: filename === None ? null : safeString(filename, 'filename'),
    lineno: num(optionalAttr(e, 'lineno')),
    offset: num(optionalAttr(e, 'offset')),
    end_lineno: num(optionalAttr(e, 'end_lineno')),
    end_offset: num(optionalAttr(e, 'end_offset')),
    text: isStrValue(text) ? strValue(text) : null,
    metadata,
  };
}

/**
 * An exception and its chain: causes and contexts (only a context when there is no cause and it is
 * not suppressed: print_exception's compact mode), and the members of exception groups.  Each
 * exception appears once; a queue rather than recursion, in traceback.py's order.
 */
function captureChain(exc: PyBaseException, opts: Options): TracebackException {
  const seen = new Set<PyValue>();
  const top = capture(exc, seen, opts);
  const queue: [TracebackException, PyBaseException][] = [[top, exc]];
  while (queue.length > 0) {
    const [te, e] = queue.pop()!;
    const causeExc = e.cause instanceof PyBaseException && !seen.has(e.cause) ? e.cause : null;
    const cause = causeExc !== null ? capture(causeExc, seen, opts) : null;
    const needContext = cause === null && !e.suppressContext;
    const contextExc = needContext && e.context instanceof PyBaseException && !seen.has(e.context) ? e.context : null;
    const context = contextExc !== null ? capture(contextExc, seen, opts) : null;
    let members: PyBaseException[] | null = null;
    if (e instanceof PyBaseExceptionGroup) {
      members = e.excs.items as PyBaseException[];
      te.exceptions = members.map((m) => capture(m, seen, opts));
    }
    te.cause = cause;
    te.context = context;
    if (cause !== null) queue.push([cause, causeExc!]);
    if (context !== null) queue.push([context, contextExc!]);
    if (members !== null) for (let i = 0; i < members.length; i++) queue.push([te.exceptions![i], members[i]]);
  }
  return top;
}

// ---- "Did you mean"

/** dir(obj) through obj.__dir__(), str entries only, sorted.  CPython: _get_safe___dir__ */
function safeDir(obj: PyValue): string[] {
  let d: PyValue;
  try {
    d = PyObject_CallMethod(obj, '__dir__', []);
  } catch (err) {
    if (!exceptionMatches(err as PyValue, PyExc_TypeError)) throw err;
    d = PyObject_Call(PyObject_GetAttr(typeOf(obj), '__dir__'), [obj]);
  }
  const names = iterableToArray(d)
    .filter(isStrValue)
    .map((x) => strValue(x));
  return names.sort(compareCodePoints);
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function lastFrame(tb: PyValue): Frame | null {
  if (!(tb instanceof PyTraceback)) return null;
  let t = tb;
  while (t.tb_next !== null) t = t.tb_next;
  return t.tb_frame;
}

function mappingKeys(m: PyValue): PyValue[] {
  if (m instanceof PyDict) return iterableToArray(m);
  return iterableToArray(m);
}

/** The name the user probably meant.  CPython: traceback._compute_suggestion_error */
function computeSuggestion(e: PyBaseException, wrong: PyValue): string | null {
  if (!isStrValue(wrong)) return null;
  const wrongName = strValue(wrong);
  let d: string[];
  if (e instanceof PyAttributeError || exceptionMatches(e, PyExc_AttributeError)) {
    try {
      const obj = optionalAttr(e, 'obj');
      d = safeDir(obj);
      let hideUnderscored = !wrongName.startsWith('_');
      const frame = lastFrame(e.traceback);
      if (hideUnderscored && frame !== null) {
        const locals = PyObject_GetAttr(frame, 'f_locals');
        if (PySequence_Contains(locals, 'self') && PyObject_GetItemSafe(locals, 'self') === obj) hideUnderscored = false;
      }
      if (hideUnderscored) d = d.filter((x) => !x.startsWith('_'));
    } catch {
      return null;
    }
  } else if (e instanceof PyImportError || exceptionMatches(e, PyExc_ImportError)) {
    try {
      const importFn = PyObject_GetAttr(interp().builtins, '__import__');
      const mod = PyObject_Call(importFn, [optionalAttr(e, 'name')]);
      d = safeDir(mod);
      if (!wrongName.startsWith('_')) d = d.filter((x) => !x.startsWith('_'));
    } catch {
      return null;
    }
  } else {
    void (e as PyNameError);
    const frame = lastFrame(e.traceback);
    if (frame === null) return null;
    const locals = PyObject_GetAttr(frame, 'f_locals');
    const all = [...mappingKeys(locals), ...mappingKeys(frame.f_globals), ...mappingKeys(builtinsObject(frame.f_builtins))];
    d = all.filter(isStrValue).map((x) => strValue(x));
    if (PySequence_Contains(locals, 'self')) {
      let has = false;
      try {
        const self = PyObject_GetItemSafe(locals, 'self');
        has = PyObject_LookupAttr(self, wrongName) !== undefined;
      } catch {
        has = false;
      }
      if (has) return `self.${wrongName}`;
    }
  }
  return calculateSuggestion(d, wrongName);
}

function PyObject_GetItemSafe(m: PyValue, key: string): PyValue {
  if (m instanceof PyDict) return m.getStr(key) ?? None;
  return PyObject_CallMethod(m, '__getitem__', [key]);
}

// ---- formatting

/** The exception line(s), notes included.  CPython: TracebackException.format_exception_only */
function formatExceptionOnly(te: TracebackException, theme: TracebackTheme, memo: Map<string, string[]>): string[] {
  const out: string[] = [];
  if (te.syntax === null) {
    out.push(te.str ? `${theme.type}${te.typeStr}${theme.reset}: ${theme.message}${te.str}${theme.reset}\n` : `${theme.type}${te.typeStr}${theme.reset}\n`);
  } else {
    const fields = { ...te.syntax, kind: te.typeStr };
    // Differs from CPython: a SyntaxError's own lines are not colored (syntax-error-display.ts).
    out.push(formatSyntaxError(fields, (f) => findKeywordTypos(f as SyntaxDetails, (name) => readTextFile(name, memo))));
  }
  if (te.notesError !== null) out.push(`${te.notesError}\n`);
  else if (te.notes !== undefined) {
    const notes = te.notes;
    if (isNoteSequence(notes)) {
      let items: PyValue[];
      try {
        items = iterableToArray(notes);
      } catch {
        items = [];
      }
      for (const note of items) for (const l of safeString(note, 'note').split('\n')) out.push(l + '\n');
    } else out.push(`${safeString(notes, '__notes__', PyObject_Repr)}\n`);
  }
  return out;
}

/** isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes)) */
function isNoteSequence(notes: PyValue): boolean {
  if (isStrValue(notes)) return false;
  if (notes instanceof PyList || notes instanceof PyTuple) return true;
  const t = typeOf(notes);
  if (t.tp_name === 'bytes' || exceptionMatchesName(t, 'bytes')) return false;
  if (['range', 'memoryview', 'bytearray'].some((n) => exceptionMatchesName(t, n))) return true;
  const abc = interp().modules.getStr('collections.abc') ?? interp().modules.getStr('_collections_abc');
  if (abc === undefined || abc === None) return false;
  try {
    return PyObject_IsInstance(notes, PyObject_GetAttr(abc, 'Sequence'));
  } catch {
    return false;
  }
}

function exceptionMatchesName(t: PyType, name: string): boolean {
  return t.tp_mro.some((b) => b.tp_name === name);
}

/** open(filename).read() for the keyword-typo search: UTF-8, universal newlines; null on failure. */
function readTextFile(filename: string, memo: Map<string, string[]>): string | null {
  void memo;
  try {
    const data = interp().host.readFile(filename);
    if (data === null) return null;
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data).replace(/\r\n?/g, '\n');
  } catch {
    return null;
  }
}

interface PrintContext {
  depth: number;
  needClose: boolean;
}

function emit(ctx: PrintContext, out: string[], texts: string | readonly string[], marginChar = '|'): void {
  let prefix = ' '.repeat(2 * ctx.depth);
  if (ctx.depth) prefix += marginChar + ' ';
  if (typeof texts === 'string') out.push(indentAll(texts, prefix));
  else for (const t of texts) out.push(indentAll(t, prefix));
}

/** The whole report of an exception.  CPython: TracebackException.format */
function format(top: TracebackException, ctx: PrintContext, out: string[], theme: TracebackTheme, memo: Map<string, string[]>): void {
  const chain: [string | null, TracebackException][] = [];
  let exc: TracebackException | null = top;
  while (exc !== null) {
    if (exc.cause !== null) {
      chain.push([CAUSE_MESSAGE, exc]);
      exc = exc.cause;
    } else if (exc.context !== null && !exc.suppressContext) {
      chain.push([CONTEXT_MESSAGE, exc]);
      exc = exc.context;
    } else {
      chain.push([null, exc]);
      exc = null;
    }
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, te] = chain[i];
    if (msg !== null) emit(ctx, out, msg);
    if (te.exceptions === null) {
      if (te.stack.length) {
        emit(ctx, out, 'Traceback (most recent call last):\n');
        emit(ctx, out, formatStack(te.stack, theme));
      }
      emit(ctx, out, formatExceptionOnly(te, theme, memo));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, out, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      formatGroup(te, ctx, out, theme, memo);
    }
  }
}

function formatGroup(te: TracebackException, ctx: PrintContext, out: string[], theme: TracebackTheme, memo: Map<string, string[]>): void {
  const isToplevel = ctx.depth === 0;
  if (isToplevel) ctx.depth++;
  if (te.stack.length) {
    emit(ctx, out, 'Exception Group Traceback (most recent call last):\n', isToplevel ? '+' : '|');
    emit(ctx, out, formatStack(te.stack, theme));
  }
  emit(ctx, out, formatExceptionOnly(te, theme, memo));
  const excs = te.exceptions!;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    out.push(' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`);
    ctx.depth++;
    if (!truncated) format(excs[i], ctx, out, theme, memo);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      emit(ctx, out, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out.push(' '.repeat(2 * ctx.depth) + '+------------------------------------\n');
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (isToplevel) ctx.depth = 0;
}

/** sys.tracebacklimit as _print_exception_bltin applies it: null for no limit. */
function tracebackLimit(): number | null {
  const v = interp().sys.ob_dict.getStr('tracebacklimit');
  if (v === undefined || v === None || !isIntValue(v)) return null;
  const n = intValue(v);
  if (typeof n === 'bigint') return n < 0n ? 0 : Number.MAX_SAFE_INTEGER;
  return n < 0 ? 0 : n;
}

/**
 * What CPython prints for an uncaught exception (sys.excepthook's text), or for
 * traceback.print_exception(e).  `colorize` follows _colorize.can_colorize(file=sys.stderr).
 */
export function formatException(e: PyValue, colorize = false): string {
  if (!(e instanceof PyBaseException)) return `${excTypeStrSafe(e)}\n`;
  const memo = new Map<string, string[]>();
  try {
    const te = captureChain(e, { limit: tracebackLimit(), memo });
    const out: string[] = [];
    format(te, { depth: 0, needClose: false }, out, colorize ? ANSI_THEME : NO_COLOR, memo);
    return out.join('');
  } catch {
    // As CPython falls back to its C printer when the traceback module fails.
    return fallbackFormat(e);
  }
}

function excTypeStrSafe(e: PyValue): string {
  try {
    return excTypeStr(typeOf(e));
  } catch {
    return typeOf(e).tp_name;
  }
}

/**
 * A traceback as the C printer writes it: no markers, source lines with their indentation removed,
 * only from files that can be opened. sys.unraisablehook uses it.  CPython: PyTraceBack_Print
 */
export function formatTracebackC(tb: PyValue): string {
  if (!(tb instanceof PyTraceback)) return '';
  let limit = 1000;
  const v = interp().sys.ob_dict.getStr('tracebacklimit');
  if (v !== undefined && isIntValue(v)) {
    const n = intValue(v);
    if (typeof n === 'bigint' ? n <= 0n : n <= 0) return '';
    limit = typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
  }
  const entries: PyTraceback[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.tb_next) entries.push(t);
  let out = 'Traceback (most recent call last):\n';
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
  };
  for (const t of entries.slice(Math.max(0, entries.length - limit))) {
    const co = t.tb_frame.f_code;
    const lineno = t.tb_lineno;
    if (lastFile === null || co.co_filename !== lastFile || lastLine === -1 || lineno !== lastLine || lastName === null || co.co_name !== lastName) {
      repeated();
      lastFile = co.co_filename;
      lastLine = lineno;
      lastName = co.co_name;
      count = 0;
    }
    count++;
    if (count > 3) continue;
    out += `  File "${co.co_filename}", line ${lineno}, in ${co.co_name}\n`;
    const line = sourceLineC(co.co_filename, lineno);
    if (line !== null) out += `    ${line}\n`;
  }
  repeated();
  return out;
}

/** The line the C printer shows: from a file it can open, leading spaces, tabs and form feeds removed. */
function sourceLineC(filename: string, lineno: number): string | null {
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  // Differs from CPython only where CPython could open the file and pyts cannot: files inside the
  // stdlib zip are not opened (CPython reads only the file system here).
  if (filename.startsWith(STDLIB_ZIP_PATH + '/')) return null;
  const lines = getLines(filename);
  if (lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1].replace(/^[ \t\f]+/, '');
}

/** The C printer's plainer report, for when the full one fails.  CPython: print_exception_recursive */
function fallbackFormat(e: PyBaseException, seen = new Set<PyValue>()): string {
  seen.add(e);
  let out = '';
  if (e.cause instanceof PyBaseException && !seen.has(e.cause)) out += fallbackFormat(e.cause, seen) + CAUSE_MESSAGE;
  else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) out += fallbackFormat(e.context, seen) + CONTEXT_MESSAGE;
  if (e.traceback instanceof PyTraceback) {
    out += 'Traceback (most recent call last):\n';
    for (let t: PyTraceback | null = e.traceback; t !== null; t = t.tb_next) {
      const co = t.tb_frame.f_code;
      out += `  File "${co.co_filename}", line ${t.tb_lineno < 0 ? '?' : t.tb_lineno}, in ${co.co_name}\n`;
    }
  }
  const s = safeString(e, 'exception');
  return out + (s ? `${excTypeStrSafe(e)}: ${s}\n` : `${excTypeStrSafe(e)}\n`);
}

/** PySys_WriteStderr: text to sys.stderr (or the process's stderr without one). */
export function writeSysStderr(text: string): void {
  const ip = interp();
  const err = ip.sys.ob_dict.getStr('stderr');
  if (err === undefined || err === None) {
    ip.host.writeStderr(text);
    return;
  }
  try {
    PyObject_CallMethod(err, 'write', [text]);
  } catch {
    // PySys_WriteStderr ignores errors.
  }
}

/**
 * Prints an exception report to sys.stderr, giving it `tb` when it has no traceback yet: what the
 * default sys.excepthook does.  CPython: PyErr_Display, _PyErr_Display
 */
export function displayException(value: PyValue, tb: PyValue = None): void {
  const ip = interp();
  const file = ip.sys.ob_dict.getStr('stderr');
  if (file === undefined) {
    ip.host.writeStderr('lost sys.stderr\n');
    return;
  }
  if (file === None) return;
  let text: string;
  if (value instanceof PyBaseException) {
    if (tb instanceof PyTraceback && value.traceback === None) value.traceback = tb;
    text = formatException(value, canColorize(file));
  } else {
    // traceback.print_exception raises; the C printer then reports the bad value.
    text = `TypeError: print_exception(): Exception expected for value, ${typeOf(value).tp_name} found\n`;
  }
  try {
    PyObject_CallMethod(file, 'write', [text]);
  } catch {
    ip.host.writeStderr(text);
  }
  try {
    PyObject_CallMethod(file, 'flush', []);
  } catch {
    // as PyErr_Display: flush errors are ignored
  }
}

/** _colorize.can_colorize(file=file) */
export function canColorize(file: PyValue): boolean {
  const ip = interp();
  let env: Record<string, string>;
  try {
    env = ip.host.env();
  } catch {
    return false;
  }
  let ignoreEnv = false;
  try {
    ignoreEnv = PyObject_IsTrue(PyObject_GetAttr(PyObject_GetAttr(ip.sys, 'flags'), 'ignore_environment'));
  } catch {
    ignoreEnv = false;
  }
  if (!ignoreEnv) {
    if (env.PYTHON_COLORS === '0') return false;
    if (env.PYTHON_COLORS === '1') return true;
  }
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return true;
  if (env.TERM === 'dumb') return false;
  try {
    if (PyObject_LookupAttr(file, 'fileno') === undefined) return false;
    const fd = PyObject_CallMethod(file, 'fileno', []);
    return isIntValue(fd) && ip.host.isatty(Number(intValue(fd)));
  } catch {
    return false;
  }
}
