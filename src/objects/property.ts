// The property type.  CPython: Objects/descrobject.c (property_*)
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyObject_Call, PyObject_LookupAttr, PyObject_IsTrue, PyObject_Repr } from './abstract.ts';
import { attributeErrorFor, typeError } from './exceptions.ts';
import { typeQualname } from './typeobject.ts';
import { isStrValue, strValue } from './boxes.ts';
import { PyDict } from './dict.ts';

export class PyProperty extends PyObject {
  ob_dict: PyDict | null = null;
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  name: PyValue = None;
  getterDoc = false;
}

function propName(p: PyProperty, obj: PyValue): string {
  const n = p.name !== None ? PyObject_Repr(p.name) : null;
  return n !== null ? ` ${n}` : '';
  void obj;
}

function propGet(self: PyValue, obj: PyValue | null): PyValue {
  const p = self as PyProperty;
  if (obj === null || obj === None) return p;
  if (p.fget === None) {
    const qn = typeQualname(typeOf(obj));
    const n = p.name !== None && isStrValue(p.name) ? ` '${strValue(p.name)}'` : '';
    throw attributeErrorFor(obj, p.name !== None && isStrValue(p.name) ? strValue(p.name) : '', `property${n} of '${qn}' object has no getter`);
  }
  return PyObject_Call(p.fget, [obj], null);
}

function propSet(self: PyValue, obj: PyValue, value: PyValue | null): void {
  const p = self as PyProperty;
  const func = value === null ? p.fdel : p.fset;
  if (func === None) {
    const qn = typeQualname(typeOf(obj));
    const n = p.name !== None && isStrValue(p.name) ? ` '${strValue(p.name)}'` : '';
    throw attributeErrorFor(
      obj,
      p.name !== None && isStrValue(p.name) ? strValue(p.name) : '',
      value === null ? `property${n} of '${qn}' object has no deleter` : `property${n} of '${qn}' object has no setter`,
    );
  }
  if (value === null) PyObject_Call(func, [obj], null);
  else PyObject_Call(func, [obj, value], null);
}

function propInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const p = self as PyProperty;
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: PyValue[] = [None, None, None, None];
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 4) throw typeError(`property() takes at most 4 arguments (${nargs} given)`);
  for (let i = 0; i < nargs; i++) vals[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) throw typeError(`property() got an unexpected keyword argument '${kwnames![k]}'`);
    vals[i] = args[nargs + k];
  }
  [p.fget, p.fset, p.fdel, p.doc] = vals;
  p.getterDoc = false;
  if (p.doc === None && p.fget !== None) {
    const d = PyObject_LookupAttr(p.fget, '__doc__');
    if (d !== undefined && d !== None) {
      p.doc = d;
      p.getterDoc = true;
    }
  }
  // A subclass instance keeps the doc in its __dict__ (CPython stores it there too).
  if (typeOf(p) !== PropertyType && p.doc !== None) (p.ob_dict ??= new PyDict()).setStr('__doc__', p.doc);
}

function propNew(type: PyType): PyValue {
  return type === PropertyType ? new PyProperty() : newHeapInstance(PyProperty, type);
}

/** getter/setter/deleter: a copy with one accessor replaced.  CPython: property_copy */
function propCopy(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  const t = typeOf(p);
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  const np = PyObject_Call(t, [fget, fset, fdel, doc], null) as PyProperty;
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

export const PropertyType = defineBuiltinType({
  name: 'property',
  textSignature: '(fget=None, fset=None, fdel=None, doc=None)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyProperty,
  alloc: (t) => propNew(t) as PyProperty,
  slots: { tp_descr_get: propGet, tp_descr_set: propSet, tp_init: propInit, tp_new: propNew },
  methods: {
    getter: { sig: '($self, object, /)', impl: (p: PyProperty, f: PyValue) => propCopy(p, f, p.fset, p.fdel) },
    setter: { sig: '($self, object, /)', impl: (p: PyProperty, f: PyValue) => propCopy(p, p.fget, f, p.fdel) },
    deleter: { sig: '($self, object, /)', impl: (p: PyProperty, f: PyValue) => propCopy(p, p.fget, p.fset, f) },
    __set_name__: { sig: '($self, owner, name, /)', impl: (p: PyProperty, _o: PyValue, n: PyValue) => void (p.name = n) },
  },
  members: {
    fget: { get: (p: PyProperty) => p.fget },
    fset: { get: (p: PyProperty) => p.fset },
    fdel: { get: (p: PyProperty) => p.fdel },
    __doc__: { get: (p: PyProperty) => p.doc, set: (p: PyProperty, v: PyValue | null) => void (p.doc = v ?? None) },
  },
  getset: {
    __name__: {
      get: (p: PyProperty) => {
        if (p.name !== None) return p.name;
        if (p.fget !== None) {
          const n = PyObject_LookupAttr(p.fget, '__name__');
          if (n !== undefined) return n;
        }
        throw attributeErrorFor(p, '__name__', "'property' object has no attribute '__name__'");
      },
      set: (p: PyProperty, v: PyValue | null) => void (p.name = v ?? None),
    },
    __isabstractmethod__: {
      get: (p: PyProperty) => {
        for (const f of [p.fget, p.fset, p.fdel]) {
          const a = f === None ? undefined : PyObject_LookupAttr(f, '__isabstractmethod__');
          if (a !== undefined && PyObject_IsTrue(a)) return true;
        }
        return false;
      },
    },
  },
});

void propName;
