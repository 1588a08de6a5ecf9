// The _functools module: reduce, cmp_to_key, partial (with Placeholder) and the lru_cache wrapper.
// CPython: Modules/_functoolsmodule.c
//
// Lib/functools.py takes these over its pure definitions.  As in CPython: partial flattens a partial
// of a partial that has no instance __dict__, binds as a method (__get__), fills Placeholder slots from
// the call's positional arguments and pickles through __reduce__/__setstate__; the lru_cache wrapper
// hashes each key once, keeps a bounded cache in least-recently-used order (a linked list over the
// cache dict) and drops the args tuple for a lone exact int or str argument.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyType_IsSubtype } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyTuple, TupleType } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { hashHi } from '../objects/hash.ts';
import { DictType } from '../objects/dict-type.ts';
import * as A from '../objects/abstract.ts';
import { typeError, attributeError, exceptionMatches, PyExc_TypeError } from '../objects/exceptions.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { enterRepr, leaveRepr } from '../objects/repr-guard.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from '../objects/generic-attr.ts';
import { PyMethod } from '../objects/function.ts';
import { genericAliasClassMethod } from '../objects/genericalias.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { ObjectType } from '../objects/typeobject.ts';
import { withDocs, moduleDoc } from './docs.ts';

type V = PyValue;

function isCallable(v: V): boolean {
  return typeOf(v).tp_call !== null;
}

/** Keyword arguments as the vectorcall convention passes them: values after the positional ones. */
function callWithDict(f: V, args: readonly V[], kw: PyDict | null): V {
  if (kw === null || kw.size === 0) return A.PyObject_Call(f, args, null);
  const all = [...args];
  const names: string[] = [];
  for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
    const k = kw.keys[i];
    if (!isStrValue(k)) throw typeError('keywords must be strings');
    names.push(strValue(k));
    all.push(kw.values[i]);
  }
  return A.PyObject_Call(f, all, names);
}

/** The call's keyword arguments as a dict (null when there are none). */
function kwDict(args: readonly V[], kwnames: readonly string[] | null): PyDict | null {
  if (kwnames === null || kwnames.length === 0) return null;
  const d = new PyDict();
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => d.setStr(k, args[npos + i]));
  return d;
}

function positional(args: readonly V[], kwnames: readonly string[] | null): readonly V[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/** A new dict with d's items.  CPython: PyDict_Copy */
function copyDict(d: PyDict): PyDict {
  const c = new PyDict();
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) c.set(d.keys[i], d.values[i]);
  return c;
}

function getattro(obj: V, name: string, suppress: boolean): V | undefined {
  return PyObject_GenericGetAttr(obj, name, suppress);
}

function setattro(obj: V, name: string, value: V | null): void {
  PyObject_GenericSetAttr(obj, name, value);
}

// ---- Placeholder ----

class PlaceholderObject extends PyObject {}

let placeholder: PlaceholderObject | null = null;

function thePlaceholder(): PlaceholderObject {
  return (placeholder ??= new PlaceholderObject());
}

// CPython: placeholder_new (the singleton)
function placeholderNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  if (args.length) throw typeError('PlaceholderType takes no arguments');
  void kwnames;
  return thePlaceholder();
}

const PlaceholderType = defineBuiltinType({
  name: 'functools._PlaceholderType',
  doc: 'The type of the Placeholder singleton, which marks positional slots a partial leaves open.',
  instanceClass: PlaceholderObject,
  slots: { tp_new: placeholderNew, tp_repr: () => 'Placeholder' },
  methods: { __reduce__: { sig: '($self, /)', impl: () => 'Placeholder' } },
  attrs: () => ({ __module__: 'functools' }),
});

// ---- partial ----

class Partial extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(
    public fn: V,
    public args: PyTuple,
    public kw: PyDict,
    /** How many Placeholders args holds (never the last item). */
    public phcount: number,
  ) {
    super();
  }
}

function countPlaceholders(items: readonly V[]): number {
  const ph = thePlaceholder();
  let n = 0;
  for (let i = 0; i < items.length - 1; i++) if (items[i] === ph) n++;
  return n;
}

// CPython: partial_new
function partialNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const pos = positional(args, kwnames);
  const kw = kwDict(args, kwnames);
  if (pos.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = pos[0];
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  const ph = thePlaceholder();
  const newArgs = pos.slice(1);
  if (newArgs.length && newArgs[newArgs.length - 1] === ph) throw typeError('trailing Placeholders are not allowed');
  if (kw !== null) {
    for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
      if (kw.values[i] === ph) throw typeError('Placeholder cannot be passed as a keyword argument');
    }
  }
  // A partial of a partial (without an instance __dict__) is flattened into one.
  let ptoArgs: readonly V[] | null = null;
  let ptoKw: PyDict | null = null;
  let ptoPh = 0;
  if (func instanceof Partial && PyType_IsSubtype(typeOf(func), PartialType) && partialDictIsUnset(func)) {
    ptoArgs = func.args.items;
    ptoKw = func.kw;
    ptoPh = func.phcount;
    func = func.fn;
  }
  const phcount = countPlaceholders(newArgs);
  let allArgs: V[];
  let allPh: number;
  if (ptoArgs !== null && ptoPh > 0 && newArgs.length > 0) {
    // The new arguments fill the inner partial's Placeholders first, then follow its arguments.
    allArgs = [];
    let j = 0;
    for (const item of ptoArgs) {
      if (j < newArgs.length && item === ph) {
        allArgs.push(newArgs[j++]);
        ptoPh--;
      } else {
        allArgs.push(item);
      }
    }
    while (j < newArgs.length) allArgs.push(newArgs[j++]);
    allPh = ptoPh + phcount;
  } else if (ptoArgs === null) {
    allArgs = newArgs;
    allPh = phcount;
  } else {
    allArgs = [...ptoArgs, ...newArgs];
    allPh = ptoPh + phcount;
  }
  let allKw: PyDict;
  if (ptoKw === null || ptoKw.size === 0) {
    allKw = kw ?? new PyDict();
  } else {
    allKw = copyDict(ptoKw);
    if (kw !== null) for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) allKw.set(kw.keys[i], kw.values[i]);
  }
  const t = new PyTuple(allArgs);
  if (type === PartialType) return new Partial(func, t, allKw, allPh);
  return newHeapInstance(Partial, type, func, t, allKw, allPh);
}

/** CPython tests part->dict == NULL: no instance __dict__ was made (or, for a subclass, it is still empty). */
function partialDictIsUnset(p: Partial): boolean {
  const d = p.ob_dict;
  if (d === null) return true;
  return typeOf(p) !== PartialType && d.size === 0;
}

// CPython: partial_call, partial_vectorcall
function partialCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const pto = self as Partial;
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs < pto.phcount) {
    throw typeError(`missing positional arguments in 'partial' call; expected at least ${pto.phcount}, got ${nargs}`);
  }
  const ptoArgs = pto.args.items;
  const all: V[] = [];
  let j = 0;
  if (pto.phcount) {
    const ph = thePlaceholder();
    for (const item of ptoArgs) all.push(item === ph ? args[j++] : item);
  } else {
    for (const item of ptoArgs) all.push(item);
  }
  for (; j < nargs; j++) all.push(args[j]);
  if (pto.kw.size === 0) {
    for (let i = 0; i < nkw; i++) all.push(args[nargs + i]);
    return A.PyObject_Call(pto.fn, all, nkw ? kwnames : null);
  }
  // The call's keywords override the partial's (a copy: the callee may keep its **kwargs).
  const merged = copyDict(pto.kw);
  for (let i = 0; i < nkw; i++) merged.setStr(kwnames![i], args[nargs + i]);
  return callWithDict(pto.fn, all, merged);
}

function partialDescrGet(self: V, obj: V | null): V {
  if (obj === null || obj === None) return self;
  return new PyMethod(self, obj);
}

function partialRepr(self: V): string {
  const pto = self as Partial;
  if (!enterRepr(pto)) return '...';
  try {
    let arglist = '';
    for (const a of pto.args.items) arglist += `, ${A.PyObject_Repr(a)}`;
    const kw = pto.kw;
    for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
      // The value is taken before key.__str__ runs (which may replace it).
      const value = kw.values[i];
      arglist += `, ${A.PyObject_Str(kw.keys[i])}=${A.PyObject_Repr(value)}`;
    }
    const t = typeOf(pto);
    const mod = A.PyObject_Str(A.PyObject_GetAttr(t, '__module__'));
    const qualname = A.PyObject_Str(A.PyObject_GetAttr(t, '__qualname__'));
    return `${mod}.${qualname}(${A.PyObject_Repr(pto.fn)}${arglist})`;
  } finally {
    leaveRepr(pto);
  }
}

function partialReduce(self: Partial): V {
  return new PyTuple([typeOf(self), new PyTuple([self.fn]), new PyTuple([self.fn, self.args, self.kw, self.ob_dict ?? None])]);
}

// CPython: partial_setstate
function partialSetstate(self: Partial, state: V): V {
  const bad = () => typeError('invalid partial state');
  if (!(state instanceof PyTuple) || state.items.length !== 4) throw bad();
  const [fn, fnargs, kw, dict] = state.items;
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict)) || (dict !== None && !(dict instanceof PyDict))) {
    throw bad();
  }
  const items = fnargs.items;
  if (items.length && items[items.length - 1] === thePlaceholder()) throw typeError('trailing Placeholders are not allowed');
  const phcount = countPlaceholders(items);
  const args = typeOf(fnargs) === TupleType ? fnargs : new PyTuple([...items]);
  let kwd: PyDict;
  if (kw === None) kwd = new PyDict();
  else if (typeOf(kw) !== DictType) kwd = copyDict(kw as PyDict);
  else kwd = kw as PyDict;
  self.fn = fn;
  self.args = args;
  self.kw = kwd;
  self.phcount = phcount;
  self.ob_dict = dict === None ? null : (dict as PyDict);
  return None;
}

function partialGetDict(self: Partial): V {
  return (self.ob_dict ??= new PyDict());
}

function partialSetDict(self: Partial, v: V | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tp_name}'`);
  self.ob_dict = v;
}

const PartialType = defineBuiltinType({
  name: 'functools.partial',
  doc: 'Create a new function with partial application of the given arguments and keywords.',
  textSignature: '(func, /, *args, **keywords)',
  flags: TPFLAGS.BASETYPE | TPFLAGS.METHOD_DESCRIPTOR,
  instanceClass: Partial,
  slots: {
    tp_new: partialNew,
    tp_call: partialCall,
    tp_repr: partialRepr,
    tp_descr_get: partialDescrGet,
    tp_getattro: getattro,
    tp_setattro: setattro,
  },
  methods: {
    __reduce__: { sig: '($self, /)', impl: partialReduce },
    __setstate__: { sig: '($self, object, /)', impl: partialSetstate },
    __class_getitem__: genericAliasClassMethod("partial is generic over the wrapped function's return type"),
  },
  members: {
    func: { get: (p: Partial) => p.fn, doc: 'function object to use in future partial calls' },
    args: { get: (p: Partial) => p.args, doc: 'tuple of arguments to future partial calls' },
    keywords: { get: (p: Partial) => p.kw, doc: 'dictionary of keyword arguments to future partial calls' },
    // CPython's spec also names __dictoffset__ and __weaklistoffset__, which type creation consumes.
    __vectorcalloffset__: { get: () => 56 },
  },
  getset: { __dict__: { get: partialGetDict, set: partialSetDict } },
  attrs: () => ({ __module__: 'functools' }),
  instanceHasDict: true,
  weakrefable: true,
});

// ---- cmp_to_key ----

class KeyWrapper extends PyObject {
  constructor(
    readonly cmp: V,
    public object: V | null,
  ) {
    super();
  }
}

const K_SIG = parseSignature('(obj)');

// CPython: keyobject_call
function keyCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const ko = self as KeyWrapper;
  const [obj] = bindArguments(K_SIG, { short: 'K', funcStr: 'K()' }, args, kwnames) as V[];
  const k = new KeyWrapper(ko.cmp, obj);
  return k;
}

// CPython: keyobject_richcompare
function keyRichcompare(self: V, other: V, op: CompareOp): V {
  if (typeOf(other) !== typeOf(self)) throw typeError('other argument must be K instance');
  const x = (self as KeyWrapper).object;
  const y = (other as KeyWrapper).object;
  if (x === null || y === null) throw attributeError('object');
  const res = A.PyObject_Call((self as KeyWrapper).cmp, [x, y], null);
  return A.PyObject_RichCompare(res, 0, op);
}

const KeyWrapperType = defineBuiltinType({
  name: 'functools.KeyWrapper',
  doc: 'A key object made by cmp_to_key: calling it wraps a value, and wrapped values compare through the function.',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: KeyWrapper,
  slots: { tp_call: keyCall, tp_richcompare: keyRichcompare, tp_getattro: getattro },
  members: {
    obj: {
      get: (k: KeyWrapper) => k.object ?? None,
      set: (k: KeyWrapper, v: V | null) => void (k.object = v),
      doc: 'Value wrapped by a key function.',
    },
  },
  getset: { __text_signature__: { get: () => '(obj)' } },
  attrs: () => ({ __module__: 'functools' }),
});

function cmpToKey(_m: V, mycmp: V): V {
  return new KeyWrapper(mycmp, null);
}

// ---- reduce ----

// CPython: _functools_reduce_impl
function reduce(_m: V, func: V, seq: V, initial: V | undefined): V {
  let it: V;
  try {
    it = A.PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let result = initial;
  for (let item = A.PyIter_Next(it); item !== undefined; item = A.PyIter_Next(it)) {
    result = result === undefined ? item : A.PyObject_Call(func, [result, item], null);
  }
  if (result === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return result;
}

// ---- lru_cache ----

/** A cache entry, linked in least- to most-recently-used order.  CPython: lru_list_elem */
class Link extends PyObject {
  prev: Link = this;
  next: Link = this;
  constructor(
    public key: V,
    public result: V,
    public lo: number,
    public hi: number,
  ) {
    super();
  }
}

defineBuiltinType({
  name: 'functools._lru_list_elem',
  doc: 'An entry of a bounded lru_cache.',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: Link,
});

const enum CacheKind {
  Uncached,
  Infinite,
  Bounded,
}

class LruCacheWrapper extends PyObject {
  ob_dict: PyDict | null = null;
  readonly cache = new PyDict();
  /** Sentinel of the circular list: root.next is the oldest entry, root.prev the newest. */
  readonly root = new Link(None, None, 0, 0);
  hits = 0;
  misses = 0;
  constructor(
    readonly func: V,
    readonly kind: CacheKind,
    /** -1 for an unbounded cache. */
    readonly maxsize: number,
    readonly typed: boolean,
    readonly cacheInfoType: V,
  ) {
    super();
  }
}

/** Separates positional from keyword arguments in cache keys (one per interpreter in CPython). */
let kwdMark: V | null = null;

// CPython: lru_cache_make_key
function makeKey(args: readonly V[], kw: readonly string[] | null, kwValues: readonly V[], typed: boolean): V {
  const nkw = kw?.length ?? 0;
  if (!typed && nkw === 0) {
    if (args.length === 1) {
      const k = args[0];
      const t = typeof k;
      // A lone exact str or int is its own key.
      if (t === 'string' || t === 'number' || t === 'bigint') return k;
    }
    return new PyTuple([...args]);
  }
  const key: V[] = [...args];
  if (nkw) {
    key.push((kwdMark ??= A.PyObject_CallNoArgs(ObjectType)));
    for (let i = 0; i < nkw; i++) key.push(kw![i], kwValues[i]);
  }
  if (typed) {
    for (const a of args) key.push(typeOf(a));
    for (const v of kwValues) key.push(typeOf(v));
  }
  return new PyTuple(key);
}

function unlink(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(self: LruCacheWrapper, link: Link): void {
  const root = self.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

// CPython: lru_cache_call and its three wrappers
function lruCall(selfV: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const self = selfV as LruCacheWrapper;
  if (self.kind === CacheKind.Uncached) {
    self.misses++;
    return A.PyObject_Call(self.func, args, kwnames);
  }
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  const pos = nkw ? args.slice(0, nargs) : args;
  const key = makeKey(pos, kwnames, nkw ? args.slice(nargs) : [], self.typed);
  const lo = A.PyObject_HashParts(key);
  const hi = hashHi;
  const cache = self.cache;
  let i = cache.findHashed(key, lo, hi);
  if (self.kind === CacheKind.Infinite) {
    if (i >= 0) {
      self.hits++;
      return cache.values[i];
    }
    self.misses++;
    const result = A.PyObject_Call(self.func, args, kwnames);
    cache.setHashed(key, result, lo, hi);
    return result;
  }
  if (i >= 0) {
    const link = cache.values[i] as Link;
    unlink(link);
    appendLink(self, link);
    self.hits++;
    return link.result;
  }
  self.misses++;
  const result = A.PyObject_Call(self.func, args, kwnames);
  // The call may have added this key (reentrancy): its entry is already in place.
  if (cache.findHashed(key, lo, hi) >= 0) return result;
  if (cache.size < self.maxsize || self.root.next === self.root) {
    const link = new Link(key, result, lo, hi);
    cache.setHashed(key, link, lo, hi);
    appendLink(self, link);
    return result;
  }
  // Full: the oldest entry gives its place to the new one.
  const oldest = self.root.next;
  unlink(oldest);
  i = cache.findHashed(oldest.key, oldest.lo, oldest.hi);
  if (i >= 0) cache.removeAt(i);
  oldest.key = key;
  oldest.result = result;
  oldest.lo = lo;
  oldest.hi = hi;
  cache.setHashed(key, oldest, lo, hi);
  appendLink(self, oldest);
  return result;
}

const LRU_SIG = parseSignature('(user_function, maxsize, typed, cache_info_type)');

// CPython: lru_cache_new
function lruNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [func, maxsizeO, typedO, cacheInfoType] = bindArguments(LRU_SIG, { short: 'lru_cache', funcStr: 'lru_cache()' }, args, kwnames) as V[];
  const typed = A.PyObject_IsTrue(typedO);
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  let kind: CacheKind;
  let maxsize: number;
  if (maxsizeO === None) {
    kind = CacheKind.Infinite;
    maxsize = -1;
  } else if (typeof maxsizeO === 'number' || typeof maxsizeO === 'bigint' || typeof maxsizeO === 'boolean' || typeOf(maxsizeO).nb_index !== null) {
    maxsize = Math.max(0, A.PyNumber_AsSsize_t(maxsizeO, false));
    kind = maxsize === 0 ? CacheKind.Uncached : CacheKind.Bounded;
  } else {
    throw typeError('maxsize should be integer or None');
  }
  return new LruCacheWrapper(func, kind, maxsize, typed, cacheInfoType);
}

function lruCacheInfo(self: LruCacheWrapper): V {
  return A.PyObject_Call(self.cacheInfoType, [self.hits, self.misses, self.maxsize === -1 ? None : self.maxsize, self.cache.size], null);
}

function lruCacheClear(self: LruCacheWrapper): V {
  self.root.next = self.root.prev = self.root;
  self.hits = self.misses = 0;
  self.cache.clear();
  return None;
}

function lruGetDict(self: LruCacheWrapper): V {
  return (self.ob_dict ??= new PyDict());
}

function lruSetDict(self: LruCacheWrapper, v: V | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tp_name}'`);
  self.ob_dict = v;
}

const LruCacheWrapperType = defineBuiltinType({
  name: 'functools._lru_cache_wrapper',
  doc: 'A cached callable wrapping a function: lru_cache builds one.',
  flags: TPFLAGS.METHOD_DESCRIPTOR,
  instanceClass: LruCacheWrapper,
  slots: { tp_new: lruNew, tp_call: lruCall, tp_descr_get: partialDescrGet },
  methods: {
    cache_info: { sig: '($self, /)', impl: lruCacheInfo, doc: 'Report cache statistics' },
    cache_clear: { sig: '($self, /)', impl: lruCacheClear, doc: 'Clear the cache and cache statistics' },
    __reduce__: { sig: '($self, /)', impl: (s: LruCacheWrapper) => A.PyObject_GetAttr(s, '__qualname__') },
    __copy__: { sig: '($self, /, *args)', textSignature: null, impl: (s: LruCacheWrapper) => s },
    __deepcopy__: { sig: '($self, /, *args)', textSignature: null, impl: (s: LruCacheWrapper) => s },
  },
  getset: { __dict__: { get: lruGetDict, set: lruSetDict } },
  attrs: () => ({ __module__: 'functools' }),
  instanceHasDict: true,
  weakrefable: true,
});

export const functoolsModule = defineModule({
  name: '_functools',
  doc: moduleDoc('_functools'),
  functions: withDocs('_functools', {
    reduce: { sig: '($module, function, iterable, /, initial=<unrepresentable>)', impl: reduce },
    cmp_to_key: { sig: '($module, /, mycmp)', impl: cmpToKey },
  }),
  constants: () => ({
    partial: PartialType,
    Placeholder: thePlaceholder(),
    _PlaceholderType: PlaceholderType,
    _lru_cache_wrapper: LruCacheWrapperType,
  }),
});

void KeyWrapperType;
