// types.SimpleNamespace: an object whose attributes are its __dict__ (sys.implementation,
// time.get_clock_info()).  CPython: Objects/namespaceobject.c
import { NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf, type CompareOp } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyDict } from './dict.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyObject_Call, PyObject_Repr, PyObject_RichCompare } from './abstract.ts';
import { typeError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { newHeapInstance } from './heap.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { typeName, typeNameT } from './typeobject.ts';

export class PyNamespace extends PyObject {
  ob_dict = new PyDict();
}

/** A SimpleNamespace with these attributes.  CPython: _PyNamespace_New */
export function newNamespace(attrs: Record<string, PyValue>): PyNamespace {
  const ns = new PyNamespace();
  for (const k of Object.keys(attrs)) ns.ob_dict.setStr(k, attrs[k]);
  return ns;
}

function namespaceNew(type: PyType): PyValue {
  return type === NamespaceType ? new PyNamespace() : newHeapInstance(PyNamespace, type);
}

function checkStringKeys(d: PyDict): void {
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) if (!isStrValue(d.keys[i])) throw typeError('keywords must be strings');
}

/** SimpleNamespace(mapping_or_iterable=(), /, **kwargs).  CPython: namespace_init */
function namespaceInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const ns = self as PyNamespace;
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`${typeName(typeOf(self))} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) {
    const arg = args[0];
    const d = arg instanceof PyDict && typeOf(arg).tp_name === 'dict' ? arg : (PyObject_Call(typeOf(new PyDict()), [arg]) as PyDict);
    checkStringKeys(d);
    for (let i = d.next(0); i >= 0; i = d.next(i + 1)) ns.ob_dict.set(d.keys[i], d.values[i]);
  }
  for (let i = 0; i < nkw; i++) ns.ob_dict.setStr(kwnames![i], args[nargs + i]);
}

function namespaceRepr(self: PyValue): string {
  const ns = self as PyNamespace;
  const name = typeOf(self) === NamespaceType ? 'namespace' : typeOf(self).tp_name;
  if (!enterRepr(self)) return `${name}(...)`;
  try {
    const d = ns.ob_dict;
    const parts: string[] = [];
    for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
      const k = d.keys[i];
      if (isStrValue(k) && strValue(k).length > 0) parts.push(`${strValue(k)}=${PyObject_Repr(d.values[i])}`);
    }
    return `${name}(${parts.join(', ')})`;
  } finally {
    leaveRepr(self);
  }
}

function namespaceRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (a instanceof PyNamespace && b instanceof PyNamespace) return PyObject_RichCompare(a.ob_dict, b.ob_dict, op);
  return NotImplemented;
}

function namespaceReduce(self: PyNamespace): PyValue {
  return new PyTuple([typeOf(self), EMPTY_TUPLE, self.ob_dict]);
}

function namespaceReplace(self: PyNamespace, kwargs: PyDict | null): PyValue {
  const r = PyObject_Call(typeOf(self), []);
  if (!(r instanceof PyNamespace)) {
    throw typeError(`expect types.SimpleNamespace type, but ${typeNameT(typeOf(self))}() returned '${typeNameT(typeOf(r))}' object`);
  }
  const src = self.ob_dict;
  for (let i = src.next(0); i >= 0; i = src.next(i + 1)) r.ob_dict.set(src.keys[i], src.values[i]);
  if (kwargs !== null) for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) r.ob_dict.set(kwargs.keys[i], kwargs.values[i]);
  return r;
}

export const NamespaceType = defineBuiltinType({
  name: 'types.SimpleNamespace',
  textSignature: '(mapping_or_iterable=(), /, **kwargs)',
  doc: 'An object whose attributes can be set freely; SimpleNamespace(mapping_or_iterable=(), /, **kwargs).',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyNamespace,
  instanceHasDict: true,
  alloc: (t) => namespaceNew(t) as PyNamespace,
  slots: { tp_new: namespaceNew, tp_init: namespaceInit, tp_repr: namespaceRepr, tp_richcompare: namespaceRichcompare },
  methods: {
    __reduce__: { sig: '($self, /)', impl: namespaceReduce },
    __replace__: { sig: '($self, /, **changes)', impl: namespaceReplace },
  },
  members: {
    __dict__: { get: (s: PyNamespace) => s.ob_dict },
  },
});
