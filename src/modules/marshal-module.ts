// The marshal module's functions over marshal.ts's loads()/dumps(), registered so that importlib can
// read .pyc files until marshal.ts defines its own module table (its owner's registration, added
// after this one in core.ts, then replaces it).  CPython: Python/marshal.c (marshal_loads_impl...)
import { type PyValue } from '../objects/object.ts';
import { PyObject } from '../objects/object.ts';
import { PyBytes } from '../objects/bytes.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyObject_CallMethod, PyObject_IsTrue, PyNumber_Index } from '../objects/abstract.ts';
import { typeError } from '../objects/exceptions.ts';
import { loads, dumps, MARSHAL_VERSION } from './marshal.ts';

type V = PyValue;

function bytesArg(v: V): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyObject) for (const t of typeOf(v).tp_mro) if (t.bf_getbuffer !== null) return t.bf_getbuffer(v);
  throw typeError(`a bytes-like object is required, not '${typeOf(v).tp_name}'`);
}

function allowCode(v: V | undefined): boolean {
  return v === undefined || PyObject_IsTrue(v);
}

export const marshalCompatModule = defineModule({
  name: 'marshal',
  doc: "Serialisation of Python values in CPython's marshal format (the format of .pyc files).",
  functions: {
    loads: { sig: '($module, bytes, /, *, allow_code=True)', impl: (_m: V, b: V, a: V) => loads(bytesArg(b), allowCode(a)) },
    dumps: {
      sig: '($module, value, version=version, /, *, allow_code=True)',
      impl: (_m: V, v: V, version: V, a: V) => new PyBytes(dumps(v, version === undefined ? MARSHAL_VERSION : Number(PyNumber_Index(version)), allowCode(a))),
    },
    load: { sig: '($module, file, /, *, allow_code=True)', impl: (_m: V, f: V, a: V) => loads(bytesArg(PyObject_CallMethod(f, 'read', [])), allowCode(a)) },
    dump: {
      sig: '($module, value, file, version=version, /, *, allow_code=True)',
      impl: (_m: V, v: V, f: V, version: V, a: V) => void PyObject_CallMethod(f, 'write', [new PyBytes(dumps(v, version === undefined ? MARSHAL_VERSION : Number(PyNumber_Index(version)), allowCode(a)))]),
    },
  },
  constants: () => ({ version: MARSHAL_VERSION }),
});
