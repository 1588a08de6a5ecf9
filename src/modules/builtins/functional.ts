// map, filter and zip.  CPython: Python/bltinmodule.c (map_*, filter_*, zip_*)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyObject_GetIter, PyObject_Call, PyObject_IsTrue } from '../../objects/abstract.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';
import { BoolType } from '../../objects/bool.ts';

function next(it: PyValue): PyValue | undefined {
  return typeOf(it).tp_iternext!(it);
}

/** The keyword-only `strict` of map() and zip(), parsed as CPython's "|$p" format.  */
function parseStrict(name: string, args: readonly PyValue[], kwnames: readonly string[] | null): boolean {
  const nkw = kwnames?.length ?? 0;
  if (nkw === 0) return false;
  if (nkw > 1) throw typeError(`${name}() takes at most 1 keyword argument (${nkw} given)`);
  if (kwnames![0] !== 'strict') throw typeError(`${name}() got an unexpected keyword argument '${kwnames![0]}'`);
  return PyObject_IsTrue(args[args.length - 1]);
}

/** The ValueError of strict zip()/map() when the iterables have different lengths. */
function strictError(name: string, i: number, iters: readonly PyValue[]): void {
  if (i > 0) {
    throw valueError(`${name}() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
  }
  for (let j = 1; j < iters.length; j++) {
    if (next(iters[j]) !== undefined) {
      throw valueError(`${name}() argument ${j + 1} is longer than argument${j === 1 ? ' ' : 's 1-'}${j}`);
    }
  }
}

// ---- map ----

export class PyMap extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly iters: PyValue[],
    public strict: boolean,
  ) {
    super();
  }
}

function mapNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const strict = parseStrict('map', args, kwnames);
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 2) throw typeError('map() must have at least two arguments.');
  const iters: PyValue[] = [];
  for (let i = 1; i < nargs; i++) iters.push(PyObject_GetIter(args[i]));
  return type === MapType ? new PyMap(args[0], iters, strict) : newHeapInstance(PyMap, type, args[0], iters, strict);
}

function mapNext(self: PyValue): PyValue | undefined {
  const m = self as PyMap;
  const n = m.iters.length;
  if (n === 1) {
    const x = next(m.iters[0]);
    if (x === undefined) {
      if (m.strict) strictError('map', 0, m.iters);
      return undefined;
    }
    return PyObject_Call(m.func, [x], null);
  }
  const argv = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const x = next(m.iters[i]);
    if (x === undefined) {
      if (m.strict) strictError('map', i, m.iters);
      return undefined;
    }
    argv[i] = x;
  }
  return PyObject_Call(m.func, argv, null);
}

function mapReduce(m: PyMap): PyValue {
  const args = new PyTuple([m.func, ...m.iters]);
  return m.strict ? new PyTuple([m.ob_type, args, true]) : new PyTuple([m.ob_type, args]);
}

export const MapType = defineBuiltinType({
  name: 'map',
  textSignature: '(function, iterable, /, *iterables, strict=False)',
  doc: 'Make an iterator that computes the function using arguments from each of the iterables.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyMap,
  slots: { tp_new: mapNew, tp_iter: (s: PyValue) => s, tp_iternext: mapNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: mapReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: (m: PyMap, state: PyValue) => void (m.strict = PyObject_IsTrue(state)), doc: 'Set state information for unpickling.' },
  },
});

// ---- filter ----

export class PyFilter extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly it: PyValue,
  ) {
    super();
  }
}

function filterNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  if (nkw && (type === FilterType || type.tp_init === FilterType.tp_init)) throw typeError('filter() takes no keyword arguments');
  const nargs = args.length - nkw;
  if (nargs !== 2) throw typeError(`filter expected 2 arguments, got ${nargs}`);
  const it = PyObject_GetIter(args[1]);
  return type === FilterType ? new PyFilter(args[0], it) : newHeapInstance(PyFilter, type, args[0], it);
}

function filterNext(self: PyValue): PyValue | undefined {
  const f = self as PyFilter;
  const checktrue = f.func === None || f.func === BoolType;
  const iternext = typeOf(f.it).tp_iternext!;
  for (;;) {
    const x = iternext(f.it);
    if (x === undefined) return undefined;
    const ok = checktrue ? PyObject_IsTrue(x) : PyObject_IsTrue(PyObject_Call(f.func, [x], null));
    if (ok) return x;
  }
}

export const FilterType = defineBuiltinType({
  name: 'filter',
  textSignature: '(function, iterable, /)',
  doc: 'Return an iterator yielding those items of iterable for which function(item) is true (or the true items, if function is None).',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyFilter,
  slots: { tp_new: filterNew, tp_iter: (s: PyValue) => s, tp_iternext: filterNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: (f: PyFilter) => new PyTuple([f.ob_type, new PyTuple([f.func, f.it])]), doc: 'Return state information for pickling.' },
  },
});

// ---- zip ----

export class PyZip extends PyObject {
  constructor(
    readonly iters: PyValue[],
    public strict: boolean,
  ) {
    super();
  }
}

function zipNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const strict = parseStrict('zip', args, kwnames);
  const nargs = args.length - (kwnames?.length ?? 0);
  const iters: PyValue[] = [];
  for (let i = 0; i < nargs; i++) iters.push(PyObject_GetIter(args[i]));
  return type === ZipType ? new PyZip(iters, strict) : newHeapInstance(PyZip, type, iters, strict);
}

function zipNext(self: PyValue): PyValue | undefined {
  const z = self as PyZip;
  const n = z.iters.length;
  if (n === 0) return undefined;
  const items = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const x = next(z.iters[i]);
    if (x === undefined) {
      if (z.strict) strictError('zip', i, z.iters);
      return undefined;
    }
    items[i] = x;
  }
  return new PyTuple(items);
}

function zipReduce(z: PyZip): PyValue {
  const its = new PyTuple(z.iters.slice());
  return z.strict ? new PyTuple([z.ob_type, its, true]) : new PyTuple([z.ob_type, its]);
}

export const ZipType = defineBuiltinType({
  name: 'zip',
  textSignature: '(*iterables, strict=False)',
  doc: 'The zip object yields n-length tuples, where n is the number of iterables passed as positional arguments to zip().',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyZip,
  slots: { tp_new: zipNew, tp_iter: (s: PyValue) => s, tp_iternext: zipNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: zipReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: (z: PyZip, state: PyValue) => void (z.strict = PyObject_IsTrue(state)), doc: 'Set state information for unpickling.' },
  },
});
