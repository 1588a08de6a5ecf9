// The _warnings module, and issuing warnings from native code.  CPython: Python/_warnings.c
//
// pyts keeps the filters and the display in Python: warnings.py runs on its pure implementation
// (_py_warnings), because this module leaves out the names warnings.py takes from the C one
// (filters, _defaultaction, _onceregistry...).  warn() and warn_explicit() here, which importlib's
// bootstrap needs before `warnings` can be imported, hand over to the `warnings` module.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyDict } from '../objects/dict.ts';
import { typeOf, PyType } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { strValue } from '../objects/boxes.ts';
import { typeQualname } from '../objects/typeobject.ts';
import { interp } from '../vm/interpreter.ts';
import { importModule } from '../runtime/import.ts';

type V = PyValue;

let depth = 0;

function warningsModule(): V | null {
  const ip = interp();
  const m = ip.modules.getStr('warnings');
  if (m !== undefined && m !== None) return m;
  if (depth > 0) return null;
  depth++;
  try {
    return importModule('warnings');
  } catch {
    return null;
  } finally {
    depth--;
  }
}

/** Issues a warning from native code.  CPython: PyErr_WarnEx */
export function warnEx(category: V, message: string, stacklevel = 1): void {
  const w = warningsModule();
  if (w === null) {
    // Before `warnings` can be imported: print it as the default filters would.
    const name = category instanceof PyType ? typeQualname(category) : 'Warning';
    interp().host.writeStderr(`sys:1: ${name}: ${message}\n`);
    return;
  }
  A.PyObject_Call(A.PyObject_GetAttr(w, 'warn'), [message, category, stacklevel]);
}

function warn(_m: V, message: V, category: V, stacklevel: V, source: V, skipFilePrefixes: V): V {
  const w = warningsModule();
  if (w === null) {
    const cat = category === undefined || category === None ? E.PyExc_UserWarning : category;
    interp().host.writeStderr(`sys:1: ${typeQualname(cat as PyType)}: ${message instanceof PyObject ? A.PyObject_Str(message) : strValue(message)}\n`);
    return None;
  }
  const args: V[] = [message, category ?? None, stacklevel ?? 1, source ?? None];
  const names: string[] = [];
  if (skipFilePrefixes !== undefined) {
    args.push(skipFilePrefixes);
    names.push('skip_file_prefixes');
  }
  // One level deeper than the caller asked: this function has no frame of its own.
  return A.PyObject_Call(A.PyObject_GetAttr(w, 'warn'), args, names.length ? names : null);
}

function warnExplicit(_m: V, args: V[], kwargs: PyDict | null): V {
  const w = warningsModule();
  if (w === null) return None;
  const all = [...args];
  const names: string[] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      all.push(kwargs.values[i]);
    }
  }
  return A.PyObject_Call(A.PyObject_GetAttr(w, 'warn_explicit'), all, names.length ? names : null);
}

export const warningsNativeModule = defineModule({
  name: '_warnings',
  doc: 'The warnings machinery native code uses; warnings.py implements the filters.',
  functions: {
    warn: {
      sig: '($module, /, message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=<unrepresentable>)',
      impl: warn,
      doc: 'Issue a warning, or maybe ignore it or raise an exception.',
    },
    warn_explicit: {
      sig: '($module, *args, **kwargs)',
      impl: warnExplicit,
      doc: 'Issue a warning with an explicit location.',
    },
  },
});

void typeOf;
