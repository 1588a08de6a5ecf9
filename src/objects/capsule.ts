// PyCapsule (types.CapsuleType): an opaque named handle that C extension modules export to each other
// (`_datetime.datetime_CAPI`).  Python code can only name, compare and print one.  CPython: Objects/capsule.c
import { PyObject, type PyValue } from './object.ts';
import { TPFLAGS } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { addressOf } from './id.ts';

export class PyCapsule extends PyObject {
  constructor(readonly name: string | null) {
    super();
  }
}

function capsuleRepr(self: PyValue): string {
  const c = self as PyCapsule;
  return `<capsule object ${c.name === null ? 'NULL' : `"${c.name}"`} at ${addressOf(c)}>`;
}

export const CapsuleType = defineBuiltinType({
  name: 'PyCapsule',
  doc:
    'Capsule objects let you wrap a C "void *" pointer in a Python\nobject.  They\'re a way of passing data through the Python interpreter\n' +
    'without creating your own custom type.\n\nCapsules are used for communication between extension modules.\n' +
    'They provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\n' +
    'Python import mechanism to link to one another.\n',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyCapsule,
  slots: { tp_repr: capsuleRepr },
});
