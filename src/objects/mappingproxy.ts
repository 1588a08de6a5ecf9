// mappingproxy: a read-only view of a mapping (type.__dict__).  CPython: Objects/descrobject.c
import { NotImplemented, PyObject, type PyValue } from './object.ts';
import { CompareOp } from './type.ts';
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
} from './abstract.ts';
import { PyDict } from './dict.ts';

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super();
  }
}

function M(v: PyValue): PyValue {
  return (v as PyMappingProxy).mapping;
}

function proxyGet(self: PyMappingProxy, key: PyValue, dflt: PyValue): PyValue {
  const m = self.mapping;
  if (m instanceof PyDict) return m.get(key) ?? dflt;
  return PyObject_CallMethod(m, 'get', [key, dflt]);
}

export const MappingProxyType = defineBuiltinType({
  name: 'mappingproxy',
  instanceClass: PyMappingProxy,
  flags: 0,
  slots: {
    tp_repr: (s: PyValue) => `mappingproxy(${PyObject_Repr(M(s))})`,
    tp_str: (s: PyValue) => PyObject_Str(M(s)),
    tp_iter: (s: PyValue) => PyObject_GetIter(M(s)),
    tp_richcompare: (a: PyValue, b: PyValue, op: CompareOp) => {
      void NotImplemented;
      return PyObject_RichCompare(M(a), b, op);
    },
  },
  mapping: { mp_length: (s: PyValue) => PyObject_Length(M(s)), mp_subscript: (s: PyValue, k: PyValue) => PyObject_GetItem(M(s), k) },
  sequence: { sq_contains: (s: PyValue, k: PyValue) => PySequence_Contains(M(s), k) },
  methods: {
    get: { sig: '($self, key, default=None, /)', impl: proxyGet },
    keys: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'keys', []) },
    values: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'values', []) },
    items: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'items', []) },
    copy: { sig: '($self, /)', impl: (s: PyMappingProxy) => PyObject_CallMethod(s.mapping, 'copy', []) },
  },
});

