// The atexit module: functions run when the interpreter exits, last registered first.
// CPython: Modules/atexitmodule.c
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyDict } from '../objects/dict.ts';
import { typeOf } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { strValue } from '../objects/boxes.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { writeUnraisable } from './sys.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { gcRootProviders } from '../vm/gc-state.ts';

type V = PyValue;
type Callback = [func: V, args: V[], kwargs: PyDict | null];

const callbacks = new WeakMap<Interpreter, Callback[]>();
gcRootProviders.push(() => [callbacks.get(interp())]);

function list(ip: Interpreter = interp()): Callback[] {
  let l = callbacks.get(ip);
  if (l === undefined) callbacks.set(ip, (l = []));
  return l;
}

function register(_m: V, func: V, args: V[], kwargs: PyDict | null): V {
  if (typeOf(func).tp_call === null) throw E.typeError('the first argument must be callable');
  list().unshift([func, [...args], kwargs !== null && kwargs.size > 0 ? kwargs : null]);
  return func;
}

function unregister(_m: V, func: V): V {
  const l = list();
  for (let i = l.length - 1; i >= 0; i--) if (A.PyObject_RichCompareBool(l[i][0], func, 2)) l.splice(i, 1);
  return None;
}

/** Runs the registered functions (LIFO), reporting their errors as unraisable.  CPython: atexit_callfuncs */
export function runExitFuncs(ip: Interpreter = interp()): void {
  const copy = [...list(ip)];
  for (const [func, args, kwargs] of copy) {
    try {
      const all = [...args];
      const names: string[] = [];
      if (kwargs !== null) {
        for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
          names.push(strValue(kwargs.keys[i]));
          all.push(kwargs.values[i]);
        }
      }
      A.PyObject_Call(func, all, names.length ? names : null);
    } catch (e) {
      let r: string;
      try {
        r = A.PyObject_Repr(func);
      } catch {
        r = '<object repr() failed>';
      }
      writeUnraisable(e, None, `Exception ignored in atexit callback ${r}`);
    }
  }
  list(ip).length = 0;
}

export const atexitModule = defineModule({
  name: 'atexit',
  doc: moduleDoc('atexit'),
  functions: withDocs('atexit', {
    register: { sig: '($module, func, /, *args, **kwargs)', impl: register, doc: 'Register a function to run at exit; return it.' },
    unregister: { sig: '($module, func, /)', impl: unregister, doc: 'Remove every registration of a function.' },
    _run_exitfuncs: { sig: '($module, /)', impl: () => (runExitFuncs(), None) },
    _clear: { sig: '($module, /)', impl: () => void (list().length = 0) },
    _ncallbacks: { sig: '($module, /)', impl: () => list().length },
  }),
});
