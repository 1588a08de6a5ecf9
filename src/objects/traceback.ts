// Traceback objects: the chain of frames an exception passed through.  CPython: Python/traceback.c
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { typeError, valueError, overflowError } from './exceptions.ts';
import { addr2line } from './code.ts';
import type { Frame } from '../vm/frame.ts';
import { FrameType } from './frameobject.ts';
import { PyNumber_Index } from './abstract.ts';
import { PyList } from './list.ts';

export class PyTraceback extends PyObject {
  /** The line, or -1 until computed from the instruction (CPython's tb_lineno field). */
  private lineno = -1;
  /** tb_lasti when given to the constructor (it may be odd), else null. */
  lastiBytes: number | null = null;
  constructor(
    public tb_next: PyTraceback | null,
    readonly tb_frame: Frame,
    /** Index (in code units) of the instruction that raised; tb_lasti is twice this. */
    readonly lastiUnits: number,
  ) {
    super();
  }

  /** The line of the instruction, or a negative number when it has none.  CPython: tb_lineno_get */
  get tb_lineno(): number {
    if (this.lineno === -1) return addr2line(this.tb_frame.f_code, this.lastiUnits * 2);
    return this.lineno;
  }

  setLineno(n: number): void {
    this.lineno = n;
  }
}

const TB_PARAMS = ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'];

/** A C int argument.  CPython: _PyLong_AsInt */
function cInt(v: PyValue): number {
  const i = PyNumber_Index(v);
  const n = typeof i === 'bigint' ? Number(i) : i;
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return n;
}

/** traceback(tb_next, tb_frame, tb_lasti, tb_lineno).  CPython: tb_new_impl */
function tbNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 4) throw typeError(`traceback() takes at most 4 arguments (${args.length} given)`);
  const bound: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let i = 0; i < npos; i++) bound[i] = args[i];
  for (let i = 0; i < nkw; i++) {
    const k = TB_PARAMS.indexOf(kwnames![i]);
    if (k < 0) throw typeError(`traceback() got an unexpected keyword argument '${kwnames![i]}'`);
    if (bound[k] !== undefined) throw typeError(`argument for traceback() given by name ('${kwnames![i]}') and position (${k + 1})`);
    bound[k] = args[npos + i];
  }
  for (let k = 0; k < 4; k++) {
    if (bound[k] === undefined) throw typeError(`traceback() missing required argument '${TB_PARAMS[k]}' (pos ${k + 1})`);
  }
  const [next, frame, lasti, lineno] = bound as PyValue[];
  if (!(frame instanceof PyObject) || typeOf(frame) !== FrameType) {
    throw typeError(`traceback() argument 'tb_frame' must be frame, not ${frame === None ? 'None' : typeOf(frame).tp_name}`);
  }
  const lastiValue = cInt(lasti);
  const linenoValue = cInt(lineno);
  if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next).tp_name}'`);
  const tb = new PyTraceback(next === None ? null : (next as PyTraceback), frame as unknown as Frame, lastiValue >> 1);
  tb.lastiBytes = lastiValue;
  tb.setLineno(linenoValue);
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
  textSignature: '(tb_next, tb_frame, tb_lasti, tb_lineno)',
  instanceClass: PyTraceback,
  slots: { tp_new: tbNew },
  methods: {
    __dir__: { sig: '($self, /)', impl: () => new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']) },
  },
  members: {
    tb_frame: { get: (tb: PyTraceback) => tb.tb_frame },
    tb_lasti: { get: (tb: PyTraceback) => tb.lastiBytes ?? tb.lastiUnits * 2 },
  },
  getset: {
    tb_next: { get: (tb: PyTraceback) => tb.tb_next ?? None, set: setNext },
    tb_lineno: { get: (tb: PyTraceback) => (tb.tb_lineno < 0 ? None : tb.tb_lineno) },
  },
});
