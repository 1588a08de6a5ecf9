// The interpreter frame: one activation of a code object.  CPython: Include/internal/pycore_interpframe.h
// (_PyInterpreterFrame). The Python-visible `frame` object (frameobject.ts) is created on demand.
//
// Locals, cells, free variables and the value stack share one array, `localsplus`, as in CPython:
// [0, nlocalsplus) are the fast variables (undefined = unbound), the stack grows from nlocalsplus.

import type { PyValue } from '../objects/object.ts';
import type { PyDict } from '../objects/dict.ts';
import type { PyCode } from '../objects/code.ts';

export class Frame {
  f_back: Frame | null = null;
  /** The value stack pointer: index of the next free stack slot in localsplus. */
  sp: number;
  /** Index (in code units) of the next instruction to execute. */
  pc = 0;
  readonly localsplus: (PyValue | undefined)[];

  constructor(
    readonly f_code: PyCode,
    readonly f_globals: PyDict,
    readonly f_builtins: PyDict,
    /** The locals mapping of module, class and exec frames (LOAD_NAME/STORE_NAME); null in functions. */
    public f_locals: PyValue | null,
    /** The function being executed, or null for module and exec code. */
    readonly f_func: PyValue | null,
  ) {
    const n = f_code.co_nlocalsplus;
    this.localsplus = new Array<PyValue | undefined>(n + f_code.co_stacksize).fill(undefined);
    this.sp = n;
  }
}
