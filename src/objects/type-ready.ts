// Readying builtin types: bases, MRO, the type dict (method descriptors, getsets, slot wrappers,
// __new__) and inherited slots.  CPython: Objects/typeobject.c type_ready and its helpers.
import { None } from './object.ts';
import { PyType, TPFLAGS, SUBCLASS_FLAGS_MASK, addSubclass } from './type.ts';
import { PyDict } from './dict.ts';
import { PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyBuiltinMemberDescr, PyStaticNativeMethod } from './descrobject.ts';
import { addOperators, inheritSlots } from './slotdefs.ts';
import { mroC3, makeNewWrapper, inheritPatmaFlags } from './typeobject.ts';
import { ALLOC, definedBuiltinTypes, specOf, coreTypes, type BuiltinTypeSpec } from './builtin-type.ts';
import { MEMBER_DOCS } from './type-docs.generated.ts';

/** Readies every builtin type defined so far, bases first.  CPython: _PyTypes_InitTypes */
export function readyBuiltinTypes(): void {
  for (const t of definedBuiltinTypes()) readyType(t);
}

function readyType(type: PyType, spec: BuiltinTypeSpec = specOf(type)!): void {
  if (type.tp_flags & (TPFLAGS.READY | TPFLAGS.READYING)) return;
  const { object: objectType } = coreTypes();
  type.tp_flags |= TPFLAGS.READYING;
  if (spec.metatype) type.ob_type = spec.metatype();
  // An instance class given by a getter (import cycles: dict-type.ts) is only defined by now.
  if (spec.instanceClass) (spec.instanceClass.prototype as { ob_type: PyType }).ob_type = type;
  const specBase = typeof spec.base === 'function' ? spec.base() : spec.base;
  const base = type === objectType ? null : (specBase ?? objectType);
  if (base) {
    if (!(base instanceof PyType)) throw new Error(`${spec.name}: base is not defined yet (import order)`);
    readyType(base);
    type.tp_base = base;
    type.tp_bases = [base, ...(spec.extraBases?.() ?? [])];
    for (const b of type.tp_bases) readyType(b);
    type.tp_mro = type.tp_bases.length === 1 ? [type, ...base.tp_mro] : mroC3(type, type.tp_bases);
    type.tp_flags |= base.tp_flags & SUBCLASS_FLAGS_MASK;
    inheritPatmaFlags(type);
    type.solidBase = spec.instanceClass || spec.alloc ? type : base.solidBase;
    if (!spec.instanceHasDict) type.instanceHasDict = base.instanceHasDict;
    if (!spec.weakrefable) type.instanceWeakrefable = base.instanceWeakrefable;
    if (!ALLOC.has(type) && ALLOC.has(base)) ALLOC.set(type, ALLOC.get(base)!);
  } else {
    type.tp_mro = [type];
    type.solidBase = type;
  }
  const dict = new PyDict();
  type.tp_dict = dict;
  // __doc__ of methods and descriptors: CPython's where it has one (generated from the oracle).
  const docOf = (name: string, own: string | undefined): string | null => {
    const key = `${spec.name}.${name}`;
    return key in MEMBER_DOCS ? MEMBER_DOCS[key] : (own ?? null);
  };
  for (const [name, m] of Object.entries(spec.methods ?? {})) {
    const kind = m.kind ?? 'method';
    const sig = m.callSig ?? m.sig;
    const textSig = m.textSignature !== undefined ? (m.textSignature ?? None) : m.callSig === undefined ? null : m.sig;
    const descr =
      kind === 'classmethod'
        ? new PyClassMethodDescr(type, name, sig, m.impl, docOf(name, m.doc), textSig)
        : kind === 'staticmethod'
          ? PyStaticNativeMethod(type, name, m.sig, m.impl, docOf(name, m.doc))
          : new PyMethodDescr(type, name, sig, m.impl, docOf(name, m.doc), textSig);
    dict.setStr(name, descr);
  }
  for (const [name, g] of Object.entries(spec.members ?? {})) {
    dict.setStr(name, new PyBuiltinMemberDescr(type, name, g.get!, g.set ?? null, docOf(name, g.doc)));
  }
  for (const [name, g] of Object.entries(spec.getset ?? {})) {
    dict.setStr(name, new PyGetSetDescr(type, name, g.get ?? null, g.set ?? null, docOf(name, g.doc)));
  }
  for (const [name, v] of Object.entries(spec.attrs?.() ?? {})) dict.setStr(name, v);
  // Slot wrappers (__add__, __repr__, ...) for the slots this type defines itself, and __new__.
  addOperators(type);
  if (type.tp_new !== null && dict.findStr('__new__') < 0) dict.setStr('__new__', makeNewWrapper(type));
  if (dict.findStr('__doc__') < 0 && type.tp_doc !== null) dict.setStr('__doc__', type.tp_doc);
  if (base) {
    inheritSlots(type, base);
    for (const b of type.tp_bases) addSubclass(b, type);
  }
  type.tp_flags = (type.tp_flags & ~TPFLAGS.READYING) | TPFLAGS.READY;
}


/**
 * A heap type made from a spec when asked (a native module's class made anew for each interpreter,
 * such as ast.AST): mutable, named by the part of spec.name after the last dot, its __module__ the
 * part before.  The spec gives no instanceClass (that would tie one JS class to every copy) but
 * an alloc.  CPython: PyType_FromMetaclass
 */
export function typeFromSpec(spec: BuiltinTypeSpec): PyType {
  const dot = spec.name.lastIndexOf('.');
  const type = new PyType(spec.name, ((spec.flags ?? 0) & ~TPFLAGS.IMMUTABLETYPE) | TPFLAGS.HEAPTYPE, coreTypes().type);
  type.ht_name = spec.name.slice(dot + 1);
  type.tp_doc = spec.doc ?? null;
  for (const table of [spec.slots, spec.number, spec.sequence, spec.mapping, spec.async]) {
    if (table) Object.assign(type, table);
  }
  if (spec.alloc) ALLOC.set(type, spec.alloc);
  type.instanceHasDict = spec.instanceHasDict ?? false;
  type.instanceWeakrefable = spec.weakrefable ?? false;
  readyType(type, spec);
  if (dot >= 0 && type.tp_dict.findStr('__module__') < 0) type.tp_dict.setStr('__module__', spec.name.slice(0, dot));
  return type;
}
