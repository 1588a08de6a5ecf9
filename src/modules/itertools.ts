// The itertools module: iterator building blocks.  CPython: Modules/itertoolsmodule.c
//
// Each type keeps CPython's state machine (when the source is consumed, what is stored, when it stops
// for good), its argument parsing and error messages. As in 3.14, itertools objects cannot be pickled
// or copied (except tee objects, which have __copy__).
import { None, NotImplemented, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from '../objects/type.ts';
import { defineBuiltinType, type MethodSpec } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import {
  PyObject_GetIter,
  PyObject_Call,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyNumber_Add,
  PyNumber_Index,
  PyNumber_AsSsize_t,
  iterableToArray,
  isStopIteration,
} from '../objects/abstract.ts';
import { typeError, valueError, overflowError, runtimeError } from '../objects/exceptions.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { genericAliasClassMethod } from '../objects/genericalias.ts';
import { PyFloat } from '../objects/float.ts';

const BASE = TPFLAGS.BASETYPE;
const SSIZE_MAX = 2 ** 63 - 1;

/** Binds __new__ arguments with Argument Clinic's parser and messages. */
function bind(sig: string, name: string, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue[] {
  return bindArguments(parseSignature(sig), { short: name, funcStr: `${name}()` }, args, kwnames) as PyValue[];
}

/** Binds positional-only __new__ arguments (PyArg_UnpackTuple style: "cycle expected 1 argument, got 0"). */
function bindPos(name: string, n: number, args: readonly PyValue[], kwnames: readonly string[] | null): readonly PyValue[] {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  return args;
}

/** A Py_ssize_t argument ('n' converter): TypeError for non-integers, OverflowError beyond the C range. */
function ssizeArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint') {
    if (i > BigInt(SSIZE_MAX) || i < -BigInt(SSIZE_MAX) - 1n) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(i);
  }
  return i;
}

function next(it: PyValue): PyValue | undefined {
  return typeOf(it).tp_iternext!(it);
}

/** A new instance: the JS class for the exact type, a heap instance for a Python subclass. */
function alloc<T extends PyObject>(C: new (...args: never[]) => T, exact: PyType, type: PyType, ...args: unknown[]): T {
  if (type === exact) return new (C as unknown as new (...a: unknown[]) => T)(...args);
  return newHeapInstance(C, type, ...args);
}

function selfIter(s: PyValue): PyValue {
  return s;
}

function iterType(
  name: string,
  cls: abstract new (...args: never[]) => PyObject,
  doc: string,
  tpNew: (type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null) => PyValue,
  nextf: (s: PyValue) => PyValue | undefined,
  extra: { flags?: number; methods?: { [k: string]: MethodSpec }; repr?: (s: PyValue) => string } = {},
): PyType {
  return defineBuiltinType({
    name: `itertools.${name}`,
    doc,
    flags: extra.flags ?? BASE,
    instanceClass: cls,
    slots: { tp_new: tpNew, tp_iter: selfIter, tp_iternext: nextf, ...(extra.repr ? { tp_repr: extra.repr } : {}) },
    methods: extra.methods,
  });
}

// ---- batched ----

class Batched extends PyObject {
  constructor(
    public it: PyValue | null,
    public n: number,
    readonly strict: boolean,
  ) {
    super();
  }
}

function batchedNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, nObj, strictObj] = bind('(iterable, n, *, strict=False)', 'batched', args, kwnames);
  const n = ssizeArg(nObj);
  const strict = PyObject_IsTrue(strictObj);
  if (n < 1) throw valueError('n must be at least one');
  const it = PyObject_GetIter(iterable);
  return alloc(Batched, BatchedType, type, it, n, strict);
}

function batchedNext(self: PyValue): PyValue | undefined {
  const bo = self as Batched;
  const n = bo.n;
  const it = bo.it;
  if (n < 0 || it === null) return undefined;
  const items: PyValue[] = [];
  const iternext = typeOf(it).tp_iternext!;
  for (let i = 0; i < n; i++) {
    let item: PyValue | undefined;
    try {
      item = iternext(it);
    } catch (e) {
      if (!isStopIteration(e)) {
        bo.n = -1;
        bo.it = null;
        throw e;
      }
      item = undefined;
    }
    if (item === undefined) break;
    items.push(item);
  }
  if (items.length === n) return new PyTuple(items);
  bo.n = -1;
  bo.it = null;
  if (items.length === 0) return undefined;
  if (bo.strict) throw valueError('batched(): incomplete batch');
  return new PyTuple(items);
}

const BatchedType = iterType(
  'batched',
  Batched,
  'Batch data into tuples of length n. The last batch may be shorter than n.',
  batchedNew,
  batchedNext,
);

// ---- pairwise ----

class Pairwise extends PyObject {
  old: PyValue | undefined = undefined;
  constructor(public it: PyValue | null) {
    super();
  }
}

function pairwiseNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable] = bindPos('pairwise', 1, args, kwnames);
  return alloc(Pairwise, PairwiseType, type, PyObject_GetIter(iterable));
}

function pairwiseNext(self: PyValue): PyValue | undefined {
  const po = self as Pairwise;
  let it = po.it;
  if (it === null) return undefined;
  let old = po.old;
  if (old === undefined) {
    old = next(it);
    po.old = old;
    if (old === undefined) {
      po.it = null;
      return undefined;
    }
    it = po.it;
    if (it === null) {
      po.old = undefined;
      return undefined;
    }
  }
  const nw = next(it);
  if (nw === undefined) {
    po.it = null;
    po.old = undefined;
    return undefined;
  }
  po.old = nw;
  return new PyTuple([old, nw]);
}

const PairwiseType = iterType(
  'pairwise',
  Pairwise,
  'Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...',
  pairwiseNew,
  pairwiseNext,
);

// ---- groupby and _grouper ----

class GroupBy extends PyObject {
  tgtkey: PyValue | undefined = undefined;
  currkey: PyValue | undefined = undefined;
  currvalue: PyValue | undefined = undefined;
  currgrouper: Grouper | null = null;
  constructor(
    readonly it: PyValue,
    readonly keyfunc: PyValue,
  ) {
    super();
  }
}

class Grouper extends PyObject {
  constructor(
    readonly parent: GroupBy,
    readonly tgtkey: PyValue,
  ) {
    super();
  }
}

function groupbyNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, keyfunc] = bind('(iterable, key=None)', 'groupby', args, kwnames);
  return alloc(GroupBy, GroupByType, type, PyObject_GetIter(iterable), keyfunc);
}

/** Reads the next value and its key; false at the end.  CPython: groupby_step */
function groupbyStep(gbo: GroupBy): boolean {
  const newvalue = next(gbo.it);
  if (newvalue === undefined) return false;
  const newkey = gbo.keyfunc === None ? newvalue : PyObject_Call(gbo.keyfunc, [newvalue], null);
  gbo.currvalue = newvalue;
  gbo.currkey = newkey;
  return true;
}

function groupbyNext(self: PyValue): PyValue | undefined {
  const gbo = self as GroupBy;
  gbo.currgrouper = null;
  // Skip to the next group.
  for (;;) {
    if (gbo.currkey === undefined) {
      // pass
    } else if (gbo.tgtkey === undefined) break;
    else if (!PyObject_RichCompareBool(gbo.tgtkey, gbo.currkey, CompareOp.EQ)) break;
    if (!groupbyStep(gbo)) return undefined;
  }
  gbo.tgtkey = gbo.currkey;
  const grouper = new Grouper(gbo, gbo.tgtkey!);
  gbo.currgrouper = grouper;
  return new PyTuple([gbo.currkey!, grouper]);
}

const GroupByType = iterType(
  'groupby',
  GroupBy,
  'make an iterator that returns consecutive keys and groups from the iterable',
  groupbyNew,
  groupbyNext,
);

function grouperNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [parent, tgtkey] = bindPos('_grouper', 2, args, kwnames);
  if (!(parent instanceof GroupBy)) {
    throw typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeOf(parent).tp_name}`);
  }
  const g = new Grouper(parent, tgtkey);
  parent.currgrouper = g;
  return g;
}

function grouperNext(self: PyValue): PyValue | undefined {
  const igo = self as Grouper;
  const gbo = igo.parent;
  if (gbo.currgrouper !== igo) return undefined;
  if (gbo.currvalue === undefined) {
    if (!groupbyStep(gbo)) return undefined;
  }
  if (!PyObject_RichCompareBool(igo.tgtkey, gbo.currkey!, CompareOp.EQ)) return undefined;
  const r = gbo.currvalue!;
  gbo.currvalue = undefined;
  gbo.currkey = undefined;
  return r;
}

const GrouperType = iterType('_grouper', Grouper, '', grouperNew, grouperNext, { flags: 0 });

// ---- tee ----

const LINKCELLS = 57;

/** A block of up to LINKCELLS values read from the shared iterator.  CPython: teedataobject */
class TeeData extends PyObject {
  values: PyValue[] = [];
  running = false;
  nextlink: TeeData | null = null;
  constructor(readonly it: PyValue) {
    super();
  }

  getitem(i: number): PyValue | undefined {
    if (i < this.values.length) return this.values[i];
    if (this.running) throw runtimeError('cannot re-enter the tee iterator');
    this.running = true;
    let value: PyValue | undefined;
    try {
      value = next(this.it);
    } finally {
      this.running = false;
    }
    if (value === undefined) return undefined;
    this.values.push(value);
    return value;
  }

  jumplink(): TeeData {
    return (this.nextlink ??= new TeeData(this.it));
  }
}

class Tee extends PyObject {
  constructor(
    public dataobj: TeeData,
    public index: number,
  ) {
    super();
  }
}

function teeNext(self: PyValue): PyValue | undefined {
  const to = self as Tee;
  if (to.index >= LINKCELLS) {
    to.dataobj = to.dataobj.jumplink();
    to.index = 0;
  }
  const value = to.dataobj.getitem(to.index);
  if (value === undefined) return undefined;
  to.index++;
  return value;
}

function teeCopy(to: Tee): Tee {
  return new Tee(to.dataobj, to.index);
}

/** A tee over an iterable: a copy when it already is a tee.  CPython: tee_fromiterable */
function teeFromIterable(iterable: PyValue): Tee {
  const it = PyObject_GetIter(iterable);
  if (it instanceof Tee) return teeCopy(it);
  return new Tee(new TeeData(it), 0);
}

function teeNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable] = bindPos('_tee', 1, args, kwnames);
  return teeFromIterable(iterable);
}

const TeeType = iterType('_tee', Tee, 'Iterator wrapped to make it copyable.', teeNew, teeNext, {
  flags: 0,
  methods: { __copy__: { sig: '($self, /)', impl: teeCopy, doc: 'Returns an independent iterator.' } },
});

function teeDataNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [it, values, nxt] = bindPos('teedataobject', 3, args, kwnames);
  if (!(values instanceof PyList)) throw typeError(`teedataobject() argument 2 must be list, not ${typeOf(values).tp_name}`);
  const tdo = new TeeData(it);
  const len = values.items.length;
  if (len > LINKCELLS) throw valueError('Invalid arguments');
  tdo.values = values.items.slice();
  if (len === LINKCELLS) {
    if (nxt !== None) {
      if (!(nxt instanceof TeeData)) throw valueError('Invalid arguments');
      tdo.nextlink = nxt;
    }
  } else if (nxt !== None) throw valueError('Invalid arguments');
  return tdo;
}

const TeeDataType = defineBuiltinType({
  name: 'itertools._tee_dataobject',
  doc: 'Data container common to multiple tee objects.',
  instanceClass: TeeData,
  slots: { tp_new: teeDataNew },
});

/** tee(iterable, n=2): n independent iterators.  CPython: itertools_tee_impl */
function tee(_m: PyValue, iterable: PyValue, nObj: PyValue): PyValue {
  const n = nObj === undefined ? 2 : ssizeArg(nObj);
  if (n < 0) throw valueError('n must be >= 0');
  if (n === 0) return EMPTY_TUPLE;
  const it = PyObject_GetIter(iterable);
  const first = teeFromIterable(it);
  const out: PyValue[] = [first];
  for (let i = 1; i < n; i++) out.push(teeCopy(out[i - 1] as Tee));
  return new PyTuple(out);
}

// ---- cycle ----

class Cycle extends PyObject {
  saved: PyValue[] = [];
  index = -1;
  constructor(public it: PyValue | null) {
    super();
  }
}

function cycleNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable] = bindPos('cycle', 1, args, kwnames);
  return alloc(Cycle, CycleType, type, PyObject_GetIter(iterable));
}

function cycleNext(self: PyValue): PyValue | undefined {
  const lz = self as Cycle;
  let index = lz.index;
  if (index < 0) {
    const item = next(lz.it!);
    if (item !== undefined) {
      lz.saved.push(item);
      return item;
    }
    index = 0;
    lz.index = 0;
    lz.it = null;
  }
  if (lz.saved.length === 0) return undefined;
  const item = lz.saved[index];
  index++;
  if (index >= lz.saved.length) index = 0;
  lz.index = index;
  return item;
}

const CycleType = iterType(
  'cycle',
  Cycle,
  'Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.',
  cycleNew,
  cycleNext,
);

// ---- dropwhile, takewhile, filterfalse, starmap, compress ----

class PredicateIter extends PyObject {
  flag = false;
  constructor(
    readonly func: PyValue,
    readonly it: PyValue,
  ) {
    super();
  }
}

function predicateNew(name: string, exact: () => PyType) {
  return (type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue => {
    const [func, seq] = bindPos(name, 2, args, kwnames);
    return alloc(PredicateIter, exact(), type, func, PyObject_GetIter(seq));
  };
}

function dropwhileNext(self: PyValue): PyValue | undefined {
  const lz = self as PredicateIter;
  const iternext = typeOf(lz.it).tp_iternext!;
  for (;;) {
    const item = iternext(lz.it);
    if (item === undefined) return undefined;
    if (lz.flag) return item;
    if (!PyObject_IsTrue(PyObject_Call(lz.func, [item], null))) {
      lz.flag = true;
      return item;
    }
  }
}

const DropWhileType: PyType = iterType(
  'dropwhile',
  PredicateIter,
  'Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.',
  predicateNew('dropwhile', () => DropWhileType),
  dropwhileNext,
);

function takewhileNext(self: PyValue): PyValue | undefined {
  const lz = self as PredicateIter;
  if (lz.flag) return undefined;
  const item = next(lz.it);
  if (item === undefined) return undefined;
  if (PyObject_IsTrue(PyObject_Call(lz.func, [item], null))) return item;
  lz.flag = true;
  return undefined;
}

class TakeWhile extends PredicateIter {}

const TakeWhileType: PyType = iterType(
  'takewhile',
  TakeWhile,
  'Return successive entries from an iterable as long as the predicate evaluates to true for each entry.',
  (type, args, kwnames) => {
    const [func, seq] = bindPos('takewhile', 2, args, kwnames);
    return alloc(TakeWhile, TakeWhileType, type, func, PyObject_GetIter(seq));
  },
  takewhileNext,
);

class FilterFalse extends PredicateIter {}

function filterfalseNext(self: PyValue): PyValue | undefined {
  const lz = self as FilterFalse;
  const iternext = typeOf(lz.it).tp_iternext!;
  const BoolType = typeOf(true);
  for (;;) {
    const item = iternext(lz.it);
    if (item === undefined) return undefined;
    const ok = lz.func === None || lz.func === BoolType ? PyObject_IsTrue(item) : PyObject_IsTrue(PyObject_Call(lz.func, [item], null));
    if (!ok) return item;
  }
}

const FilterFalseType: PyType = iterType(
  'filterfalse',
  FilterFalse,
  'Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.',
  (type, args, kwnames) => {
    const [func, seq] = bindPos('filterfalse', 2, args, kwnames);
    return alloc(FilterFalse, FilterFalseType, type, func, PyObject_GetIter(seq));
  },
  filterfalseNext,
);

class StarMap extends PredicateIter {}

function starmapNext(self: PyValue): PyValue | undefined {
  const lz = self as StarMap;
  const args = next(lz.it);
  if (args === undefined) return undefined;
  const argv = args instanceof PyTuple && args.ob_type === (PyTuple.prototype as unknown as { ob_type: PyType }).ob_type ? args.items : iterableToArray(args);
  return PyObject_Call(lz.func, argv, null);
}

const StarMapType: PyType = iterType(
  'starmap',
  StarMap,
  'Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.',
  (type, args, kwnames) => {
    const [func, seq] = bindPos('starmap', 2, args, kwnames);
    return alloc(StarMap, StarMapType, type, func, PyObject_GetIter(seq));
  },
  starmapNext,
);

class Compress extends PyObject {
  constructor(
    readonly data: PyValue,
    readonly selectors: PyValue,
  ) {
    super();
  }
}

function compressNext(self: PyValue): PyValue | undefined {
  const lz = self as Compress;
  const datanext = typeOf(lz.data).tp_iternext!;
  const selectornext = typeOf(lz.selectors).tp_iternext!;
  for (;;) {
    const datum = datanext(lz.data);
    if (datum === undefined) return undefined;
    const selector = selectornext(lz.selectors);
    if (selector === undefined) return undefined;
    if (PyObject_IsTrue(selector)) return datum;
  }
}

const CompressType: PyType = iterType(
  'compress',
  Compress,
  'Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.',
  (type, args, kwnames) => {
    const [data, selectors] = bind('(data, selectors)', 'compress', args, kwnames);
    const d = PyObject_GetIter(data);
    const s = PyObject_GetIter(selectors);
    return alloc(Compress, CompressType, type, d, s);
  },
  compressNext,
);

// ---- islice ----

class ISlice extends PyObject {
  cnt = 0;
  constructor(
    public it: PyValue | null,
    public nxt: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
}

const ISLICE_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** PyNumber_AsSsize_t(x, OverflowError), -1 on any error (as islice_new's parsing uses it). */
function ssizeOrMinus1(v: PyValue): number {
  try {
    const i = PyNumber_AsSsize_t(v, false);
    return i > SSIZE_MAX ? -1 : i;
  } catch {
    return -1;
  }
}

function isliceNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length && (type === ISliceType || type.tp_init === ISliceType.tp_init)) {
    throw typeError('islice() takes no keyword arguments');
  }
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 2) throw typeError(`islice expected at least 2 arguments, got ${nargs}`);
  if (nargs > 4) throw typeError(`islice expected at most 4 arguments, got ${nargs}`);
  const [seq, a1, a2, a3] = args;
  let start = 0;
  let stop = -1;
  let step = 1;
  if (nargs === 2) {
    if (a1 !== None) {
      stop = ssizeOrMinus1(a1);
      if (stop === -1) throw valueError(ISLICE_STOP_MSG);
    }
  } else {
    if (a1 !== None) start = ssizeOrMinus1(a1);
    if (a2 !== None) {
      stop = ssizeOrMinus1(a2);
      if (stop === -1) throw valueError(ISLICE_STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) throw valueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (nargs === 4 && a3 !== None) step = ssizeOrMinus1(a3);
  if (step < 1) throw valueError('Step for islice() must be a positive integer or None.');
  const it = PyObject_GetIter(seq);
  return alloc(ISlice, ISliceType, type, it, start, stop, step);
}

function isliceNext(self: PyValue): PyValue | undefined {
  const lz = self as ISlice;
  const it = lz.it;
  if (it === null) return undefined;
  const stop = lz.stop;
  const iternext = typeOf(it).tp_iternext!;
  while (lz.cnt < lz.nxt) {
    const item = iternext(it);
    if (item === undefined) {
      lz.it = null;
      return undefined;
    }
    lz.cnt++;
  }
  if (stop !== -1 && lz.cnt >= stop) {
    lz.it = null;
    return undefined;
  }
  const item = iternext(it);
  if (item === undefined) {
    lz.it = null;
    return undefined;
  }
  lz.cnt++;
  const oldnext = lz.nxt;
  lz.nxt += lz.step;
  if (lz.nxt < oldnext || (stop !== -1 && lz.nxt > stop)) lz.nxt = stop;
  return item;
}

const ISliceType: PyType = iterType(
  'islice',
  ISlice,
  'islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.',
  isliceNew,
  isliceNext,
);

// ---- chain ----

class Chain extends PyObject {
  active: PyValue | null = null;
  constructor(public source: PyValue | null) {
    super();
  }
}

function chainNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length && (type === ChainType || type.tp_init === ChainType.tp_init)) {
    throw typeError('chain() takes no keyword arguments');
  }
  const source = PyObject_GetIter(new PyTuple(args.slice(0, args.length - (kwnames?.length ?? 0))));
  return alloc(Chain, ChainType, type, source);
}

function chainFromIterable(type: PyType, arg: PyValue): PyValue {
  return alloc(Chain, ChainType, type, PyObject_GetIter(arg));
}

function chainNext(self: PyValue): PyValue | undefined {
  const lz = self as Chain;
  while (lz.source !== null) {
    if (lz.active === null) {
      const iterable = next(lz.source);
      if (iterable === undefined) {
        lz.source = null;
        return undefined;
      }
      try {
        lz.active = PyObject_GetIter(iterable);
      } catch (e) {
        lz.source = null;
        throw e;
      }
    }
    let item: PyValue | undefined;
    try {
      item = next(lz.active);
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      item = undefined;
    }
    if (item !== undefined) return item;
    lz.active = null;
  }
  return undefined;
}

const ChainType: PyType = iterType(
  'chain',
  Chain,
  'Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.',
  chainNew,
  chainNext,
  {
    methods: {
      from_iterable: {
        sig: '($type, iterable, /)',
        kind: 'classmethod',
        impl: chainFromIterable,
        doc: 'Alternative chain() constructor taking a single iterable argument that evaluates lazily.',
      },
      __class_getitem__: genericAliasClassMethod('See PEP 585'),
    },
  },
);

// ---- product, combinations, combinations_with_replacement, permutations ----

class Product extends PyObject {
  result: PyValue[] | null = null;
  stopped = false;
  readonly indices: number[];
  constructor(readonly pools: PyValue[][]) {
    super();
    this.indices = new Array<number>(pools.length).fill(0);
  }
}

function productNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let repeat = 1;
  if (nkw) {
    if (nkw > 1) throw typeError(`product() takes at most 1 keyword argument (${nkw} given)`);
    if (kwnames![0] !== 'repeat') throw typeError(`product() got an unexpected keyword argument '${kwnames![0]}'`);
    repeat = ssizeArg(args[nargs]);
    if (repeat < 0) throw valueError('repeat argument cannot be negative');
  }
  const n = repeat === 0 ? 0 : nargs;
  if (n > 0 && n * repeat > 2 ** 32) throw overflowError('repeat argument too large');
  const pools: PyValue[][] = [];
  for (let i = 0; i < n; i++) pools.push(iterableToArray(args[i]));
  for (let i = n; i < n * repeat; i++) pools.push(pools[i - n]);
  return alloc(Product, ProductType, type, pools);
}

function productNext(self: PyValue): PyValue | undefined {
  const lz = self as Product;
  if (lz.stopped) return undefined;
  const pools = lz.pools;
  const npools = pools.length;
  if (lz.result === null) {
    const result: PyValue[] = new Array<PyValue>(npools);
    for (let i = 0; i < npools; i++) {
      if (pools[i].length === 0) {
        lz.stopped = true;
        return undefined;
      }
      result[i] = pools[i][0];
    }
    lz.result = result;
    return result.length === 0 ? EMPTY_TUPLE : new PyTuple(result.slice());
  }
  const result = lz.result;
  const indices = lz.indices;
  let i = npools - 1;
  for (; i >= 0; i--) {
    const pool = pools[i];
    indices[i]++;
    if (indices[i] === pool.length) {
      indices[i] = 0;
      result[i] = pool[0];
    } else {
      result[i] = pool[indices[i]];
      break;
    }
  }
  if (i < 0) {
    lz.stopped = true;
    return undefined;
  }
  return result.length === 0 ? EMPTY_TUPLE : new PyTuple(result.slice());
}

const sizeofDoc = 'Returns size in memory, in bytes.';

const ProductType: PyType = iterType(
  'product',
  Product,
  'Cartesian product of input iterables.  Equivalent to nested for-loops.',
  productNew,
  productNext,
  { methods: { __sizeof__: { sig: '($self, /)', impl: (p: Product) => 64 + p.pools.length * 8, doc: sizeofDoc } } },
);

class Combinations extends PyObject {
  result: PyValue[] | null = null;
  readonly indices: number[];
  constructor(
    readonly pool: PyValue[],
    readonly r: number,
    public stopped: boolean,
    /** combinations_with_replacement: indices start at 0 and may repeat. */
    readonly replacement: boolean,
  ) {
    super();
    this.indices = new Array<number>(r);
    for (let i = 0; i < r; i++) this.indices[i] = replacement ? 0 : i;
  }
}

function combinationsNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, rObj] = bind('(iterable, r)', 'combinations', args, kwnames);
  const r = ssizeArg(rObj);
  const pool = iterableToArray(iterable);
  if (r < 0) throw valueError('r must be non-negative');
  return alloc(Combinations, CombinationsType, type, pool, r, r > pool.length, false);
}

function cwrNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, rObj] = bind('(iterable, r)', 'combinations_with_replacement', args, kwnames);
  const r = ssizeArg(rObj);
  const pool = iterableToArray(iterable);
  if (r < 0) throw valueError('r must be non-negative');
  return alloc(Cwr, CwrType, type, pool, r, pool.length === 0 && r > 0, true);
}

function combinationsNext(self: PyValue): PyValue | undefined {
  const co = self as Combinations;
  if (co.stopped) return undefined;
  const { pool, indices, r } = co;
  const n = pool.length;
  if (co.result === null) {
    co.result = indices.map((i) => pool[i]);
    return co.result.length === 0 ? EMPTY_TUPLE : new PyTuple(co.result.slice());
  }
  const result = co.result;
  let i = r - 1;
  if (co.replacement) {
    // Scan right-to-left for an index not at its maximum (n-1).
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      co.stopped = true;
      return undefined;
    }
    const index = indices[i] + 1;
    const elem = pool[index];
    for (; i < r; i++) {
      indices[i] = index;
      result[i] = elem;
    }
  } else {
    // Scan right-to-left for an index not at its maximum (i + n - r).
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      co.stopped = true;
      return undefined;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (; i < r; i++) result[i] = pool[indices[i]];
  }
  return result.length === 0 ? EMPTY_TUPLE : new PyTuple(result.slice());
}

const CombinationsType: PyType = iterType(
  'combinations',
  Combinations,
  'Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)',
  combinationsNew,
  combinationsNext,
  { methods: { __sizeof__: { sig: '($self, /)', impl: (c: Combinations) => 56 + c.r * 8, doc: sizeofDoc } } },
);

class Cwr extends Combinations {}

const CwrType: PyType = iterType(
  'combinations_with_replacement',
  Cwr,
  "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
  cwrNew,
  combinationsNext,
  { methods: { __sizeof__: { sig: '($self, /)', impl: (c: Combinations) => 56 + c.r * 8, doc: sizeofDoc } } },
);

class Permutations extends PyObject {
  result: PyValue[] | null = null;
  readonly indices: number[];
  readonly cycles: number[];
  constructor(
    readonly pool: PyValue[],
    readonly r: number,
    public stopped: boolean,
  ) {
    super();
    const n = pool.length;
    this.indices = [];
    for (let i = 0; i < n; i++) this.indices.push(i);
    this.cycles = [];
    for (let i = 0; i < r; i++) this.cycles.push(n - i);
  }
}

function permutationsNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, robj] = bind('(iterable, r=None)', 'permutations', args, kwnames);
  const pool = iterableToArray(iterable);
  const n = pool.length;
  let r = n;
  if (robj !== None) {
    if (typeof robj !== 'number' && typeof robj !== 'bigint' && typeof robj !== 'boolean' && !(typeOf(robj).tp_flags & TPFLAGS.LONG_SUBCLASS)) {
      throw typeError('Expected int as r');
    }
    r = ssizeArg(robj);
  }
  if (r < 0) throw valueError('r must be non-negative');
  return alloc(Permutations, PermutationsType, type, pool, r, r > n);
}

function permutationsNext(self: PyValue): PyValue | undefined {
  const po = self as Permutations;
  if (po.stopped) return undefined;
  const { pool, indices, cycles, r } = po;
  const n = pool.length;
  if (po.result === null) {
    po.result = [];
    for (let i = 0; i < r; i++) po.result.push(pool[indices[i]]);
    return po.result.length === 0 ? EMPTY_TUPLE : new PyTuple(po.result.slice());
  }
  if (n === 0) {
    po.stopped = true;
    return undefined;
  }
  const result = po.result;
  let i = r - 1;
  for (; i >= 0; i--) {
    cycles[i] -= 1;
    if (cycles[i] === 0) {
      // rotation: indices[i:] = indices[i+1:] + indices[i:i+1]
      const index = indices[i];
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      const index = indices[i];
      indices[i] = indices[n - j];
      indices[n - j] = index;
      for (let k = i; k < r; k++) result[k] = pool[indices[k]];
      break;
    }
  }
  if (i < 0) {
    po.stopped = true;
    return undefined;
  }
  return result.length === 0 ? EMPTY_TUPLE : new PyTuple(result.slice());
}

const PermutationsType: PyType = iterType(
  'permutations',
  Permutations,
  'Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)',
  permutationsNew,
  permutationsNext,
  { methods: { __sizeof__: { sig: '($self, /)', impl: (p: Permutations) => 64 + p.pool.length * 8 + p.r * 8, doc: sizeofDoc } } },
);

// ---- accumulate ----

class Accumulate extends PyObject {
  total: PyValue | undefined = undefined;
  constructor(
    readonly it: PyValue,
    readonly binop: PyValue | null,
    public initial: PyValue,
  ) {
    super();
  }
}

function accumulateNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, func, initial] = bind('(iterable, func=None, *, initial=None)', 'accumulate', args, kwnames);
  const it = PyObject_GetIter(iterable);
  return alloc(Accumulate, AccumulateType, type, it, func === None ? null : func, initial);
}

function accumulateNext(self: PyValue): PyValue | undefined {
  const lz = self as Accumulate;
  if (lz.initial !== None) {
    lz.total = lz.initial;
    lz.initial = None;
    return lz.total;
  }
  const val = next(lz.it);
  if (val === undefined) return undefined;
  if (lz.total === undefined) {
    lz.total = val;
    return val;
  }
  const newtotal = lz.binop === null ? PyNumber_Add(lz.total, val) : PyObject_Call(lz.binop, [lz.total, val], null);
  lz.total = newtotal;
  return newtotal;
}

const AccumulateType: PyType = iterType('accumulate', Accumulate, 'Return series of accumulated sums (or other binary function results).', accumulateNew, accumulateNext);

// ---- count and repeat ----

class Count extends PyObject {
  constructor(
    public cnt: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

/** PyNumber_Check: int, float, complex, or anything with __index__, __int__ or __float__. */
function isNumber(v: PyValue): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean') return true;
  if (v instanceof PyFloat) return true;
  const tp = typeOf(v);
  return tp.nb_index !== null || tp.nb_int !== null || tp.nb_float !== null || tp.tp_name === 'complex';
}

function isIntObj(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || (t === 'object' && (typeOf(v).tp_flags & TPFLAGS.LONG_SUBCLASS) !== 0);
}

/**
 * count(start=0, step=1). In CPython's fast mode (an int start within Py_ssize_t and an int step
 * equal to 1) the start is converted to a plain int; otherwise the objects given are added as is.
 */
function countNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [start, step] = bind('(start=0, step=1)', 'count', args, kwnames);
  if (!isNumber(start) || !isNumber(step)) throw typeError('a number is required');
  let cnt = start;
  if (isIntObj(start) && isIntObj(step) && PyNumber_Index(step) === 1) {
    const i = PyNumber_Index(start);
    if (typeof i === 'number' || (i <= BigInt(SSIZE_MAX) && i >= -BigInt(SSIZE_MAX) - 1n)) cnt = i;
  }
  return alloc(Count, CountType, type, cnt, step);
}

function countNext(self: PyValue): PyValue | undefined {
  const lz = self as Count;
  const v = lz.cnt;
  if (typeof v === 'number' && lz.step === 1 && v < Number.MAX_SAFE_INTEGER) lz.cnt = v + 1;
  else lz.cnt = PyNumber_Add(v, lz.step);
  return v;
}

/** A step that is the int 1 (True included) is not shown.  CPython: count_repr */
function countRepr(self: PyValue): string {
  const lz = self as Count;
  const name = lz.ob_type.name;
  const s = lz.step;
  const stepIsOne = isIntObj(s) && PyNumber_Index(s) === 1;
  if (stepIsOne) return `${name}(${PyObject_Repr(lz.cnt)})`;
  return `${name}(${PyObject_Repr(lz.cnt)}, ${PyObject_Repr(s)})`;
}

const CountType: PyType = iterType(
  'count',
  Count,
  'Return a count object whose .__next__() method returns consecutive values.',
  countNew,
  countNext,
  { repr: countRepr },
);

class Repeat extends PyObject {
  constructor(
    readonly element: PyValue,
    public cnt: number,
  ) {
    super();
  }
}

function repeatNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [element, times] = bind('(object, times=<unrepresentable>)', 'repeat', args, kwnames);
  let cnt = -1;
  if (times !== undefined) {
    cnt = ssizeArg(times);
    if (cnt < 0) cnt = 0;
  }
  return alloc(Repeat, RepeatType, type, element, cnt);
}

function repeatNext(self: PyValue): PyValue | undefined {
  const ro = self as Repeat;
  if (ro.cnt === 0) return undefined;
  if (ro.cnt > 0) ro.cnt--;
  return ro.element;
}

function repeatRepr(self: PyValue): string {
  const ro = self as Repeat;
  const name = ro.ob_type.name;
  if (ro.cnt === -1) return `${name}(${PyObject_Repr(ro.element)})`;
  return `${name}(${PyObject_Repr(ro.element)}, ${ro.cnt})`;
}

const RepeatType: PyType = iterType('repeat', Repeat, 'repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.', repeatNew, repeatNext, {
  repr: repeatRepr,
  methods: {
    __length_hint__: {
      sig: '($self, /)',
      impl: (ro: Repeat) => {
        if (ro.cnt === -1) throw typeError('len() of unsized object');
        return ro.cnt;
      },
      doc: 'Private method returning an estimate of len(list(it)).',
    },
  },
});

// ---- zip_longest ----

class ZipLongest extends PyObject {
  numactive: number;
  constructor(
    readonly iters: (PyValue | null)[],
    readonly fillvalue: PyValue,
  ) {
    super();
    this.numactive = iters.length;
  }
}

function zipLongestNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let fillvalue: PyValue = None;
  if (nkw > 0) {
    if (nkw !== 1 || kwnames![0] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fillvalue = args[nargs];
  }
  const iters: PyValue[] = [];
  for (let i = 0; i < nargs; i++) iters.push(PyObject_GetIter(args[i]));
  return alloc(ZipLongest, ZipLongestType, type, iters, fillvalue);
}

function zipLongestNext(self: PyValue): PyValue | undefined {
  const lz = self as ZipLongest;
  const n = lz.iters.length;
  if (n === 0 || lz.numactive === 0) return undefined;
  const result = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const it = lz.iters[i];
    if (it === null) {
      result[i] = lz.fillvalue;
      continue;
    }
    let item: PyValue | undefined;
    try {
      item = next(it);
    } catch (e) {
      lz.numactive = 0;
      throw e;
    }
    if (item === undefined) {
      lz.numactive -= 1;
      if (lz.numactive === 0) return undefined;
      result[i] = lz.fillvalue;
      lz.iters[i] = null;
    } else result[i] = item;
  }
  return new PyTuple(result);
}

const ZipLongestType: PyType = iterType(
  'zip_longest',
  ZipLongest,
  'Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.',
  zipLongestNew,
  zipLongestNext,
);

// ---- the module ----

export const itertoolsModule = defineModule({
  name: 'itertools',
  doc: 'Functional tools for creating and using iterators.',
  functions: {
    tee: { sig: '($module, iterable, n=2, /)', impl: tee, doc: 'Returns a tuple of n independent iterators.' },
  },
  constants: () => ({
    accumulate: AccumulateType,
    batched: BatchedType,
    chain: ChainType,
    combinations: CombinationsType,
    combinations_with_replacement: CwrType,
    compress: CompressType,
    count: CountType,
    cycle: CycleType,
    dropwhile: DropWhileType,
    filterfalse: FilterFalseType,
    groupby: GroupByType,
    islice: ISliceType,
    pairwise: PairwiseType,
    permutations: PermutationsType,
    product: ProductType,
    repeat: RepeatType,
    starmap: StarMapType,
    takewhile: TakeWhileType,
    zip_longest: ZipLongestType,
    _grouper: GrouperType,
    _tee: TeeType,
    _tee_dataobject: TeeDataType,
  }),
});

void NotImplemented;
