// The super type.  CPython: Objects/typeobject.c (super_init, super_getattro, _super_lookup_descr)
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf, PyType_IsSubtype } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { typeError, runtimeError } from './exceptions.ts';
import { PyObject_GenericGetAttr } from './generic-attr.ts';
import { PyObject_LookupAttr, PyObject_Call } from './abstract.ts';
import { newHeapInstance } from './heap.ts';
import { tstate } from '../vm/thread-state.ts';
import { CO_FAST_CELL, CO_FAST_FREE } from './code.ts';
import { PyCell } from './function.ts';

export class PySuper extends PyObject {
  constructor(
    public type: PyType | null,
    public obj: PyValue | null,
    public objType: PyType | null,
  ) {
    super();
  }
}

/** The type super() searches from: obj's type, or obj itself if it is a subclass.  CPython: supercheck */
export function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && PyType_IsSubtype(obj, type)) return obj;
  const ot = typeOf(obj);
  if (PyType_IsSubtype(ot, type)) return ot;
  const cls = PyObject_LookupAttr(obj, '__class__');
  if (cls instanceof PyType && cls !== ot && PyType_IsSubtype(cls, type)) return cls;
  const [kind, objName] = obj instanceof PyType ? ['type', obj.tp_name] : ['instance of', typeOf(obj).tp_name];
  throw typeError(`super(type, obj): obj (${kind} ${objName}) is not an instance or subtype of type (${type.tp_name}).`);
}

/** Finds name in the MRO of objType after `type`, without binding.  CPython: _super_lookup_descr */
function superLookupDescr(type: PyType, objType: PyType, name: string): PyValue | null {
  const mro = objType.tp_mro;
  let i = mro.indexOf(type) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].tp_dict.getStr(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** super(type, obj).name, as LOAD_SUPER_ATTR computes it; with `method`, an unbound method and self. */
export function superLookup(type: PyType, obj: PyValue, name: string, method: boolean): { attr: PyValue; self: PyValue | undefined } {
  const objType = superCheck(type, obj);
  const res = superLookupDescr(type, objType, name);
  if (res !== null) {
    const rt = typeOf(res);
    // The unbound form only where plain attribute lookup would bind (not for a class: type_getattro).
    if (method && rt.tp_flags & TPFLAGS.METHOD_DESCRIPTOR && typeOf(obj).tp_getattro === PyObject_GenericGetAttr) return { attr: res, self: obj };
    const get = rt.tp_descr_get;
    return { attr: get === null ? res : get(res, obj === objType ? null : obj, objType), self: undefined };
  }
  const s = new PySuper(type, obj, objType);
  return { attr: PyObject_GenericGetAttr(s, name, false)!, self: undefined };
}

function superGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const s = self as PySuper;
  if (s.objType !== null && name !== '__class__') {
    const res = superLookupDescr(s.type!, s.objType, name);
    if (res !== null) {
      const get = typeOf(res).tp_descr_get;
      return get === null ? res : get(res, s.obj === s.objType ? null : s.obj, s.objType);
    }
  }
  return PyObject_GenericGetAttr(self, name, suppress);
}

/** super() without arguments: __class__ and the first argument of the calling frame.  CPython: super_init_without_args */
function superInitWithoutArgs(): [PyType, PyValue] {
  const f = tstate.frame;
  if (f === null) throw runtimeError('super(): no current frame');
  const co = f.f_code;
  if (co.co_argcount === 0) throw runtimeError('super(): no arguments');
  let first = f.localsplus[0];
  const kinds = co.co_localspluskinds.data;
  if (first === undefined) throw runtimeError('super(): arg[0] deleted');
  if (kinds[0] & CO_FAST_CELL && first instanceof PyCell) first = first.ob_ref;
  if (first === undefined) throw runtimeError('super(): arg[0] deleted');
  const names = co.co_localsplusnames.items;
  for (let i = co.co_nlocals; i < names.length; i++) {
    if (names[i] === '__class__' && kinds[i] & CO_FAST_FREE) {
      const cell = f.localsplus[i];
      if (!(cell instanceof PyCell)) throw runtimeError('super(): bad __class__ cell');
      const t = cell.ob_ref;
      if (t === undefined) throw runtimeError('super(): empty __class__ cell');
      if (!(t instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${typeOf(t).tp_name})`);
      return [t, first];
    }
  }
  throw runtimeError('super(): __class__ cell not found');
}

function superInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeError('super() takes no keyword arguments');
  if (args.length > 2) throw typeError(`super() takes at most 2 arguments (${args.length} given)`);
  const s = self as PySuper;
  let type: PyValue;
  let obj: PyValue | null = null;
  if (args.length === 0) [type, obj] = superInitWithoutArgs();
  else {
    type = args[0];
    if (args.length === 2) obj = args[1];
  }
  // super_init's PyArg_ParseTuple('O!') words it so; super(...) itself was checked in superNew.
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be type, not ${typeOf(type).tp_name}`);
  if (obj === None) obj = null;
  s.type = type;
  s.obj = obj;
  s.objType = obj === null ? null : superCheck(type, obj);
}

function superRepr(self: PyValue): string {
  const s = self as PySuper;
  const tn = s.type === null ? 'NULL' : s.type.tp_name;
  if (s.objType !== null) return `<super: <class '${tn}'>, <${s.objType.tp_name} object>>`;
  return `<super: <class '${tn}'>, NULL>`;
}

function superDescrGet(self: PyValue, obj: PyValue | null): PyValue {
  const s = self as PySuper;
  if (obj === null || obj === None || s.obj !== null) return s;
  // A subclass of super is called to bind; super itself binds inline.
  if (typeOf(s) !== SuperType) return PyObject_Call(typeOf(s), [s.type!, obj], null);
  return new PySuper(s.type, obj, superCheck(s.type!, obj));
}

function superAlloc(t: PyType): PyObject {
  return t === SuperType ? new PySuper(null, null, null) : newHeapInstance(PySuper, t, null, null, null);
}

/** super(...) itself is called through CPython's super_vectorcall, which checks the arguments with its own message before super_init. */
function superNew(t: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyObject {
  if (t === SuperType) {
    if (kwnames !== null && kwnames.length) throw typeError('super() takes no keyword arguments');
    if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
    if (args.length >= 1 && !(args[0] instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(args[0]).tp_name}`);
  }
  return superAlloc(t);
}

export const SuperType = defineBuiltinType({
  name: 'super',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PySuper,
  alloc: superAlloc,
  slots: { tp_new: superNew, tp_getattro: superGetattro, tp_init: superInit, tp_repr: superRepr, tp_descr_get: superDescrGet },
  members: {
    __thisclass__: { get: (s: PySuper) => s.type ?? NONE() },
    __self__: { get: (s: PySuper) => s.obj ?? NONE() },
    __self_class__: { get: (s: PySuper) => s.objType ?? NONE() },
  },
});

function NONE(): PyValue {
  return None;
}

