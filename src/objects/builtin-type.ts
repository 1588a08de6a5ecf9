// Defining builtin types from declarative specs, and readying them.  CPython: Objects/typeobject.c
// PyType_Ready, type_ready_*, inherit_slots, add_operators, type_add_methods/getset.
//
// A builtin type is declared at the bottom of its file:
//
//   export const FloatType = defineBuiltinType({
//     name: 'float', doc: '...', flags: TPFLAGS.BASETYPE, instanceClass: PyFloat,
//     slots: { tp_repr: floatRepr, tp_hash: floatHash, nb_add: floatAdd },
//     methods: { is_integer: { sig: '($self, /)', impl: floatIsInteger } },
//     getset: { real: { get: floatReal } },
//   });
//
// defineBuiltinType creates the type object at once and sets its own slots (so fast paths can test
// them), but everything that needs other types (bases, MRO, the type dict with its descriptors and
// slot wrappers, inherited slots) happens in readyBuiltinTypes() (type-ready.ts), run once when the
// runtime starts, after every module has been evaluated.
// This module is a leaf of the import graph (it imports only object.ts, type.ts and generated data): modules call
// defineBuiltinType while they are being evaluated, whatever the order import cycles impose.

import type { PyObject, PyValue } from './object.ts';
import { PyType, TPFLAGS, type SlotName } from './type.ts';
import { TYPE_DOCS } from './type-docs.generated.ts';

/** A native implementation; receives the bound object (if the signature binds one) then the arguments. */
export type NativeImpl = (...args: never[]) => unknown;

export interface MethodSpec {
  /** CPython's __text_signature__, e.g. '($self, key, default=None, /)'. */
  readonly sig: string;
  /** Receives the bound object first (when the signature has $self/$type), then the arguments. */
  readonly impl: NativeImpl;
  readonly kind?: 'method' | 'classmethod' | 'staticmethod';
  /**
   * The signature arguments are bound with, when the implementation accepts more than `sig` shows
   * (CPython methods that take and ignore any arguments, as type.__prepare__).
   */
  readonly callSig?: string;
  /** __text_signature__ when it is not `sig` (null: the method has none, as dict.update). */
  readonly textSignature?: string | null;
  readonly doc?: string;
}

export interface GetSetSpec {
  readonly get?: (self: never) => PyValue;
  /** value null deletes. */
  readonly set?: (self: never, value: PyValue | null) => void;
  readonly doc?: string;
}

type SlotFields = { [K in SlotName]?: PyType[K] };

export interface BuiltinTypeSpec {
  /** tp_name: 'int', or 'module.name' for types of native modules. */
  readonly name: string;
  readonly doc?: string | null;
  /** CPython's __text_signature__ of the type itself (its constructor), e.g. '(x=0, /)'. */
  readonly textSignature?: string;
  /** Defaults to object. A function when the base's module may not be evaluated yet (import cycles). */
  readonly base?: PyType | (() => PyType);
  /** Further bases after `base` (ExceptionGroup derives from BaseExceptionGroup and Exception). */
  readonly extraBases?: () => PyType[];
  readonly flags?: number;
  /**
   * The JS class of this type's exact instances when the type owns that class alone: the type is then
   * stored on the class prototype, so instances carry no type field.
   */
  readonly instanceClass?: abstract new (...args: never[]) => PyObject;
  /** Creates an empty instance of `subtype` (for types whose instances are filled by __init__). */
  readonly alloc?: (subtype: PyType) => PyObject;
  readonly slots?: SlotFields;
  readonly number?: SlotFields;
  readonly sequence?: SlotFields;
  readonly mapping?: SlotFields;
  readonly async?: SlotFields;
  readonly methods?: { readonly [name: string]: MethodSpec };
  readonly getset?: { readonly [name: string]: GetSetSpec };
  /**
   * Members (fields of the C struct in CPython): member_descriptor objects, read-only unless they
   * have `set` (a read-only member refuses assignment with "readonly attribute").
   */
  readonly members?: { readonly [name: string]: GetSetSpec };
  /** Class attributes, computed when the type is readied. */
  readonly attrs?: () => { readonly [name: string]: PyValue };
  /** The metatype, when not `type`. */
  readonly metatype?: () => PyType;
  /** Instances have an __dict__ (as exceptions and functions do). */
  readonly instanceHasDict?: boolean;
  readonly weakrefable?: boolean;
}

const pending: PyType[] = [];
const specs = new Map<PyType, BuiltinTypeSpec>();
let objectType: PyType | null = null;
let typeType: PyType | null = null;

/** Every builtin type defined so far, in definition order. */
export function definedBuiltinTypes(): readonly PyType[] {
  return pending;
}

export function specOf(type: PyType): BuiltinTypeSpec | undefined {
  return specs.get(type);
}

export function coreTypes(): { object: PyType; type: PyType } {
  return { object: objectType!, type: typeType! };
}

/** Allocators of empty instances, by type (inherited along the base chain). */
export const ALLOC = new WeakMap<PyType, (subtype: PyType) => PyObject>();

export function defineBuiltinType(spec: BuiltinTypeSpec): PyType {
  const flags = (spec.flags ?? 0) | TPFLAGS.IMMUTABLETYPE;
  const type = new PyType(spec.name, flags, typeType);
  // __doc__ is CPython's (generated from the oracle) where it has one; spec.doc describes the type for readers.
  type.tp_doc = spec.name in TYPE_DOCS ? TYPE_DOCS[spec.name] : (spec.doc ?? null);
  for (const table of [spec.slots, spec.number, spec.sequence, spec.mapping, spec.async]) {
    if (table) Object.assign(type, table);
  }
  if (spec.instanceClass) (spec.instanceClass.prototype as { ob_type: PyType }).ob_type = type;
  if (spec.alloc) ALLOC.set(type, spec.alloc);
  type.instanceHasDict = spec.instanceHasDict ?? false;
  type.instanceWeakrefable = spec.weakrefable ?? false;
  pending.push(type);
  specs.set(type, spec);
  return type;
}

/** Declares `object` and `type`, which every other type refers to. Called by typeobject.ts. */
export function registerCoreTypes(object: PyType, type: PyType): void {
  objectType = object;
  typeType = type;
  for (const t of pending) t.ob_type = type;
}

