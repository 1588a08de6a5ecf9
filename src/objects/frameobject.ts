// The `frame` type: the Python view of an interpreter frame.  CPython: Objects/frameobject.c
import { None, type PyValue } from './object.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { Frame, FrameState } from '../vm/frame.ts';
import { builtinsObject } from '../vm/builtins-mapping.ts';
import { runtimeError } from './exceptions.ts';
import { addr2line, CO_FAST_FREE, CO_FAST_CELL, CO_FAST_HIDDEN, CO_OPTIMIZED } from './code.ts';
import { PyFrameLocalsProxy } from './framelocalsproxy.ts';
import { PyDict } from './dict.ts';
import { PyCell } from './function.ts';
import { addressOf } from './id.ts';
import { unicodeRepr } from './str/repr.ts';
import { setLineno } from '../vm/trace.ts';
import { genFinalize } from '../vm/finalize.ts';
import type { PyGenObject } from './genobject.ts';

/** The current line of a frame.  CPython: PyFrame_GetLineNumber */
export function frameLineno(f: Frame): number {
  return addr2line(f.f_code, Math.max(f.lasti, 0) * 2);
}

/** frame.f_lineno: None when the instruction has no line number.  CPython: frame_getlineno */
function frameGetLineno(f: Frame): PyValue {
  const n = frameLineno(f);
  return n < 0 ? None : n;
}

/** A snapshot dict of a function frame's variables (what locals() returns in a function). */
export function fastLocalsSnapshot(f: Frame): PyDict {
  const d = new PyDict();
  const co = f.f_code;
  const names = co.co_localsplusnames.items;
  const kinds = co.co_localspluskinds.data;
  for (let i = 0; i < names.length; i++) {
    if (kinds[i] & CO_FAST_HIDDEN) continue;
    let v = f.localsplus[i];
    if (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCell) v = v.ob_ref;
    if (v !== undefined) d.set(names[i], v);
  }
  return d;
}

/** f_locals: the locals mapping of a module or class frame; a write-through proxy of a function's (PEP 667). */
function frameLocals(f: Frame): PyValue {
  if (f.f_code.co_flags & CO_OPTIMIZED) return new PyFrameLocalsProxy(f);
  if (f.f_locals !== null) return f.f_locals;
  return fastLocalsSnapshot(f);
}

function frameRepr(self: PyValue): string {
  const f = self as Frame;
  return `<frame at ${addressOf(f)}, file ${unicodeRepr(f.f_code.co_filename)}, line ${frameLineno(f)}, code ${f.f_code.co_name}>`;
}

/** frame.clear(): drops the variables of a frame that is not running.  CPython: frame_clear_impl */
function frameClear(f: Frame): void {
  if (f.state === FrameState.EXECUTING) throw runtimeError('cannot clear an executing frame');
  if (f.gen !== null) {
    if (f.state === FrameState.SUSPENDED || f.state === FrameState.SUSPENDED_YIELD_FROM) throw runtimeError('cannot clear a suspended frame');
    // A generator's frame: the generator is finalized (closed; a coroutine never awaited warns).
    genFinalize(f.gen as PyGenObject);
    return;
  }
  f.localsplus.fill(undefined);
}

export const FrameType = defineBuiltinType({
  name: 'frame',
  instanceClass: Frame,
  slots: { tp_repr: frameRepr },
  getset: {
    f_back: { get: (f: Frame) => f.f_back ?? None },
    f_code: { get: (f: Frame) => f.f_code },
    f_globals: { get: (f: Frame) => f.f_globals },
    f_builtins: { get: (f: Frame) => builtinsObject(f.f_builtins) },
    f_locals: { get: frameLocals },
    f_lineno: { get: frameGetLineno, set: (f: Frame, v: PyValue | null) => setLineno(f, v) },
    f_lasti: { get: (f: Frame) => f.lasti * 2 },
    f_trace: { get: (f: Frame) => f.trace ?? None, set: (f: Frame, v: PyValue | null) => void (f.trace = v === None ? null : v) },
    f_trace_lines: { get: (f: Frame) => f.traceLines, set: (f: Frame, v: PyValue | null) => void (f.traceLines = v === true) },
    f_trace_opcodes: { get: (f: Frame) => f.traceOpcodes, set: (f: Frame, v: PyValue | null) => void (f.traceOpcodes = v === true) },
    f_generator: { get: (f: Frame) => f.gen ?? None },
  },
  methods: {
    clear: { sig: '($self, /)', impl: frameClear },
  },
});
