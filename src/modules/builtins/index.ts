// The builtins module.  CPython: Python/bltinmodule.c
// TODO(#4): open(), breakpoint(), aiter()/anext(), memoryview/bytearray types; every argument error
// checked against CPython.
import { None, NotImplemented, Ellipsis, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, typeOf } from '../../objects/type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyCode } from '../../objects/code.ts';
import * as A from '../../objects/abstract.ts';
import { PyObject_Format, PyObject_ASCII } from '../../objects/format.ts';
import { PyObject_Id } from '../../objects/id.ts';
import { typeError, valueError, newException, PyExc_StopIteration, PyExc_EOFError, overflowError } from '../../objects/exceptions.ts';
import * as E from '../../objects/exceptions.ts';
import { isStrValue, strValue, isIntValue, intValue } from '../../objects/boxes.ts';
import { intAdd, intToFloat, IntType } from '../../objects/int.ts';
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
import { ByteArrayType } from '../../objects/bytearray.ts';
import { MemoryViewType } from '../../objects/memoryview.ts';
import { ObjectType, TypeType } from '../../objects/typeobject.ts';
import { PropertyType } from '../../objects/property.ts';
import { StaticMethodType, ClassMethodType } from '../../objects/function.ts';
import { SuperType } from '../../objects/super.ts';
import { EnumerateType, ReversedType } from '../../objects/enumobject.ts';
import { MapType, FilterType, ZipType } from './functional.ts';
import { buildClass } from './build-class.ts';
import { builtinImport } from '../../runtime/import.ts';
import { ioOpen } from '../_io/index.ts';
import { compileSource, runCode } from '../../runtime/exec.ts';
import { tstate } from '../../vm/thread-state.ts';
import { fastLocalsSnapshot } from '../../objects/frameobject.ts';
import { interp } from '../../vm/interpreter.ts';
import { PyCallIter } from '../../objects/iterobject.ts';
import { PyCell } from '../../objects/function.ts';
import { codePointValues } from '../../objects/str/codepoints.ts';
import { intToDecimalString } from '../../objects/int.ts';

type Args = PyValue[];

function print(_m: PyValue, args: Args, sep: PyValue, end: PyValue, file: PyValue, flush: PyValue): void {
  if (file === None) file = A.PyObject_GetAttr(interp().sys, 'stdout');
  if (file === None) return;
  if (sep !== None && !isStrValue(sep)) throw typeError(`sep must be None or a string, not ${typeOf(sep).tp_name}`);
  if (end !== None && !isStrValue(end)) throw typeError(`end must be None or a string, not ${typeOf(end).tp_name}`);
  const write = A.PyObject_GetAttr(file, 'write');
  const sepS = sep === None ? ' ' : strValue(sep);
  for (let i = 0; i < args.length; i++) {
    if (i > 0) A.PyObject_Call(write, [sepS], null);
    A.PyObject_Call(write, [A.PyObject_Str(args[i])], null);
  }
  A.PyObject_Call(write, [end === None ? '\n' : strValue(end)], null);
  if (A.PyObject_IsTrue(flush)) A.PyObject_CallMethod(file, 'flush', []);
}

function len(_m: PyValue, o: PyValue): PyValue {
  return A.PyObject_Length(o);
}

function repr(_m: PyValue, o: PyValue): PyValue {
  return A.PyObject_Repr(o);
}

function abs(_m: PyValue, o: PyValue): PyValue {
  return A.PyNumber_Absolute(o);
}

function iterAll(o: PyValue, want: boolean): boolean {
  const it = A.PyObject_GetIter(o);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (A.PyObject_IsTrue(x) === want) return true;
  return false;
}

function isinstance(_m: PyValue, o: PyValue, cls: PyValue): PyValue {
  return A.PyObject_IsInstance(o, cls);
}

function issubclass(_m: PyValue, c: PyValue, cls: PyValue): PyValue {
  return A.PyObject_IsSubclass(c, cls);
}

function getattr(_m: PyValue, args: Args): PyValue {
  if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`);
  const name = A.attrName(args[1]);
  if (args.length === 3) return A.PyObject_LookupAttr(args[0], name) ?? args[2];
  return A.PyObject_GetAttr(args[0], name);
}

function iter(_m: PyValue, args: Args): PyValue {
  if (args.length < 1) throw typeError('iter expected at least 1 argument, got 0');
  if (args.length > 2) throw typeError(`iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) return A.PyObject_GetIter(args[0]);
  if (typeOf(args[0]).tp_call === null) throw typeError('iter(v, w): v must be callable');
  return new PyCallIter(args[0], args[1]);
}

function next(_m: PyValue, args: Args): PyValue {
  if (args.length < 1) throw typeError('next expected at least 1 argument, got 0');
  if (args.length > 2) throw typeError(`next expected at most 2 arguments, got ${args.length}`);
  const it = args[0];
  const f = typeOf(it).tp_iternext;
  if (f === null) throw typeError(`'${typeOf(it).tp_name}' object is not an iterator`);
  let r: PyValue | undefined;
  try {
    r = f(it);
  } catch (e) {
    if (args.length === 2 && e instanceof PyObject && E.exceptionMatches(e, PyExc_StopIteration)) return args[1];
    throw e;
  }
  if (r !== undefined) return r;
  if (args.length === 2) return args[1];
  throw newException(PyExc_StopIteration, []);
}

function minmax(name: 'min' | 'max', args: Args, kwargs: PyDict | null): PyValue {
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = strValue(kwargs.keys[i]);
      if (k === 'key') key = kwargs.values[i];
      else if (k === 'default') dflt = kwargs.values[i];
      else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  let items: PyValue[];
  if (args.length === 1) items = A.iterableToArray(args[0]);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() iterable argument is empty`);
  }
  const op = name === 'min' ? 0 /* LT */ : 4; /* GT */
  let best = items[0];
  let bestKey = key === None ? best : A.PyObject_Call(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : A.PyObject_Call(key, [x], null);
    if (A.PyObject_RichCompareBool(k, bestKey, op)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

/** sum(): ints exactly, floats with Neumaier's compensated summation (3.12+).  CPython: builtin_sum_impl */
function sum(_m: PyValue, iterable: PyValue, start: PyValue): PyValue {
  if (isStrValue(start)) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  const it = A.PyObject_GetIter(iterable);
  const next = typeOf(it).tp_iternext!;
  let result = start;
  let item = next(it);
  // Integer fast path.
  if (typeof result === 'number' || typeof result === 'bigint') {
    while (item !== undefined && (typeof item === 'number' || typeof item === 'bigint' || typeof item === 'boolean')) {
      result = intAdd(result as number | bigint, intValue(item));
      item = next(it);
    }
  }
  if (item === undefined) return result;
  // Float fast path with compensation.
  if ((result instanceof PyFloat && typeOf(result) === FloatType) || ((typeof result === 'number' || typeof result === 'bigint') && item instanceof PyFloat && typeOf(item) === FloatType)) {
    let f = result instanceof PyFloat ? result.value : intToFloat(result as number | bigint);
    let c = 0;
    while (item !== undefined) {
      let x: number;
      if (item instanceof PyFloat && typeOf(item) === FloatType) x = item.value;
      else if (typeof item === 'number' || typeof item === 'boolean') x = Number(item);
      else break;
      const t = f + x;
      if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
      else c += x - t + f;
      f = t;
      item = next(it);
    }
    // Adding the compensation only matters for finite sums.
    result = new PyFloat(c !== 0 && Number.isFinite(c) ? f + c : f);
    if (item === undefined) return result;
  }
  while (item !== undefined) {
    result = A.PyNumber_Add(result, item);
    item = next(it);
  }
  return result;
}

function sorted(_m: PyValue, iterable: PyValue, key: PyValue, reverse: PyValue): PyValue {
  const l = new PyList(A.iterableToArray(iterable));
  A.PyObject_Call(A.PyObject_GetAttr(l, 'sort'), [key, reverse], ['key', 'reverse']);
  return l;
}

function chr(_m: PyValue, i: PyValue): PyValue {
  if (!isIntValue(i)) throw typeError(`'${typeOf(i).tp_name}' object cannot be interpreted as an integer`);
  const v = A.PyNumber_Index(i);
  if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) {
    if (typeof v === 'bigint' && (v > 2n ** 31n || v < -(2n ** 31n))) throw overflowError('Python int too large to convert to C int');
    throw valueError('chr() arg not in range(0x110000)');
  }
  return String.fromCodePoint(v);
}

function ord(_m: PyValue, c: PyValue): PyValue {
  if (isStrValue(c)) {
    const cps = codePointValues(strValue(c));
    if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0];
  }
  if (c instanceof PyBytes) {
    if (c.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${c.data.length} found`);
    return c.data[0];
  }
  throw typeError(`ord() expected string of length 1, but ${typeOf(c).tp_name} found`);
}

function formatInt(v: PyValue, base: 2 | 8 | 16): PyValue {
  const n = A.PyNumber_Index(v);
  const neg = n < 0;
  const mag = neg ? -BigInt(n) : BigInt(n);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return (neg ? '-' : '') + prefix + mag.toString(base);
}

function divmod(_m: PyValue, a: PyValue, b: PyValue): PyValue {
  return A.PyNumber_Divmod(a, b);
}

function pow(_m: PyValue, base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  return A.PyNumber_Power(base, exp, mod);
}

function round(_m: PyValue, number: PyValue, ndigits: PyValue): PyValue {
  const r = A.lookupSpecial(number, '__round__');
  if (r === null) throw typeError(`type ${typeOf(number).tp_name} doesn't define __round__ method`);
  return ndigits === None ? A.PyObject_Call(r, [], null) : A.PyObject_Call(r, [ndigits], null);
}

function hash(_m: PyValue, o: PyValue): PyValue {
  return A.PyObject_Hash(o);
}

function id(_m: PyValue, o: PyValue): PyValue {
  return PyObject_Id(o);
}

function callable(_m: PyValue, o: PyValue): PyValue {
  return typeOf(o).tp_call !== null;
}

function setattr(_m: PyValue, o: PyValue, name: PyValue, v: PyValue): void {
  A.PyObject_SetAttr(o, A.attrName(name), v);
}

function delattr(_m: PyValue, o: PyValue, name: PyValue): void {
  A.PyObject_SetAttr(o, A.attrName(name), null);
}

function hasattr(_m: PyValue, o: PyValue, name: PyValue): PyValue {
  return A.PyObject_LookupAttr(o, A.attrName(name)) !== undefined;
}

function globals(): PyValue {
  return tstate.frame!.f_globals;
}

function locals(): PyValue {
  const f = tstate.frame!;
  return f.f_locals ?? fastLocalsSnapshot(f);
}

function vars(_m: PyValue, args: Args): PyValue {
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return locals();
  const d = A.PyObject_LookupAttr(args[0], '__dict__');
  if (d === undefined) throw typeError('vars() argument must have __dict__ attribute');
  return d;
}

function dir(_m: PyValue, args: Args): PyValue {
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  let names: PyValue[];
  if (args.length === 0) {
    const l = locals();
    names = A.iterableToArray(A.PyObject_CallMethod(l, 'keys', []));
  } else {
    const meth = A.lookupSpecial(args[0], '__dir__');
    if (meth === null) throw typeError('object does not provide __dir__');
    names = A.iterableToArray(A.PyObject_Call(meth, [], null));
  }
  const l = new PyList(names);
  A.PyObject_CallMethod(l, 'sort', []);
  return l;
}

function format(_m: PyValue, v: PyValue, spec: PyValue): PyValue {
  return PyObject_Format(v, spec);
}

function ascii(_m: PyValue, v: PyValue): PyValue {
  return PyObject_ASCII(v);
}

function input(_m: PyValue, prompt: PyValue): PyValue {
  const sys = interp().sys;
  const stdout = A.PyObject_GetAttr(sys, 'stdout');
  if (prompt !== undefined && prompt !== None) A.PyObject_CallMethod(stdout, 'write', [A.PyObject_Str(prompt)]);
  A.PyObject_CallMethod(stdout, 'flush', []);
  const stdin = A.PyObject_GetAttr(sys, 'stdin');
  const line = A.PyObject_CallMethod(stdin, 'readline', []);
  const s = strValue(line);
  if (s.length === 0) throw newException(PyExc_EOFError, ['EOF when reading a line']);
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

function execOrEval(mode: 'exec' | 'eval', source: PyValue, g: PyValue, l: PyValue): PyValue {
  const frame = tstate.frame!;
  let globals: PyDict;
  if (g === None) {
    globals = frame.f_globals;
    if (l === None) l = frame.f_locals ?? fastLocalsSnapshot(frame);
  } else {
    if (!(g instanceof PyDict)) {
      throw typeError(mode === 'exec' ? `exec() globals must be a dict, not ${typeOf(g).tp_name}` : 'globals must be a real dict; try eval(expr, {}, mapping)');
    }
    globals = g;
    if (l === None) l = g;
  }
  if (globals.findStr('__builtins__') < 0) globals.setStr('__builtins__', interp().builtins);
  let code: PyCode;
  if (source instanceof PyCode) code = source;
  else if (isStrValue(source) || source instanceof PyBytes) {
    const text = isStrValue(source) ? strValue(source) : (source as PyBytes).data;
    const src = mode === 'eval' && typeof text === 'string' ? text.replace(/^[ \t]+/, '') : text;
    code = compileSource(src, '<string>', mode);
  } else {
    throw typeError(mode === 'exec' ? `exec() arg 1 must be a string, bytes or code object` : 'eval() arg 1 must be a string, bytes or code object');
  }
  const r = runCode(code, globals, l);
  return mode === 'exec' ? None : r;
}

function compile(_m: PyValue, source: PyValue, filename: PyValue, mode: PyValue): PyValue {
  const m = strValue(mode);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  const text = isStrValue(source) ? strValue(source) : (source as PyBytes).data;
  return compileSource(text, A.PyObject_Str(filename), m);
}

function buildClassImpl(_m: PyValue, args: Args, kwargs: PyDict | null): PyValue {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  return buildClass(args[0], args[1], args.slice(2), kwargs);
}

function importImpl(_m: PyValue, name: PyValue, globals: PyValue, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  return builtinImport(name, globals, locals, fromlist, level);
}

export const builtinsModule = defineModule({
  name: 'builtins',
  doc: 'The built-in functions, exceptions and other objects.',
  functions: {
    print: { sig: "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)", impl: print },
    len: { sig: '($module, obj, /)', impl: len },
    repr: { sig: '($module, obj, /)', impl: repr },
    abs: { sig: '($module, x, /)', impl: abs },
    all: { sig: '($module, iterable, /)', impl: (_m: PyValue, o: PyValue) => !iterAll(o, false) },
    any: { sig: '($module, iterable, /)', impl: (_m: PyValue, o: PyValue) => iterAll(o, true) },
    isinstance: { sig: '($module, obj, class_or_tuple, /)', impl: isinstance },
    issubclass: { sig: '($module, cls, class_or_tuple, /)', impl: issubclass },
    getattr: { sig: '($module, *args)', impl: getattr },
    setattr: { sig: '($module, obj, name, value, /)', impl: setattr },
    delattr: { sig: '($module, obj, name, /)', impl: delattr },
    hasattr: { sig: '($module, obj, name, /)', impl: hasattr },
    iter: { sig: '($module, *args)', impl: iter },
    next: { sig: '($module, *args)', impl: next },
    min: { sig: '($module, *args, **kwargs)', impl: (_m: PyValue, a: Args, k: PyDict | null) => minmax('min', a, k) },
    max: { sig: '($module, *args, **kwargs)', impl: (_m: PyValue, a: Args, k: PyDict | null) => minmax('max', a, k) },
    sum: { sig: '($module, iterable, /, start=0)', impl: sum },
    sorted: { sig: '($module, iterable, /, *, key=None, reverse=False)', impl: sorted },
    chr: { sig: '($module, i, /)', impl: chr },
    ord: { sig: '($module, c, /)', impl: ord },
    bin: { sig: '($module, number, /)', impl: (_m: PyValue, n: PyValue) => formatInt(n, 2) },
    oct: { sig: '($module, number, /)', impl: (_m: PyValue, n: PyValue) => formatInt(n, 8) },
    hex: { sig: '($module, number, /)', impl: (_m: PyValue, n: PyValue) => formatInt(n, 16) },
    divmod: { sig: '($module, x, y, /)', impl: divmod },
    pow: { sig: '($module, /, base, exp, mod=None)', impl: pow },
    round: { sig: '($module, /, number, ndigits=None)', impl: round },
    hash: { sig: '($module, obj, /)', impl: hash },
    id: { sig: '($module, obj, /)', impl: id },
    callable: { sig: '($module, obj, /)', impl: callable },
    globals: { sig: '($module, /)', impl: globals },
    locals: { sig: '($module, /)', impl: locals },
    vars: { sig: '($module, *args)', impl: vars },
    dir: { sig: '($module, *args)', impl: dir },
    format: { sig: "($module, value, format_spec='', /)", impl: format },
    ascii: { sig: '($module, obj, /)', impl: ascii },
    input: { sig: "($module, prompt='', /)", impl: input },
    exec: { sig: '($module, source, /, globals=None, locals=None, *, closure=None)', impl: (_m: PyValue, s: PyValue, g: PyValue, l: PyValue) => execOrEval('exec', s, g, l) },
    eval: { sig: '($module, source, /, globals=None, locals=None)', impl: (_m: PyValue, s: PyValue, g: PyValue, l: PyValue) => execOrEval('eval', s, g, l) },
    compile: { sig: '($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)', impl: compile },
    __build_class__: { sig: '($module, *args, **kwargs)', impl: buildClassImpl },
    __import__: { sig: '($module, /, name, globals=None, locals=None, fromlist=(), level=0)', impl: importImpl },
    open: {
      sig: "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
      impl: ioOpen,
      doc: 'Open a file and return a stream.',
    },
  },
  constants: () => {
    const c: Record<string, PyValue> = {
      None: None,
      Ellipsis: Ellipsis,
      NotImplemented: NotImplemented,
      True: true,
      False: false,
      __debug__: true,
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

void PyTuple;
void PyCell;
void intToDecimalString;
