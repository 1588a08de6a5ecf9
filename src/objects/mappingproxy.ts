// mappingproxy: a read-only view of a mapping (type.__dict__, types.MappingProxyType).  CPython: Objects/descrobject.c
import { PyObject, type PyValue, type PyIntValue } from './object.ts';
import { CompareOp, PyType, TPFLAGS, typeOf, PyObject_TypeCheck } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import {
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Length,
  PySequence_Contains,
  PyObject_GetIter,
  PyObject_CallMethod,
  PyObject_RichCompare,
  PyObject_Str,
  PyObject_Hash,
  PyNumber_Or,
} from './abstract.ts';
import { typeError } from './exceptions.ts';
import { PyDict } from './dict.ts';
import { PyList } from './list.ts';
import { PyTuple } from './tuple.ts';
import { genericAliasClassMethod } from './genericalias.ts';

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super();
  }
}

function M(v: PyValue): PyValue {
  return (v as PyMappingProxy).mapping;
}

/** mappingproxy(mapping), rejecting what is not a mapping (and lists and tuples).  CPython: PyDictProxy_New */
export function PyDictProxy_New(mapping: PyValue): PyMappingProxy {
  if (typeOf(mapping).mp_subscript === null || mapping instanceof PyList || mapping instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeOf(mapping).tp_name}`);
  }
  return new PyMappingProxy(mapping);
}

function proxyNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs + nkw > 1) throw typeError(`mappingproxy() takes at most 1 argument (${nargs + nkw} given)`);
  if (nkw === 1 && kwnames![0] !== 'mapping') throw typeError(`mappingproxy() got an unexpected keyword argument '${kwnames![0]}'`);
  if (nargs + nkw === 0) throw typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
  return PyDictProxy_New(args[0]);
}

function proxyContains(self: PyValue, key: PyValue): boolean {
  const m = M(self);
  if (m instanceof PyDict && m.ob_type === (PyDict.prototype as unknown as { ob_type: PyType }).ob_type) return m.has(key);
  return PySequence_Contains(m, key);
}

function proxyGet(self: PyMappingProxy, key: PyValue, dflt: PyValue): PyValue {
  return PyObject_CallMethod(self.mapping, 'get', [key, dflt]);
}

function proxyOr(left: PyValue, right: PyValue): PyValue {
  if (PyObject_TypeCheck(left, MappingProxyType)) left = M(left);
  if (PyObject_TypeCheck(right, MappingProxyType)) right = M(right);
  return PyNumber_Or(left, right);
}

function proxyIor(self: PyValue): PyValue {
  throw typeError(`'|=' is not supported by ${typeOf(self).tp_name}; use '|' instead`);
}

export const MappingProxyType = defineBuiltinType({
  name: 'mappingproxy',
  textSignature: '(mapping)',
  doc: 'Read-only proxy of a mapping.',
  instanceClass: PyMappingProxy,
  flags: TPFLAGS.MAPPING,
  slots: {
    tp_new: proxyNew,
    tp_repr: (s: PyValue) => `mappingproxy(${PyObject_Repr(M(s))})`,
    tp_str: (s: PyValue) => PyObject_Str(M(s)),
    tp_iter: (s: PyValue) => PyObject_GetIter(M(s)),
    tp_hash: (s: PyValue): PyIntValue => PyObject_Hash(M(s)),
    tp_richcompare: (a: PyValue, b: PyValue, op: CompareOp) => PyObject_RichCompare(M(a), b, op),
  },
  mapping: { mp_length: (s: PyValue) => PyObject_Length(M(s)), mp_subscript: (s: PyValue, k: PyValue) => PyObject_GetItem(M(s), k) },
  sequence: { sq_contains: proxyContains },
  number: { nb_or: proxyOr, nb_inplace_or: proxyIor },
  methods: {
    get: { sig: '($self, key, default=None, /)', impl: proxyGet, doc: 'Return the value for key if key is in the mapping, else default.' },
    keys: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'keys', []), doc: "D.keys() -> a set-like object providing a view on D's keys" },
    values: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'values', []), doc: "D.values() -> an object providing a view on D's values" },
    items: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'items', []), doc: "D.items() -> a set-like object providing a view on D's items" },
    copy: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'copy', []), doc: 'D.copy() -> a shallow copy of D' },
    __class_getitem__: genericAliasClassMethod('mappingproxy objects are generic over two types, signifying (respectively) the types of their keys and values'),
    __reversed__: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, '__reversed__', []), doc: 'D.__reversed__() -> reverse iterator' },
  },
});
