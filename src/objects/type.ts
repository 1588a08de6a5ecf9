// Type objects.  CPython: Objects/typeobject.c
// TODO(#4): slots, MRO, the attribute machinery; this is only the declaration other layers name.
import { PyObject } from './object.ts';

export class PyType extends PyObject {
  constructor(public readonly tp_name: string) {
    super();
  }
}
