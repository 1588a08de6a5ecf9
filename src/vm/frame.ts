// The interpreter frame: one activation of a code object.  CPython: Include/internal/pycore_interpframe.h
// (_PyInterpreterFrame) and Objects/frameobject.c (PyFrameObject).
//
// pyts uses one object for both: the Frame the evaluation loop runs is also the `frame` object
// Python code sees (sys._getframe(), tracebacks); the GC keeps it alive as long as it is referenced.
// Locals, cells, free variables and the value stack share one array, `localsplus`, as in CPython:
// [0, nlocalsplus) are the fast variables (undefined = unbound, or NULL), the stack grows from there.

import { PyObject, type PyValue } from '../objects/object.ts';
import type { PyDict } from '../objects/dict.ts';
import { type PyCode, CO_OPTIMIZED } from '../objects/code.ts';
import type { PyFunction } from '../objects/function.ts';

export const enum FrameState {
  CREATED = -3,
  SUSPENDED = -2,
  SUSPENDED_YIELD_FROM = -1,
  EXECUTING = 0,
  COMPLETED = 1,
  CLEARED = 4,
}

export class Frame extends PyObject {
  /** The calling frame while this frame runs (the thread's frame chain). */
  f_back: Frame | null = null;
  /** Index (in code units) of the next instruction to execute. */
  pc = 0;
  /** Index of the instruction being executed, or that raised (f_lasti is twice this). */
  lasti = -1;
  /** The value stack pointer: index of the next free stack slot in localsplus. */
  sp: number;
  readonly localsplus: (PyValue | undefined)[];
  state = FrameState.CREATED;
  /** The generator, coroutine or async generator that owns this frame, if any. */
  gen: PyObject | null = null;
  /**
   * Added to pc when the frame this one called returns (not when it yields): FOR_ITER and SEND
   * resume a generator in the same loop, and its return lands on their exit.  CPython: return_offset
   */
  returnOffset = 0;
  /** The instance an inlined __init__ initializes: the call's result, once __init__ returned None. */
  initSelf: PyValue | undefined = undefined;
  /** Names set through f_locals that are not variables of the code (PEP 667).  CPython: f_extra_locals */
  extraLocals: PyDict | null = null;
  /** f_trace and friends, allocated only when tracing is used. */
  trace: PyValue | null = null;
  traceLines = true;
  traceOpcodes = false;
  /**
   * How many compiled activations called each other directly (JS calls) to reach this frame: 0 when
   * the evaluation loop pushed it; bounds the JS stack compiled code uses (vm/jit.ts).
   */
  nest = 0;

  constructor(
    readonly f_code: PyCode,
    readonly f_globals: PyDict,
    readonly f_builtins: PyDict,
    /** The locals mapping of module, class and exec frames (LOAD_NAME/STORE_NAME); null in functions. */
    public f_locals: PyValue | null,
    /** The function being executed, or null for module and exec code. */
    readonly f_func: PyFunction | null,
  ) {
    super();
    // A function made from module-level code (types.FunctionType(compile(...), g)) runs with its
    // globals as locals.  CPython: _PyFunction_Vectorcall
    if (f_locals === null && (f_code.co_flags & CO_OPTIMIZED) === 0 && f_func !== null) this.f_locals = f_globals;
    this.localsplus = (f_code.frameTemplate ?? frameTemplate(f_code)).slice();
    this.sp = f_code.co_nlocalsplus;
  }
}

/** A packed array of undefined, as long as a frame of `code` needs (slice() copies it fast). */
function frameTemplate(code: PyCode): undefined[] {
  const size = code.co_nlocalsplus + code.co_stacksize;
  const t: undefined[] = [];
  for (let i = 0; i < size; i++) t.push(undefined);
  return (code.frameTemplate = t);
}
