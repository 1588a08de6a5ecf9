// __build_class__: how a class statement creates its class.  CPython: Python/bltinmodule.c
// builtin___build_class__, update_bases
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, typeOf } from '../../objects/type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyFunction, PyCell } from '../../objects/function.ts';
import { PyObject_Call, PyObject_LookupAttr, PyObject_GetAttr, PyObject_Repr, PyObject_SetItem, iterableToArray } from '../../objects/abstract.ts';
import { DictType } from '../../objects/dict-type.ts';
import { typeError, runtimeError } from '../../objects/exceptions.ts';
import { calculateMetaclass, TypeType, typeQualname } from '../../objects/typeobject.ts';
import { Frame } from '../../vm/frame.ts';
import { evalFrame } from '../../vm/ceval.ts';
import { isStrValue } from '../../objects/boxes.ts';
import { TPFLAGS } from '../../objects/type.ts';

/** Replaces bases that define __mro_entries__ by what it returns.  CPython: update_bases */
function updateBases(bases: PyValue[]): PyValue[] | null {
  let changed = false;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const meth = PyObject_LookupAttr(b, '__mro_entries__');
    if (meth === undefined) {
      out.push(b);
      continue;
    }
    const entries = PyObject_Call(meth, [new PyTuple(bases)], null);
    if (!(entries instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...entries.items);
    changed = true;
  }
  return changed ? out : null;
}

export function buildClass(func: PyValue, name: PyValue, bases: PyValue[], kwargs: PyDict | null): PyValue {
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (!isStrValue(name)) throw typeError('__build_class__: name is not a string');
  const origBases = bases;
  const newBases = updateBases(bases);
  if (newBases !== null) bases = newBases;
  let meta: PyValue | undefined;
  const kw: [string, PyValue][] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = kwargs.keys[i] as string;
      if (k === 'metaclass') meta = kwargs.values[i];
      else kw.push([k, kwargs.values[i]]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? TypeType : typeOf(bases[0]);
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const kwnames = kw.length ? kw.map(([k]) => k) : null;
  const kwvals = kw.map(([, v]) => v);
  const basesTuple = new PyTuple(bases);
  let ns: PyValue;
  const prepare = PyObject_LookupAttr(meta, '__prepare__');
  if (prepare === undefined) ns = new PyDict();
  else {
    ns = PyObject_Call(prepare, [name, basesTuple, ...kwvals], kwnames);
    if (!(ns instanceof PyDict) && typeOf(ns).mp_subscript === null) {
      const mname = meta instanceof PyType ? meta.tp_name : '<metaclass>';
      throw typeError(`${mname}.__prepare__() must return a mapping, not ${typeOf(ns).tp_name}`);
    }
  }
  // Run the class body with the namespace as its locals.
  const frame = new Frame(func.func_code, func.func_globals, func.func_builtins, ns, func);
  const cell = evalFrame(frame);
  if (newBases !== null) {
    if (ns instanceof PyDict && typeOf(ns) === DictType) ns.setStr('__orig_bases__', new PyTuple(origBases));
    else PyObject_SetItem(ns, '__orig_bases__', new PyTuple(origBases));
  }
  const cls = PyObject_Call(meta, [name, basesTuple, ns, ...kwvals], kwnames);
  if (cls instanceof PyType && cell instanceof PyCell) {
    const cellCls = cell.ob_ref;
    if (cellCls !== cls) {
      if (cellCls === undefined) {
        throw runtimeError(`__class__ not set defining ${PyObject_Repr(name)} as ${PyObject_Repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      throw typeError(`__class__ set to ${PyObject_Repr(cellCls)} defining ${PyObject_Repr(name)} as ${PyObject_Repr(cls)}`);
    }
  }
  void None;
  void iterableToArray;
  void typeQualname;
  void TPFLAGS;
  return cls;
}
