// The builtins module: its functions, with CPython's argument handling and error messages, and the
// builtin types and exceptions it exposes.  CPython: Python/bltinmodule.c
// compile/exec/eval/globals/locals/vars/dir are in exec.ts, map/filter/zip in functional.ts,
// __build_class__'s work in build-class.ts, anext()'s awaitable in anext.ts.
import { nativeHeld } from '../../vm/gc-state.ts';
import { None, NotImplemented, Ellipsis, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, typeOf } from '../../objects/type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyComplex } from '../../objects/complex.ts';
import * as A from '../../objects/abstract.ts';
import { PyObject_ReprObject, PyObject_ASCIIObject } from '../../objects/slotdefs.ts';
import { PyObject_Format } from '../../objects/format.ts';
import { PyObject_Id } from '../../objects/id.ts';
import * as E from '../../objects/exceptions.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { IntType, intToFloat } from '../../objects/int.ts';
import { BoolType } from '../../objects/bool.ts';
import { FloatType } from '../../objects/float.ts';
import { ComplexType } from '../../objects/complex.ts';
import { StrType } from '../../objects/str/index.ts';
import { TupleType } from '../../objects/tuple.ts';
import { ListType } from '../../objects/list.ts';
import { DictType } from '../../objects/dict-type.ts';
import { SetType, FrozenSetType } from '../../objects/set-type.ts';
import { SliceType } from '../../objects/slice.ts';
import { RangeType } from '../../objects/range.ts';
import { BytesType, PyBytes } from '../../objects/bytes.ts';
import { ByteArrayType, PyByteArray } from '../../objects/bytearray.ts';
import { MemoryViewType } from '../../objects/memoryview.ts';
import { ObjectType, TypeType } from '../../objects/typeobject.ts';
import { PropertyType } from '../../objects/property.ts';
import { StaticMethodType, ClassMethodType } from '../../objects/function.ts';
import { SuperType } from '../../objects/super.ts';
import { EnumerateType, ReversedType } from '../../objects/enumobject.ts';
import { PyCallIter } from '../../objects/iterobject.ts';
import { iterNextRaising } from '../../objects/genobject.ts';
import { codePointValues } from '../../objects/str/codepoints.ts';
import { MapType, FilterType, ZipType } from './functional.ts';
import { buildClass } from './build-class.ts';
import { PyAnextAwaitable } from './anext.ts';
import { builtinCompile, builtinExec, builtinEval, builtinGlobals, builtinLocals, builtinVars, builtinDir } from './exec.ts';
import { builtinImport } from '../../runtime/import.ts';
import { ioOpen } from '../_io/index.ts';
import { interp } from '../../vm/interpreter.ts';
import type { PyModule } from '../../objects/module.ts';
import { configOf } from '../../runtime/config.ts';
import { sysAudit } from '../sys.ts';
import { withDocs, moduleDoc } from '../docs.ts';

type V = PyValue;
type Args = V[];

// ---- printing and reading ----

/** file.write(s) as PyFile_WriteObject with Py_PRINT_RAW: str(obj), written through file.write. */
function fileWrite(file: V, s: V): void {
  A.PyObject_Call(A.PyObject_GetAttr(file, 'write'), [isStrValue(s) ? s : A.PyObject_Str(s)], null);
}

/** The sys attribute `name`, which must exist.  CPython: _PySys_GetRequiredAttr */
function sysRequired(name: string): V {
  const v = interp().sys.ob_dict.getStr(name);
  if (v === undefined) throw E.runtimeError(`lost sys.${name}`);
  return v;
}

/** print(*args, sep=' ', end='\n', file=None, flush=False).  CPython: builtin_print_impl */
function print(_m: V, args: Args, sep: V, end: V, file: V, flush: V): V {
  if (file === None) {
    file = sysRequired('stdout');
    if (file === None) return None;
  }
  if (sep !== None && !isStrValue(sep)) throw E.typeError(`sep must be None or a string, not ${typeOf(sep).tp_name}`);
  if (end !== None && !isStrValue(end)) throw E.typeError(`end must be None or a string, not ${typeOf(end).tp_name}`);
  for (let i = 0; i < args.length; i++) {
    if (i > 0) fileWrite(file, sep === None ? ' ' : sep);
    fileWrite(file, args[i]);
  }
  fileWrite(file, end === None ? '\n' : end);
  if (A.PyObject_IsTrue(flush)) A.PyObject_CallMethod(file, 'flush', []);
  return None;
}

/** file.readline() without its newline; EOFError at the end.  CPython: PyFile_GetLine(f, -1) */
function fileGetLine(f: V): V {
  const line = A.PyObject_CallMethod(f, 'readline', []);
  if (isStrValue(line)) {
    const s = strValue(line);
    if (s.length === 0) throw E.newException(E.PyExc_EOFError, ['EOF when reading a line']);
    return s.endsWith('\n') ? s.slice(0, -1) : line;
  }
  if (line instanceof PyBytes) {
    const b = line.data;
    if (b.length === 0) throw E.newException(E.PyExc_EOFError, ['EOF when reading a line']);
    return b[b.length - 1] === 10 ? new PyBytes(b.slice(0, -1)) : line;
  }
  throw E.typeError('object.readline() returned non-string');
}

/** input(prompt='').  CPython: builtin_input_impl (the non-interactive path: pyts has no readline) */
function input(_m: V, prompt: V | undefined): V {
  const fin = sysRequired('stdin');
  if (fin === None) throw E.runtimeError('lost sys.stdin');
  const fout = sysRequired('stdout');
  if (fout === None) throw E.runtimeError('lost sys.stdout');
  const ferr = sysRequired('stderr');
  if (ferr === None) throw E.runtimeError('lost sys.stderr');
  // The streams stay alive while their methods run, even if those replace sys.std* (gh-130163).
  const held = nativeHeld.length;
  nativeHeld.push(fin, fout, ferr);
  try {
    sysAudit('builtins.input', [prompt ?? None]);
    try {
      A.PyObject_CallMethod(ferr, 'flush', []);
    } catch {
      // ignored, as CPython does
    }
    // The signature's default '' stands for "no prompt" (CPython's NULL): nothing is written.
    if (prompt !== undefined && prompt !== '') fileWrite(fout, prompt);
    try {
      A.PyObject_CallMethod(fout, 'flush', []);
    } catch {
      // ignored
    }
    return fileGetLine(fin);
  } finally {
    nativeHeld.length = held;
  }
}

// ---- numbers ----

/** bin/oct/hex: the integer in base 2, 8 or 16 with its prefix.  CPython: PyNumber_ToBase */
function toBase(v: V, base: 2 | 8 | 16): V {
  const n = A.PyNumber_Index(v);
  const neg = n < 0;
  const digits = typeof n === 'bigint' ? (neg ? -n : n).toString(base) : Math.abs(n).toString(base);
  return (neg ? '-' : '') + (base === 2 ? '0b' : base === 8 ? '0o' : '0x') + digits;
}

/** round(number, ndigits=None).  CPython: builtin_round_impl */
function round(_m: V, number: V, ndigits: V): V {
  const r = A.lookupSpecial(number, '__round__');
  if (r === null) throw E.typeError(`type ${typeOf(number).tp_name} doesn't define __round__ method`);
  return ndigits === None ? A.PyObject_Call(r, [], null) : A.PyObject_Call(r, [ndigits], null);
}

/** Neumaier's compensated sum.  CPython: cs_add, cs_to_double */
class CompensatedSum {
  constructor(
    public hi: number,
    public lo = 0,
  ) {}
  add(x: number): void {
    const t = this.hi + x;
    if (Math.abs(this.hi) >= Math.abs(x)) this.lo += this.hi - t + x;
    else this.lo += x - t + this.hi;
    this.hi = t;
  }
  value(): number {
    return this.lo !== 0 && Number.isFinite(this.lo) ? this.hi + this.lo : this.hi;
  }
}

function isExactInt(v: V): boolean {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** sum(iterable, /, start=0): exact ints, compensated floats and complexes, then __add__.  CPython: builtin_sum_impl */
function sum(_m: V, iterable: V, start: V): V {
  const it = A.PyObject_GetIter(iterable);
  let result: V;
  {
    if (isStrValue(start)) throw E.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (start instanceof PyBytes) throw E.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (start instanceof PyByteArray) throw E.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    result = start;
  }
  let item: V | undefined;
  if (isExactInt(result)) {
    let acc = result as number | bigint;
    for (;;) {
      item = A.PyIter_Next(it);
      if (item === undefined) return acc;
      if (isExactInt(item) || typeof item === 'boolean') {
        const b = typeof item === 'boolean' ? (item ? 1 : 0) : (item as number | bigint);
        if (typeof acc === 'number' && typeof b === 'number') {
          const s = acc + b;
          if (Number.isSafeInteger(s)) acc = s;
          else acc = BigInt(acc) + BigInt(b);
        } else {
          const s = BigInt(acc) + BigInt(b);
          acc = s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s;
        }
        continue;
      }
      result = A.PyNumber_Add(acc, item);
      break;
    }
  }
  if (result instanceof PyFloat && typeOf(result) === FloatType) {
    const cs = new CompensatedSum(result.value);
    for (;;) {
      item = A.PyIter_Next(it);
      if (item === undefined) return new PyFloat(cs.value());
      if (item instanceof PyFloat && typeOf(item) === FloatType) {
        cs.add(item.value);
        continue;
      }
      if (isIntValue(item)) {
        cs.add(intToFloat(A.PyNumber_Index(item)));
        continue;
      }
      result = A.PyNumber_Add(new PyFloat(cs.value()), item);
      break;
    }
  }
  if (result instanceof PyComplex && typeOf(result) === ComplexType) {
    const re = new CompensatedSum(result.real);
    const im = new CompensatedSum(result.imag);
    for (;;) {
      item = A.PyIter_Next(it);
      if (item === undefined) return new PyComplex(re.value(), im.value());
      if (item instanceof PyComplex && typeOf(item) === ComplexType) {
        re.add(item.real);
        im.add(item.imag);
        continue;
      }
      if (isIntValue(item)) {
        re.add(intToFloat(A.PyNumber_Index(item)));
        continue;
      }
      if (item instanceof PyFloat) {
        re.add(item.value);
        continue;
      }
      result = A.PyNumber_Add(new PyComplex(re.value(), im.value()), item);
      break;
    }
  }
  for (;;) {
    item = A.PyIter_Next(it);
    if (item === undefined) return result;
    result = A.PyNumber_Add(result, item);
  }
}

/** min()/max() with the key and default keywords.  CPython: min_max */
function minmax(op: 'min' | 'max', args: Args, kwargs: PyDict | null): V {
  if (args.length === 0) throw E.typeError(`${op} expected at least 1 argument, got 0`);
  let key: V = None;
  let dflt: V | undefined;
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = strValue(kwargs.keys[i]);
      if (k === 'key') key = kwargs.values[i];
      else if (k === 'default') dflt = kwargs.values[i];
      else throw E.typeError(`${op}() got an unexpected keyword argument '${k}'`);
    }
  }
  const positional = args.length > 1;
  if (positional && dflt !== undefined) throw E.typeError(`Cannot specify a default for ${op}() with multiple positional arguments`);
  const it = positional ? null : A.PyObject_GetIter(args[0]);
  const cmp = op === 'min' ? 0 /* Py_LT */ : 4; /* Py_GT */
  let best: V | undefined;
  let bestVal: V | undefined;
  for (let i = 0; ; i++) {
    let item: V | undefined;
    if (it === null) {
      if (i >= args.length) break;
      item = args[i];
    } else {
      item = A.PyIter_Next(it);
      if (item === undefined) break;
    }
    const val = key === None ? item : A.PyObject_Call(key, [item], null);
    if (bestVal === undefined || A.PyObject_RichCompareBool(val, bestVal, cmp)) {
      best = item;
      bestVal = val;
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw E.valueError(`${op}() iterable argument is empty`);
  }
  return best;
}

// ---- characters ----

/** chr(i): out-of-range values (however large) are a ValueError.  CPython: builtin_chr */
function chr(_m: V, i: V): V {
  if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean' && A.lookupSpecial(i, '__index__') === null) {
    throw E.typeError(`'${typeOf(i).tp_name}' object cannot be interpreted as an integer`);
  }
  const v = A.PyNumber_Index(i);
  if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) throw E.valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(v);
}

/** ord(c): one character of a str, bytes or bytearray.  CPython: builtin_ord */
function ord(_m: V, c: V): V {
  let size: number;
  if (c instanceof PyBytes) {
    if (c.data.length === 1) return c.data[0];
    size = c.data.length;
  } else if (isStrValue(c)) {
    const s = strValue(c);
    const cp = s.codePointAt(0);
    // One code point: one UTF-16 unit, or a surrogate pair.
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
    size = codePointValues(s).length;
  } else if (c instanceof PyByteArray) {
    if (c.len === 1) return c.buf[0];
    size = c.len;
  } else throw E.typeError(`ord() expected string of length 1, but ${typeOf(c).tp_name} found`);
  throw E.typeError(`ord() expected a character, but string of length ${size} found`);
}

// ---- attributes, iteration, identity ----

/** getattr(object, name[, default]).  CPython: builtin_getattr */
function getattr(_m: V, args: Args): V {
  if (args.length < 2) throw E.typeError(`getattr expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw E.typeError(`getattr expected at most 3 arguments, got ${args.length}`);
  const name = A.attrName(args[1]);
  if (args.length === 3) return A.PyObject_LookupAttr(args[0], name) ?? args[2];
  return A.PyObject_GetAttr(args[0], name);
}

/** iter(object[, sentinel]).  CPython: builtin_iter */
function iter(_m: V, args: Args): V {
  if (args.length < 1) throw E.typeError('iter expected at least 1 argument, got 0');
  if (args.length > 2) throw E.typeError(`iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) return A.PyObject_GetIter(args[0]);
  if (typeOf(args[0]).tp_call === null) throw E.typeError('iter(v, w): v must be callable');
  return new PyCallIter(args[0], args[1]);
}

/** next(iterator[, default]).  CPython: builtin_next */
function next(_m: V, args: Args): V {
  if (args.length < 1) throw E.typeError('next expected at least 1 argument, got 0');
  if (args.length > 2) throw E.typeError(`next expected at most 2 arguments, got ${args.length}`);
  const it = args[0];
  const f = typeOf(it).tp_iternext;
  if (f === null) throw E.typeError(`'${typeOf(it).tp_name}' object is not an iterator`);
  if (args.length === 1) return iterNextRaising(it);
  let r: V | undefined;
  try {
    r = f(it);
  } catch (e) {
    if (e instanceof PyObject && E.exceptionMatches(e, E.PyExc_StopIteration)) return args[1];
    throw e;
  }
  return r === undefined ? args[1] : r;
}

/** aiter(async_iterable).  CPython: PyObject_GetAIter */
function aiter(_m: V, o: V): V {
  const t = typeOf(o);
  if (t.am_aiter === null) throw E.typeError(`'${t.tp_name}' object is not an async iterable`);
  const it = t.am_aiter(o);
  if (typeOf(it).am_anext === null) throw E.typeError(`aiter() returned not an async iterator of type '${typeOf(it).tp_name}'`);
  return it;
}

/** anext(aiterator[, default]).  CPython: builtin_anext_impl */
function anext(_m: V, aiterator: V, dflt: V | undefined): V {
  const t = typeOf(aiterator);
  if (t.am_anext === null) throw E.typeError(`'${t.tp_name}' object is not an async iterator`);
  const awaitable = t.am_anext(aiterator);
  return dflt === undefined ? awaitable : new PyAnextAwaitable(awaitable, dflt);
}

/** breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).  CPython: builtin_breakpoint */
function breakpoint(_m: V, args: Args, kwargs: PyDict | null): V {
  const hook = interp().sys.ob_dict.getStr('breakpointhook');
  if (hook === undefined) throw E.runtimeError('lost sys.breakpointhook');
  sysAudit('builtins.breakpoint', [hook]);
  const all = [...args];
  const names: string[] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      all.push(kwargs.values[i]);
    }
  }
  return A.PyObject_Call(hook, all, names.length > 0 ? names : null);
}

/** sorted(iterable, /, *, key=None, reverse=False): list.sort checks the keywords.  CPython: builtin_sorted */
function sorted(_m: V, args: Args, kwargs: PyDict | null): V {
  if (args.length !== 1) throw E.typeError(`sorted expected 1 argument, got ${args.length}`);
  const l = new PyList(A.iterableToArray(args[0]));
  const vals: V[] = [];
  const names: string[] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      vals.push(kwargs.values[i]);
    }
  }
  A.PyObject_Call(A.PyObject_GetAttr(l, 'sort'), vals, names.length > 0 ? names : null);
  return l;
}

/** __build_class__(func, name, /, *bases, [metaclass], **kwds).  CPython: builtin___build_class__ */
function buildClassImpl(_m: V, args: Args, kwargs: PyDict | null): V {
  if (args.length < 2) throw E.typeError('__build_class__: not enough arguments');
  return buildClass(args[0], args[1], args.slice(2), kwargs);
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0).  CPython: builtin___import___impl */
function importImpl(_m: V, name: V, globals: V, locals: V, fromlist: V, level: V): V {
  if (typeof level !== 'number') {
    if (typeof level === 'boolean') level = level ? 1 : 0;
    else {
      if (!isIntValue(level) && A.lookupSpecial(level, '__index__') === null) throw E.typeError(`'${typeOf(level).tp_name}' object cannot be interpreted as an integer`);
      const n = A.PyNumber_Index(level);
      if (typeof n === 'bigint') throw E.overflowError('Python int too large to convert to C int');
      level = n;
    }
  }
  return builtinImport(name, globals, locals, fromlist, level);
}

function formatBuiltin(_m: V, value: V, spec: V): V {
  if (!isStrValue(spec)) throw E.typeError(`format() argument 2 must be str, not ${typeOf(spec).tp_name}`);
  return PyObject_Format(value, spec);
}

function id(_m: V, o: V): V {
  const r = PyObject_Id(o);
  sysAudit('builtins.id', [r]);
  return r;
}

function iterAll(o: V, want: boolean): boolean {
  const it = A.PyObject_GetIter(o);
  for (let x = A.PyIter_Next(it); x !== undefined; x = A.PyIter_Next(it)) if (A.PyObject_IsTrue(x) === want) return true;
  return false;
}

export const builtinsModule = defineModule({
  name: 'builtins',
  doc: moduleDoc('builtins'),
  init: recordCommonConstants,
  functions: withDocs('builtins', {
    __build_class__: { sig: '($module, *args, **kwargs)', impl: buildClassImpl },
    __import__: { sig: '($module, /, name, globals=None, locals=None, fromlist=(), level=0)', impl: importImpl },
    abs: { sig: '($module, x, /)', impl: (_m: V, x: V) => A.PyNumber_Absolute(x) },
    aiter: { sig: '($module, async_iterable, /)', impl: aiter },
    all: { sig: '($module, iterable, /)', impl: (_m: V, o: V) => !iterAll(o, false) },
    anext: { sig: '($module, aiterator, default=<unrepresentable>, /)', impl: anext },
    any: { sig: '($module, iterable, /)', impl: (_m: V, o: V) => iterAll(o, true) },
    ascii: { sig: '($module, obj, /)', impl: (_m: V, o: V) => PyObject_ASCIIObject(o) },
    bin: { sig: '($module, number, /)', impl: (_m: V, n: V) => toBase(n, 2) },
    breakpoint: { sig: '($module, /, *args, **kws)', impl: breakpoint },
    callable: { sig: '($module, obj, /)', impl: (_m: V, o: V) => typeOf(o).tp_call !== null },
    chr: { sig: '($module, i, /)', impl: chr },
    compile: { sig: '($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)', impl: builtinCompile },
    delattr: { sig: '($module, obj, name, /)', impl: (_m: V, o: V, name: V) => (A.PyObject_SetAttr(o, A.attrName(name), null), None) },
    dir: { sig: '($module, *args)', impl: builtinDir },
    divmod: { sig: '($module, x, y, /)', impl: (_m: V, x: V, y: V) => A.PyNumber_Divmod(x, y) },
    eval: { sig: '($module, source, /, globals=None, locals=None)', impl: builtinEval },
    exec: { sig: '($module, source, /, globals=None, locals=None, *, closure=None)', impl: builtinExec },
    format: { sig: "($module, value, format_spec='', /)", impl: formatBuiltin },
    getattr: { sig: '($module, *args)', impl: getattr },
    globals: { sig: '($module, /)', impl: builtinGlobals },
    hasattr: { sig: '($module, obj, name, /)', impl: (_m: V, o: V, name: V) => A.PyObject_LookupAttr(o, A.attrName(name)) !== undefined },
    hash: { sig: '($module, obj, /)', impl: (_m: V, o: V) => A.PyObject_Hash(o) },
    hex: { sig: '($module, number, /)', impl: (_m: V, n: V) => toBase(n, 16) },
    id: { sig: '($module, obj, /)', impl: id },
    input: { sig: "($module, prompt='', /)", impl: input },
    isinstance: { sig: '($module, obj, class_or_tuple, /)', impl: (_m: V, o: V, c: V) => A.PyObject_IsInstance(o, c) },
    issubclass: { sig: '($module, cls, class_or_tuple, /)', impl: (_m: V, o: V, c: V) => A.PyObject_IsSubclass(o, c) },
    iter: { sig: '($module, *args)', impl: iter },
    len: { sig: '($module, obj, /)', impl: (_m: V, o: V) => A.builtinLen(o) },
    locals: { sig: '($module, /)', impl: builtinLocals },
    max: { sig: '($module, *args, **kwargs)', impl: (_m: V, a: Args, k: PyDict | null) => minmax('max', a, k) },
    min: { sig: '($module, *args, **kwargs)', impl: (_m: V, a: Args, k: PyDict | null) => minmax('min', a, k) },
    next: { sig: '($module, *args)', impl: next },
    oct: { sig: '($module, number, /)', impl: (_m: V, n: V) => toBase(n, 8) },
    open: {
      sig: "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
      impl: ioOpen,
    },
    ord: { sig: '($module, c, /)', impl: ord },
    pow: { sig: '($module, /, base, exp, mod=None)', impl: (_m: V, b: V, e: V, mod: V) => A.PyNumber_Power(b, e, mod) },
    print: { sig: "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)", impl: print },
    repr: { sig: '($module, obj, /)', impl: (_m: V, o: V) => PyObject_ReprObject(o) },
    round: { sig: '($module, /, number, ndigits=None)', impl: round },
    setattr: { sig: '($module, obj, name, value, /)', impl: (_m: V, o: V, name: V, v: V) => (A.PyObject_SetAttr(o, A.attrName(name), v), None) },
    sorted: { sig: '($module, iterable, /, *, key=None, reverse=False)', callSig: '($module, *args, **kwargs)', impl: sorted },
    sum: { sig: '($module, iterable, /, start=0)', impl: sum },
    vars: { sig: '($module, *args)', impl: builtinVars },
  }),
  constants: () => {
    const c: Record<string, V> = {
      None: None,
      Ellipsis: Ellipsis,
      NotImplemented: NotImplemented,
      True: true,
      False: false,
      __debug__: configOf(interp()).optimize === 0,
      int: IntType,
      bool: BoolType,
      float: FloatType,
      complex: ComplexType,
      str: StrType,
      bytes: BytesType,
      bytearray: ByteArrayType,
      memoryview: MemoryViewType,
      tuple: TupleType,
      list: ListType,
      dict: DictType,
      set: SetType,
      frozenset: FrozenSetType,
      slice: SliceType,
      range: RangeType,
      object: ObjectType,
      type: TypeType,
      property: PropertyType,
      staticmethod: StaticMethodType,
      classmethod: ClassMethodType,
      super: SuperType,
      enumerate: EnumerateType,
      reversed: ReversedType,
      map: MapType,
      filter: FilterType,
      zip: ZipType,
    };
    for (const [k, v] of Object.entries(E)) {
      if (k.startsWith('PyExc_') && v instanceof PyType) c[k === 'PyExc_IncompleteInputError' ? '_IncompleteInputError' : k.slice(6)] = v;
    }
    c.EnvironmentError = E.PyExc_OSError;
    c.IOError = E.PyExc_OSError;
    return c;
  },
});

/** all and any as created, which the compiler's inlined all()/any() compare the global against. */
function recordCommonConstants(m: PyModule): void {
  const ip = interp();
  ip.commonAll = m.ob_dict.getStr('all') ?? null;
  ip.commonAny = m.ob_dict.getStr('any') ?? null;
}
