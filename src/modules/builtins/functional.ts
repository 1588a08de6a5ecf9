// map, filter and zip.  CPython: Python/bltinmodule.c (map_*, filter_*, zip_*)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyObject_GetIter, PyObject_Call, PyObject_IsTrue } from '../../objects/abstract.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';

function next(it: PyValue): PyValue | undefined {
  return typeOf(it).tp_iternext!(it);
}

export class PyMap extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly iters: PyValue[],
    readonly strict: boolean,
  ) {
    super();
  }
}

function mapNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'strict') throw typeError(`map() got an unexpected keyword argument '${kwnames![i]}'`);
    strict = PyObject_IsTrue(args[nargs + i]);
  }
  if (nargs < 2) throw typeError('map() must have at least two arguments.');
  const iters = args.slice(1, nargs).map(PyObject_GetIter);
  return type === MapType ? new PyMap(args[0], iters, strict) : newHeapInstance(PyMap, type, args[0], iters, strict);
}

function mapNext(self: PyValue): PyValue | undefined {
  const m = self as PyMap;
  if (m.iters.length === 1) {
    const x = next(m.iters[0]);
    return x === undefined ? undefined : PyObject_Call(m.func, [x], null);
  }
  const argv: PyValue[] = [];
  for (let i = 0; i < m.iters.length; i++) {
    const x = next(m.iters[i]);
    if (x === undefined) {
      if (m.strict) strictError('map', i, m.iters);
      return undefined;
    }
    argv.push(x);
  }
  return PyObject_Call(m.func, argv, null);
}

/** The ValueError of strict zip()/map() when the iterables have different lengths. */
function strictError(name: string, i: number, iters: PyValue[]): void {
  if (i > 0) {
    throw valueError(`${name}() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
  }
  for (let j = 1; j < iters.length; j++) {
    if (next(iters[j]) !== undefined) {
      throw valueError(`${name}() argument ${j + 1} is longer than argument${j === 1 ? ' ' : 's 1-'}${j}`);
    }
  }
}

export const MapType = defineBuiltinType({
  name: 'map',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyMap,
  slots: { tp_new: mapNew, tp_iter: (s: PyValue) => s, tp_iternext: mapNext },
});

export class PyFilter extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly it: PyValue,
  ) {
    super();
  }
}

function filterNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const it = PyObject_GetIter(args[1]);
  return type === FilterType ? new PyFilter(args[0], it) : newHeapInstance(PyFilter, type, args[0], it);
}

function filterNext(self: PyValue): PyValue | undefined {
  const f = self as PyFilter;
  for (;;) {
    const x = next(f.it);
    if (x === undefined) return undefined;
    const ok = f.func === None || f.func === BOOL_TYPE.t ? PyObject_IsTrue(x) : PyObject_IsTrue(PyObject_Call(f.func, [x], null));
    if (ok) return x;
  }
}
import { BoolType } from '../../objects/bool.ts';
const BOOL_TYPE = {
  get t() {
    return BoolType;
  },
};

export const FilterType = defineBuiltinType({
  name: 'filter',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyFilter,
  slots: { tp_new: filterNew, tp_iter: (s: PyValue) => s, tp_iternext: filterNext },
});

export class PyZip extends PyObject {
  constructor(
    readonly iters: PyValue[],
    readonly strict: boolean,
  ) {
    super();
  }
}

function zipNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'strict') throw typeError(`zip() got an unexpected keyword argument '${kwnames![i]}'`);
    strict = PyObject_IsTrue(args[nargs + i]);
  }
  const iters = args.slice(0, nargs).map(PyObject_GetIter);
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

export const ZipType = defineBuiltinType({
  name: 'zip',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyZip,
  slots: { tp_new: zipNew, tp_iter: (s: PyValue) => s, tp_iternext: zipNext },
});
