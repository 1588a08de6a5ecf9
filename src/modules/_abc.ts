// The _abc module: the machinery of abc.ABCMeta (abstract methods, registration, cached
// isinstance/issubclass).  CPython: Modules/_abcmodule.c.  With it, abc does not fall back to
// _py_abc (which needs _weakrefset and types at start-up and runs every check in Python).
import { None, NotImplemented, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, typeOf, subclassesOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { FrozenSetType, SetType } from '../objects/set-type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { ReferenceType } from './_weakref.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { withDocs, moduleDoc } from './docs.ts';

type V = PyValue;

/** A set of objects held weakly, by identity. */
class WeakObjectSet {
  private members = new WeakSet<PyObject>();
  private refs: WeakRef<PyObject>[] = [];

  has(o: V): boolean {
    return o instanceof PyObject && this.members.has(o);
  }

  add(o: V): void {
    if (!(o instanceof PyObject) || this.members.has(o)) return;
    this.members.add(o);
    this.refs.push(new WeakRef(o));
  }

  clear(): void {
    this.members = new WeakSet();
    this.refs = [];
  }

  /** The members still alive. */
  live(): PyObject[] {
    const out: PyObject[] = [];
    for (const r of this.refs) {
      const o = r.deref();
      if (o !== undefined) out.push(o);
    }
    return out;
  }

  get size(): number {
    return this.live().length;
  }
}

/** An ABC's registry and caches (its _abc_impl).  CPython: _abc_data */
export class PyAbcData extends PyObject {
  readonly registry = new WeakObjectSet();
  readonly cache = new WeakObjectSet();
  readonly negativeCache = new WeakObjectSet();
  negativeCacheVersion: number;

  constructor() {
    super();
    this.negativeCacheVersion = invalidationCounter();
  }
}

export const AbcDataType = defineBuiltinType({
  name: '_abc._abc_data',
  doc: 'Internal state held by ABC machinery.',
  instanceClass: PyAbcData,
});

/** The counter bumped by every register(); negative caches older than it are stale.  Per interpreter. */
const counters = new WeakMap<Interpreter, number>();

function invalidationCounter(): number {
  return counters.get(interp()) ?? 0;
}

function bumpCounter(): void {
  const ip = interp();
  counters.set(ip, (counters.get(ip) ?? 0) + 1);
}

function getImpl(self: V): PyAbcData {
  const impl = A.PyObject_GetAttr(self, '_abc_impl');
  if (!(impl instanceof PyAbcData)) throw E.typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** getattr(obj, '__isabstractmethod__', False) is true.  CPython: _PyObject_IsAbstract */
function isAbstract(v: V): boolean {
  const a = A.PyObject_LookupAttr(v, '__isabstractmethod__');
  return a !== undefined && A.PyObject_IsTrue(a);
}

/** Sets cls.__abstractmethods__ from its namespace and its bases'.  CPython: compute_abstract_methods */
function computeAbstractMethods(self: V): void {
  const abstracts: V[] = [];
  const seen = new Set<string>();
  const add = (k: V) => {
    const key = typeof k === 'string' ? k : null;
    if (key !== null) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    abstracts.push(k);
  };
  const ns = A.PyObject_GetAttr(self, '__dict__');
  const keys = A.iterableToArray(A.PyObject_CallMethod(ns, 'keys', []));
  for (const key of keys) {
    if (isAbstract(A.PyObject_GetItem(ns, key))) add(key);
  }
  const bases = A.PyObject_GetAttr(self, '__bases__');
  if (!(bases instanceof PyTuple)) throw E.typeError('__bases__ is not tuple');
  for (const base of bases.items) {
    const baseAbstracts = A.PyObject_LookupAttr(base, '__abstractmethods__');
    if (baseAbstracts === undefined) continue;
    for (const key of A.iterableToArray(baseAbstracts)) {
      const value = A.PyObject_LookupAttr(self, A.attrName(key));
      if (value !== undefined && isAbstract(value)) add(key);
    }
  }
  A.PyObject_SetAttr(self, '__abstractmethods__', A.PyObject_Call(FrozenSetType, [new PyList(abstracts)]));
}

const COLLECTION_FLAGS = TPFLAGS.SEQUENCE | TPFLAGS.MAPPING;

/** Gives a class and its subclasses Py_TPFLAGS_SEQUENCE or _MAPPING (for match).  CPython: set_collection_flag_recursive */
function setCollectionFlagRecursive(child: PyType, flag: number): void {
  if (child.tp_flags & TPFLAGS.IMMUTABLETYPE || (child.tp_flags & COLLECTION_FLAGS) === flag) return;
  child.tp_flags = (child.tp_flags & ~COLLECTION_FLAGS) | flag;
  for (const sub of subclassesOf(child)) setCollectionFlagRecursive(sub, flag);
}

/** _abc_init(self): abstract methods, the registry, __abc_tpflags__.  CPython: _abc__abc_init */
function abcInit(_m: V, self: V): V {
  computeAbstractMethods(self);
  A.PyObject_SetAttr(self, '_abc_impl', new PyAbcData());
  if (self instanceof PyType) {
    const d = self.tp_dict;
    const flags = d.getStr('__abc_tpflags__');
    if (flags !== undefined) {
      d.delete('__abc_tpflags__');
      if (typeof flags === 'number') {
        if ((flags & COLLECTION_FLAGS) === COLLECTION_FLAGS) throw E.typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
        self.tp_flags = (self.tp_flags & ~COLLECTION_FLAGS) | (flags & COLLECTION_FLAGS);
      }
    }
  }
  return None;
}

/** _abc_register(self, subclass).  CPython: _abc__abc_register_impl */
function abcRegister(_m: V, self: V, subclass: V): V {
  if (!(subclass instanceof PyType)) throw E.typeError('Can only register classes');
  if (A.PyObject_IsSubclass(subclass, self)) return subclass;
  if (A.PyObject_IsSubclass(self, subclass)) throw E.runtimeError('Refusing to create an inheritance cycle');
  getImpl(self).registry.add(subclass);
  bumpCounter();
  if (self instanceof PyType) {
    const flag = self.tp_flags & COLLECTION_FLAGS;
    if (flag) setCollectionFlagRecursive(subclass, flag);
  }
  return subclass;
}

/** _abc_instancecheck(self, instance).  CPython: _abc__abc_instancecheck_impl */
function abcInstancecheck(_m: V, self: V, instance: V): V {
  const impl = getImpl(self);
  const subclass = A.PyObject_GetAttr(instance, '__class__');
  if (impl.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === invalidationCounter() && impl.negativeCache.has(subclass)) return false;
    return A.PyObject_CallMethod(self, '__subclasscheck__', [subclass]);
  }
  const result = A.PyObject_CallMethod(self, '__subclasscheck__', [subclass]);
  if (A.PyObject_IsTrue(result)) return result;
  return A.PyObject_CallMethod(self, '__subclasscheck__', [subtype]);
}

/** _abc_subclasscheck(self, subclass).  CPython: _abc__abc_subclasscheck_impl */
function abcSubclasscheck(_m: V, self: V, subclass: V): V {
  if (!(subclass instanceof PyType)) throw E.typeError('issubclass() arg 1 must be a class');
  const impl = getImpl(self);
  // 1. The cache.
  if (impl.cache.has(subclass)) return true;
  // 2. The negative cache, invalidated by registrations since it was filled.
  const counter = invalidationCounter();
  if (impl.negativeCacheVersion < counter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = counter;
  } else if (impl.negativeCache.has(subclass)) return false;
  // 3. The subclass hook.
  const ok = A.PyObject_CallMethod(self, '__subclasshook__', [subclass]);
  if (ok === true) {
    impl.cache.add(subclass);
    return true;
  }
  if (ok === false) {
    impl.negativeCache.add(subclass);
    return false;
  }
  if (ok !== NotImplemented) throw E.newException(E.PyExc_AssertionError, ['__subclasshook__ must return either False, True, or NotImplemented']);
  // 4. A direct subclass.
  if (subclass.tp_mro.includes(self as PyType)) {
    impl.cache.add(subclass);
    return true;
  }
  // 5. A subclass of a registered class.
  if (impl.registry.has(subclass)) {
    impl.cache.add(subclass);
    return true;
  }
  for (const rcls of impl.registry.live()) {
    if (A.PyObject_IsSubclass(subclass, rcls)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  // 6. A subclass of a subclass.
  const subclasses = A.PyObject_CallMethod(self, '__subclasses__', []);
  if (!(subclasses instanceof PyList)) throw E.typeError('__subclasses__() must return a list');
  for (const scls of [...subclasses.items]) {
    if (A.PyObject_IsSubclass(subclass, scls)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  impl.negativeCache.add(subclass);
  return false;
}

function refSet(s: WeakObjectSet): V {
  return A.PyObject_Call(SetType, [new PyList(s.live().map((o) => A.PyObject_Call(ReferenceType, [o])))]);
}

/** _get_dump(self): (registry, cache, negative cache, negative cache version), the sets of weak references.  CPython: _abc__get_dump */
function getDump(_m: V, self: V): V {
  const impl = getImpl(self);
  return new PyTuple([refSet(impl.registry), refSet(impl.cache), refSet(impl.negativeCache), impl.negativeCacheVersion]);
}

export const abcModule = defineModule({
  name: '_abc',
  doc: moduleDoc('_abc'),
  functions: withDocs('_abc', {
    get_cache_token: { sig: '($module, /)', impl: () => invalidationCounter() },
    _abc_init: { sig: '($module, self, /)', impl: abcInit },
    _abc_register: { sig: '($module, self, subclass, /)', impl: abcRegister },
    _abc_instancecheck: { sig: '($module, self, instance, /)', impl: abcInstancecheck },
    _abc_subclasscheck: { sig: '($module, self, subclass, /)', impl: abcSubclasscheck },
    _get_dump: { sig: '($module, self, /)', impl: getDump },
    _reset_registry: { sig: '($module, self, /)', impl: (_m: V, self: V) => (getImpl(self).registry.clear(), None) },
    _reset_caches: {
      sig: '($module, self, /)',
      impl: (_m: V, self: V) => {
        const impl = getImpl(self);
        impl.cache.clear();
        impl.negativeCache.clear();
        return None;
      },
    },
  }),
  constants: () => ({ _abc_data: AbcDataType }),
});

