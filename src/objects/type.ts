// Type objects: the PyType class, its slots, subtype tests and attribute lookup along the MRO.
// CPython: Include/cpython/object.h (PyTypeObject), Objects/typeobject.c
//
// Every slot of CPython's PyTypeObject and its sub-tables (number, sequence, mapping, async) is a
// field of PyType, initialised in the constructor so that all type objects share one shape.
// A null slot means "not provided". Builtin types fill slots from their spec (see builtin-type.ts);
// Python classes get generic slot functions that call their dunder methods (see slotdefs.ts).

import { PyObject, type PyIntValue, type PyValue } from './object.ts';
import type { PyDict } from './dict.ts';

/** Type flags; the values are CPython's, since Python code can read `type.__flags__`. */
export const TPFLAGS = {
  MANAGED_WEAKREF: 1 << 3,
  MANAGED_DICT: 1 << 4,
  SEQUENCE: 1 << 5,
  MAPPING: 1 << 6,
  DISALLOW_INSTANTIATION: 1 << 7,
  IMMUTABLETYPE: 1 << 8,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  HAVE_VECTORCALL: 1 << 11,
  READY: 1 << 12,
  READYING: 1 << 13,
  HAVE_GC: 1 << 14,
  METHOD_DESCRIPTOR: 1 << 17,
  VALID_VERSION_TAG: 1 << 19,
  IS_ABSTRACT: 1 << 20,
  MATCH_SELF: 1 << 22,
  ITEMS_AT_END: 1 << 23,
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 2 ** 31,
} as const;

/** The flags every subclass inherits from its base (the *_SUBCLASS family). */
export const SUBCLASS_FLAGS_MASK =
  TPFLAGS.LONG_SUBCLASS |
  TPFLAGS.LIST_SUBCLASS |
  TPFLAGS.TUPLE_SUBCLASS |
  TPFLAGS.BYTES_SUBCLASS |
  TPFLAGS.UNICODE_SUBCLASS |
  TPFLAGS.DICT_SUBCLASS |
  TPFLAGS.BASE_EXC_SUBCLASS |
  // Not subclass markers but inherited with them from the base.  CPython: inherit_special
  TPFLAGS.MATCH_SELF |
  TPFLAGS.ITEMS_AT_END;

/** Rich comparison operators, numbered as CPython's Py_LT..Py_GE. */
export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

// ---- slot signatures ----
// Errors are thrown (as Python exception objects). Where CPython returns NULL without an exception
// set, these return `undefined` (iternext at the end, getattro with `suppress`).

export type ArgsFunc = (self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null) => PyValue;
export type UnaryFunc = (self: PyValue) => PyValue;
export type BinaryFunc = (a: PyValue, b: PyValue) => PyValue;
export type TernaryFunc = (a: PyValue, b: PyValue, c: PyValue) => PyValue;
export type ReprFunc = (self: PyValue) => string;
export type HashFunc = (self: PyValue) => PyIntValue;
export type RichCmpFunc = (self: PyValue, other: PyValue, op: CompareOp) => PyValue;
export type GetAttroFunc = (self: PyValue, name: string, suppress: boolean) => PyValue | undefined;
/** value null deletes the attribute. */
export type SetAttroFunc = (self: PyValue, name: string, value: PyValue | null) => void;
export type IterNextFunc = (self: PyValue) => PyValue | undefined;
export type DescrGetFunc = (self: PyValue, obj: PyValue | null, type: PyType | null) => PyValue;
export type DescrSetFunc = (self: PyValue, obj: PyValue, value: PyValue | null) => void;
export type InitFunc = (self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null) => void;
export type NewFunc = (type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null) => PyValue;
export type InquiryFunc = (self: PyValue) => boolean;
export type IndexFunc = (self: PyValue) => PyIntValue;
export type LenFunc = (self: PyValue) => number;
export type SsizeArgFunc = (self: PyValue, i: number) => PyValue;
export type SsizeObjArgProc = (self: PyValue, i: number, value: PyValue | null) => void;
export type ObjObjProc = (self: PyValue, value: PyValue) => boolean;
export type ObjObjArgProc = (self: PyValue, key: PyValue, value: PyValue | null) => void;
export type FinalizeFunc = (self: PyValue) => void;
/** One step of an awaitable's iterator: done with its return value, or a value yielded.  CPython: sendfunc */
export type SendFunc = (self: PyValue, arg: PyValue) => { done: boolean; value: PyValue };
/**
 * A call of the type itself with positional arguments args[start..start+count), or undefined to
 * take type.__call__'s generic path (argument errors included).
 */
export type VectorcallFunc = (args: readonly (PyValue | undefined)[], start: number, count: number) => PyValue | undefined;
/** Exposes the object's bytes (the buffer protocol, read side). */
export type GetBufferFunc = (self: PyValue) => Uint8Array;

/** Names of the slot fields, for tables that refer to slots by name (slotdefs). */
export type SlotName =
  | 'tp_repr' | 'tp_str' | 'tp_hash' | 'tp_call' | 'tp_getattro' | 'tp_setattro' | 'tp_richcompare'
  | 'tp_iter' | 'tp_iternext' | 'tp_descr_get' | 'tp_descr_set' | 'tp_init' | 'tp_new' | 'tp_finalize'
  | 'nb_add' | 'nb_subtract' | 'nb_multiply' | 'nb_remainder' | 'nb_divmod' | 'nb_power' | 'nb_negative'
  | 'nb_positive' | 'nb_absolute' | 'nb_bool' | 'nb_invert' | 'nb_lshift' | 'nb_rshift' | 'nb_and'
  | 'nb_xor' | 'nb_or' | 'nb_int' | 'nb_float' | 'nb_inplace_add' | 'nb_inplace_subtract'
  | 'nb_inplace_multiply' | 'nb_inplace_remainder' | 'nb_inplace_power' | 'nb_inplace_lshift'
  | 'nb_inplace_rshift' | 'nb_inplace_and' | 'nb_inplace_xor' | 'nb_inplace_or' | 'nb_floor_divide'
  | 'nb_true_divide' | 'nb_inplace_floor_divide' | 'nb_inplace_true_divide' | 'nb_index'
  | 'nb_matrix_multiply' | 'nb_inplace_matrix_multiply'
  | 'sq_length' | 'sq_concat' | 'sq_repeat' | 'sq_item' | 'sq_ass_item' | 'sq_contains'
  | 'sq_inplace_concat' | 'sq_inplace_repeat'
  | 'mp_length' | 'mp_subscript' | 'mp_ass_subscript'
  | 'am_await' | 'am_aiter' | 'am_anext'
  | 'bf_getbuffer';

let nextVersionTag = 1;

export class PyType extends PyObject {
  /** The metatype. Own field: Python classes with a metaclass have one other than `type`. */
  declare ob_type: PyType;
  /** For builtin types the dotted name ('int', 'collections.deque'); for classes, __name__. */
  tp_name: string;
  tp_flags: number;
  tp_base: PyType | null = null;
  tp_bases: PyType[] = [];
  /** __bases__ as given to type() or assigned (a tuple subclass stays one); made from tp_bases when null. */
  basesTuple: PyObject | null = null;
  tp_mro: PyType[] = [];
  /** The type's namespace. Set by readying (builtin types) or class creation. */
  tp_dict!: PyDict;
  tp_doc: string | null = null;
  /** Changes whenever the type or one of its bases changes; 0 = not assigned yet. */
  tp_version_tag = 0;
  /** Direct subclasses, held weakly (for version invalidation and __subclasses__()). */
  tp_subclasses: WeakRef<PyType>[] | null = null;
  /** _PyType_Lookup results for this type's MRO, cleared with the version tag. */
  lookupCache = new Map<string, PyValue | null>();
  /**
   * The slot functions a new class whose only base is this type gets for the slots it defines no
   * dunder of (objects/slotdefs.ts fixupSlotDispatchers), by slot index; cleared with the version tag.
   */
  derivedSlots: unknown[] | null = null;

  // ---- instance layout ----
  /** The type whose layout instances have (CPython's "solid base"): a builtin type. */
  solidBase: PyType | null = null;
  /** Instances carry an __dict__ (tp_dictoffset != 0). */
  instanceHasDict = false;
  /**
   * Instance dicts may hold names the type's MRO also has (set once a dict got such a name, was
   * exposed through __dict__, or the class gained attributes): method loads must then check the
   * instance dict (see vm/specialize.ts).
   */
  dictMayShadow = false;
  /** Instances can be weakly referenced. */
  instanceWeakrefable = false;
  /** Number of __slots__ storage cells per instance (own and inherited). */
  slotCount = 0;
  /** JS constructor of heap-type instances with this solid base (see heap.ts). */
  heapClass: (new () => PyObject) | null = null;

  // ---- the slots ----
  tp_repr: ReprFunc | null = null;
  tp_str: ReprFunc | null = null;
  tp_hash: HashFunc | null = null;
  tp_call: ArgsFunc | null = null;
  tp_getattro: GetAttroFunc | null = null;
  tp_setattro: SetAttroFunc | null = null;
  tp_richcompare: RichCmpFunc | null = null;
  tp_iter: UnaryFunc | null = null;
  tp_iternext: IterNextFunc | null = null;
  tp_descr_get: DescrGetFunc | null = null;
  tp_descr_set: DescrSetFunc | null = null;
  tp_init: InitFunc | null = null;
  tp_new: NewFunc | null = null;
  tp_finalize: FinalizeFunc | null = null;

  nb_add: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_divmod: BinaryFunc | null = null;
  nb_power: TernaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: InquiryFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_inplace_add: BinaryFunc | null = null;
  nb_inplace_subtract: BinaryFunc | null = null;
  nb_inplace_multiply: BinaryFunc | null = null;
  nb_inplace_remainder: BinaryFunc | null = null;
  nb_inplace_power: TernaryFunc | null = null;
  nb_inplace_lshift: BinaryFunc | null = null;
  nb_inplace_rshift: BinaryFunc | null = null;
  nb_inplace_and: BinaryFunc | null = null;
  nb_inplace_xor: BinaryFunc | null = null;
  nb_inplace_or: BinaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_inplace_floor_divide: BinaryFunc | null = null;
  nb_inplace_true_divide: BinaryFunc | null = null;
  nb_index: IndexFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_inplace_matrix_multiply: BinaryFunc | null = null;

  sq_length: LenFunc | null = null;
  sq_concat: BinaryFunc | null = null;
  sq_repeat: SsizeArgFunc | null = null;
  sq_item: SsizeArgFunc | null = null;
  sq_ass_item: SsizeObjArgProc | null = null;
  sq_contains: ObjObjProc | null = null;
  sq_inplace_concat: BinaryFunc | null = null;
  sq_inplace_repeat: SsizeArgFunc | null = null;

  mp_length: LenFunc | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: ObjObjArgProc | null = null;

  am_await: UnaryFunc | null = null;
  am_aiter: UnaryFunc | null = null;
  am_anext: UnaryFunc | null = null;
  /**
   * SEND's fast path for native iterators (no StopIteration thrown for their return): set on the
   * type directly, not inherited (asyncio's FutureIter).  CPython: am_send
   */
  am_send: SendFunc | null = null;

  bf_getbuffer: GetBufferFunc | null = null;

  /**
   * Calls of exactly this builtin type (set(x), tuple(x), str(x)...) that need not go through
   * type.__call__ (tp_new then tp_init, an argument array): CPython's tp_vectorcall. Not inherited.
   */
  tp_vectorcall: VectorcallFunc | null = null;

  constructor(name: string, flags: number, metatype: PyType | null) {
    super();
    this.tp_name = name;
    this.tp_flags = flags;
    // The metatype of `type` itself is `type`: patched once TypeType exists.
    this.ob_type = metatype ?? (this as PyType);
  }

  hasFlag(flag: number): boolean {
    return (this.tp_flags & flag) !== 0;
  }

  /** __name__ of a heap type made from a spec, whose tp_name is dotted ('ast.AST').  CPython: ht_name */
  ht_name: string | null = null;

  /** __name__: the part of tp_name after the last dot for builtin types. */
  get name(): string {
    if (this.tp_flags & TPFLAGS.HEAPTYPE) return this.ht_name ?? this.tp_name;
    const dot = this.tp_name.lastIndexOf('.');
    return dot < 0 ? this.tp_name : this.tp_name.slice(dot + 1);
  }
}

// ---- type of a value ----

/** Registered by the modules that define the types of JS primitives (int, bool, str). */
export const PRIMITIVE_TYPES: { int: PyType; bool: PyType; str: PyType } = {
  int: undefined as unknown as PyType,
  bool: undefined as unknown as PyType,
  str: undefined as unknown as PyType,
};

/** type(v).  CPython: Py_TYPE */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'object':
      return v.ob_type;
    case 'string':
      return PRIMITIVE_TYPES.str;
    case 'number':
    case 'bigint':
      return PRIMITIVE_TYPES.int;
    case 'boolean':
      return PRIMITIVE_TYPES.bool;
  }
  throw new Error(`typeOf: not a Python value: ${String(v)}`);
}

/** issubclass for types, by the MRO (or the base chain while the MRO is being built).  CPython: PyType_IsSubtype */
export function PyType_IsSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  if (mro.length > 0) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  for (let t: PyType | null = a.tp_base; t !== null; t = t.tp_base) if (t === b) return true;
  return false;
}

/** isinstance by type only (no __instancecheck__).  CPython: PyObject_TypeCheck */
export function PyObject_TypeCheck(v: PyValue, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || PyType_IsSubtype(vt, t);
}

// ---- lookup along the MRO ----

/**
 * Finds `name` in the dicts of type's MRO, without invoking descriptors; null if absent.
 * Results are cached per type and the cache is dropped when the type or a base changes.
 * CPython: Objects/typeobject.c _PyType_Lookup
 */
export function _PyType_Lookup(type: PyType, name: string): PyValue | null {
  const cache = type.lookupCache;
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let found: PyValue | null = null;
  const mro = type.tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].tp_dict.getStr(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  cache.set(name, found);
  return found;
}

/** A fresh version tag (inline caches compare tags). */
export function assignVersionTag(type: PyType): number {
  if (type.tp_version_tag === 0) type.tp_version_tag = nextVersionTag++;
  return type.tp_version_tag;
}

/**
 * Called when a type's dict or bases change: drops lookup caches and version tags of the type
 * and of every subclass, so inline caches and cached lookups see the change.
 * CPython: type_modified_unlocked
 */
export function PyType_Modified(type: PyType): void {
  type.lookupCache.clear();
  type.derivedSlots = null;
  type.tp_version_tag = 0;
  const subs = type.tp_subclasses;
  if (subs === null) return;
  for (let i = 0; i < subs.length; i++) {
    const sub = subs[i].deref();
    if (sub !== undefined) PyType_Modified(sub);
  }
}

/**
 * Instance dicts of `type` (and, when `deep`, of its subclasses) may from now on hold names its
 * class attributes also have; inline caches that assumed otherwise are invalidated.
 */
export function markDictShadowing(type: PyType, deep: boolean): void {
  if (!type.dictMayShadow) {
    type.dictMayShadow = true;
    type.tp_version_tag = 0;
  }
  if (!deep || type.tp_subclasses === null) return;
  for (const r of type.tp_subclasses) {
    const sub = r.deref();
    if (sub !== undefined) markDictShadowing(sub, true);
  }
}

/** Registers `sub` as a direct subclass of `base` (held weakly). */
export function addSubclass(base: PyType, sub: PyType): void {
  (base.tp_subclasses ??= []).push(new WeakRef(sub));
}

export function removeSubclass(base: PyType, sub: PyType): void {
  const subs = base.tp_subclasses;
  if (subs === null) return;
  const i = subs.findIndex((r) => r.deref() === sub);
  if (i >= 0) subs.splice(i, 1);
}

/** Live direct subclasses, in registration order.  CPython: type.__subclasses__ */
export function subclassesOf(type: PyType): PyType[] {
  const out: PyType[] = [];
  const subs = type.tp_subclasses;
  if (subs === null) return out;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i].deref();
    if (s !== undefined) out.push(s);
  }
  return out;
}
