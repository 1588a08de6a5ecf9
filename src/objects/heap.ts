// Instances of Python classes derived from builtin types.  CPython: PyType_GenericAlloc,
// subtype_dealloc's counterpart fields (ob_type, the managed __dict__ and __slots__ cells).
import type { PyObject, PyValue } from './object.ts';
import type { PyType } from './type.ts';
import { PyDict } from './dict.ts';
import { trackObject } from '../vm/gc-state.ts';

/** The fields an instance of a Python class carries, whatever builtin type it derives from. */
export interface HeapFields {
  ob_type: PyType;
  ob_dict: PyDict | null;
  ob_slots: (PyValue | undefined)[] | null;
}

const heapClasses = new Map<Function, new (...args: never[]) => PyObject>();

/**
 * Creates an instance of Python class `subtype` whose layout is the builtin JS class `Base`:
 * an object of a cached JS subclass of Base that adds the type, the __dict__ and the __slots__ cells.
 */
export function newHeapInstance<T extends PyObject>(Base: new (...args: never[]) => T, subtype: PyType, ...args: unknown[]): T & HeapFields {
  let C = heapClasses.get(Base);
  if (C === undefined) {
    const B = Base as unknown as new (...a: unknown[]) => PyObject;
    C = class extends B {
      override ob_type: PyType = undefined as unknown as PyType;
      ob_dict: PyDict | null = null;
      ob_slots: (PyValue | undefined)[] | null = null;
    } as unknown as new (...args: never[]) => PyObject;
    heapClasses.set(Base, C);
  }
  const o = new (C as unknown as new (...a: unknown[]) => T & HeapFields)(...args);
  initHeapFields(o, subtype);
  return o;
}

/** Sets the type, __dict__ and __slots__ cells of a new instance of a Python class. */
export function initHeapFields(o: HeapFields, subtype: PyType): void {
  o.ob_type = subtype;
  if (subtype.instanceHasDict) o.ob_dict = new PyDict();
  if (subtype.slotCount > 0) o.ob_slots = new Array<PyValue | undefined>(subtype.slotCount).fill(undefined);
  // An instance of a class with __del__ is observable when it dies (vm/finalize.ts).
  if (subtype.tp_finalize !== null) trackObject(o);
}
