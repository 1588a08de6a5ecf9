// Traceback objects: the chain of frames an exception passed through.  CPython: Python/traceback.c
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { typeError, valueError } from './exceptions.ts';
import { addr2line } from './code.ts';
import type { Frame } from '../vm/frame.ts';
import { FrameType } from './frameobject.ts';
import { PyNumber_Index } from './abstract.ts';

export class PyTraceback extends PyObject {
  private lineno = -2;
  constructor(
    public tb_next: PyTraceback | null,
    readonly tb_frame: Frame,
    /** Index (in code units) of the instruction that raised; tb_lasti is twice this. */
    readonly lastiUnits: number,
  ) {
    super();
  }

  get tb_lineno(): number {
    if (this.lineno === -2) this.lineno = addr2line(this.tb_frame.f_code, this.lastiUnits * 2);
    return this.lineno;
  }

  setLineno(n: number): void {
    this.lineno = n;
  }
}

function tbNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('traceback() takes no keyword arguments');
  if (args.length !== 4) throw typeError(`traceback expected 4 arguments, got ${args.length}`);
  const [next, frame, lasti, lineno] = args;
  if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next).tp_name}'`);
  if (!(frame instanceof PyObject) || frame.ob_type !== FrameType) throw typeError('TracebackType() argument 2 must be frame');
  const tb = new PyTraceback(next === None ? null : (next as PyTraceback), frame as unknown as Frame, Number(PyNumber_Index(lasti)) >> 1);
  tb.setLineno(Number(PyNumber_Index(lineno)));
  return tb;
}

function setNext(tb: PyTraceback, v: PyValue | null): void {
  if (v === null) throw typeError("can't delete tb_next attribute");
  if (v === None) {
    tb.tb_next = null;
    return;
  }
  if (!(v instanceof PyTraceback)) throw typeError(`expected traceback object, got '${typeOf(v).tp_name}'`);
  for (let c: PyTraceback | null = v; c !== null; c = c.tb_next) if (c === tb) throw valueError('traceback loop detected');
  tb.tb_next = v;
}

export const TracebackType = defineBuiltinType({
  name: 'traceback',
  instanceClass: PyTraceback,
  slots: { tp_new: tbNew },
  getset: {
    tb_next: { get: (tb: PyTraceback) => tb.tb_next ?? None, set: setNext },
    tb_frame: { get: (tb: PyTraceback) => tb.tb_frame },
    tb_lasti: { get: (tb: PyTraceback) => tb.lastiUnits * 2 },
    tb_lineno: { get: (tb: PyTraceback) => (tb.tb_lineno < 0 ? None : tb.tb_lineno) },
  },
});
