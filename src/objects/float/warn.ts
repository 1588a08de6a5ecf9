// Warnings from the number types (DeprecationWarning for ~bool, complex() with complex parts, __int__/
// __float__/__complex__ returning subclasses).  CPython: PyErr_WarnEx from Objects/*.c
//
// The _warnings module sits high in the import graph (it reaches the import system), and the number
// types sit at its bottom: a static import would make _warnings evaluate before the modules it
// needs. So the module is looked up through the import machinery when a warning is actually issued.
import type { PyValue } from '../object.ts';
import { PyObject_Call, PyObject_GetAttr } from '../abstract.ts';
import { interp } from '../../vm/interpreter.ts';

/** Issues a warning attributed to the calling Python code (stacklevel 1).  CPython: PyErr_WarnEx */
export function numberWarning(category: PyValue, message: string): void {
  const ip = interp();
  const importer = ip?.builtinImportFunc;
  if (!importer) return;
  const w = PyObject_Call(importer, ['_warnings']);
  PyObject_Call(PyObject_GetAttr(w, 'warn'), [message, category, 1]);
}
