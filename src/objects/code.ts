// The code object: compiled bytecode and everything needed to run and describe it.  CPython: Objects/codeobject.c
//
// Immutable once built. Nested code objects are constants of their parent (co_consts).
// The compiler (src/compiler) builds them, marshal reads and writes them, the VM runs them.
// The `code` type (attributes, code(), replace(), co_lines()..., equality, hash) is in code-type.ts;
// the functions here hold the logic of the tables.
import type { JitFn } from '../vm/jit.ts';
import { PyObject, type PyValue } from './object.ts';
import { PyBytes } from './bytes.ts';
import { PyTuple } from './tuple.ts';
import { Op, DEOPT, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';

// co_flags bits.  CPython: Include/cpython/code.h
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const CO_NO_MONITORING_EVENTS = 0x2000000;
export const CO_HAS_DOCSTRING = 0x4000000;
export const CO_METHOD = 0x8000000;

// Kinds of "fast" variables (co_localspluskinds).  CPython: Include/internal/pycore_code.h
export const CO_FAST_ARG_POS = 0x02;
export const CO_FAST_ARG_KW = 0x04;
export const CO_FAST_ARG_VAR = 0x08;
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** Code units are read from co_code's bytes (little-endian) with one copy where the platform's order is the same. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Everything needed to build a code object.  CPython: struct _PyCodeConstructor */
export interface CodeInit {
  filename: string;
  name: string;
  qualname: string;
  flags: number;
  code: Uint8Array;
  firstlineno: number;
  linetable: Uint8Array;
  consts: readonly PyValue[];
  names: readonly string[];
  localsplusnames: readonly string[];
  localspluskinds: Uint8Array;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  exceptiontable: Uint8Array;
}

export class PyCode extends PyObject {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  readonly co_firstlineno: number;
  readonly co_nlocals: number;
  readonly co_nlocalsplus: number;
  readonly co_ncellvars: number;
  readonly co_nfreevars: number;
  /** The bytecode with CACHE entries zeroed, as `co_code` shows it. */
  readonly co_code: PyBytes;
  readonly co_consts: PyTuple;
  readonly co_names: PyTuple;
  readonly co_localsplusnames: PyTuple;
  readonly co_localspluskinds: PyBytes;
  readonly co_varnames: PyTuple;
  readonly co_cellvars: PyTuple;
  readonly co_freevars: PyTuple;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_linetable: PyBytes;
  readonly co_exceptiontable: PyBytes;
  /**
   * Code units (opcode | oparg << 8), for the evaluation loop, which specializes them in place (as
   * CPython's _co_code_adaptive): read the base opcode through DEOPT, as co_code shows it.
   */
  readonly units: Uint16Array;
  /** The evaluation loop's inline-cache data that does not fit in code units, by instruction index. */
  vmCache: unknown[] | null = null;
  /** localsplus of a new frame (co_nlocalsplus + co_stacksize empty slots), copied by each call. */
  frameTemplate: undefined[] | null = null;
  /** The compiled form of this code (vm/jit.ts), once it ran hot. */
  jit: JitFn | null = null;
  /** Heat toward compilation (vm/jit.ts jitSample, jitHeat); -1 once compiled or found untranslatable. */
  jitCount = 0;

  constructor(init: CodeInit) {
    super();
    this.co_argcount = init.argcount;
    this.co_posonlyargcount = init.posonlyargcount;
    this.co_kwonlyargcount = init.kwonlyargcount;
    // A code object always has room for one stack item.  CPython: init_code
    this.co_stacksize = init.stacksize || 1;
    this.co_flags = init.flags;
    this.co_firstlineno = init.firstlineno;
    this.co_code = new PyBytes(init.code);
    this.co_consts = new PyTuple(init.consts);
    this.co_names = new PyTuple(init.names);
    this.co_localsplusnames = new PyTuple(init.localsplusnames);
    this.co_localspluskinds = new PyBytes(init.localspluskinds);
    const varnames: string[] = [];
    const cellvars: string[] = [];
    const freevars: string[] = [];
    const kinds = init.localspluskinds;
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i];
      if (k & CO_FAST_LOCAL) varnames.push(init.localsplusnames[i]);
      if (k & CO_FAST_CELL) cellvars.push(init.localsplusnames[i]);
      if (k & CO_FAST_FREE) freevars.push(init.localsplusnames[i]);
    }
    this.co_varnames = new PyTuple(varnames);
    this.co_cellvars = new PyTuple(cellvars);
    this.co_freevars = new PyTuple(freevars);
    this.co_nlocals = varnames.length;
    this.co_nlocalsplus = kinds.length;
    this.co_ncellvars = cellvars.length;
    this.co_nfreevars = freevars.length;
    this.co_filename = init.filename;
    this.co_name = init.name;
    this.co_qualname = init.qualname;
    this.co_linetable = new PyBytes(codeDefaults.debugRanges ? init.linetable : removeColumnInfo(init.linetable, init.firstlineno));
    this.co_exceptiontable = new PyBytes(init.exceptiontable);
    const code = init.code;
    const units = new Uint16Array(code.length >> 1);
    if (LITTLE_ENDIAN) new Uint8Array(units.buffer).set(code.subarray(0, units.length * 2));
    else for (let i = 0; i < units.length; i++) units[i] = code[2 * i] | (code[2 * i + 1] << 8);
    this.units = units;
  }

  /** The first free-variable slot in localsplus.  CPython: PyUnstable_Code_GetFirstFree */
  get firstFree(): number {
    return this.co_nlocalsplus - this.co_nfreevars;
  }

  /** The variable name that LOAD_FAST/LOAD_DEREF... oparg `i` refers to.  CPython: code._varname_from_oparg */
  varnameFromOparg(i: number): string {
    return this.co_localsplusnames.items[i] as string;
  }
}

/** The fields replace() accepts, by their Python names.  CPython: code.replace() */
export interface CodeReplace {
  co_argcount?: number;
  co_posonlyargcount?: number;
  co_kwonlyargcount?: number;
  co_nlocals?: number;
  co_stacksize?: number;
  co_flags?: number;
  co_firstlineno?: number;
  co_code?: Uint8Array;
  co_consts?: readonly PyValue[];
  co_names?: readonly string[];
  co_varnames?: readonly string[];
  co_freevars?: readonly string[];
  co_cellvars?: readonly string[];
  co_filename?: string;
  co_name?: string;
  co_qualname?: string;
  co_linetable?: Uint8Array;
  co_exceptiontable?: Uint8Array;
}

/**
 * A copy of `co` with some fields replaced. Replacing co_varnames, co_cellvars or co_freevars
 * rebuilds the localsplus layout from the three tuples, as CPython's code.replace() does.
 * CPython: Objects/codeobject.c code_replace_impl
 */
export function codeReplace(co: PyCode, r: CodeReplace): PyCode {
  let names = co.co_localsplusnames.items as string[];
  let kinds = co.co_localspluskinds.data;
  if (r.co_varnames || r.co_cellvars || r.co_freevars) {
    const varnames = r.co_varnames ?? (co.co_varnames.items as string[]);
    const cellvars = r.co_cellvars ?? (co.co_cellvars.items as string[]);
    const freevars = r.co_freevars ?? (co.co_freevars.items as string[]);
    const oldKinds = new Map<string, number>();
    names.forEach((n, i) => oldKinds.set(n, kinds[i]));
    const newNames: string[] = [];
    const newKinds: number[] = [];
    for (const v of varnames) {
      newNames.push(v);
      let k = CO_FAST_LOCAL | ((oldKinds.get(v) ?? 0) & (CO_FAST_ARG_POS | CO_FAST_ARG_KW | CO_FAST_ARG_VAR | CO_FAST_HIDDEN));
      if (cellvars.includes(v)) k |= CO_FAST_CELL;
      newKinds.push(k);
    }
    for (const v of cellvars) if (!varnames.includes(v)) (newNames.push(v), newKinds.push(CO_FAST_CELL));
    for (const v of freevars) (newNames.push(v), newKinds.push(CO_FAST_FREE));
    names = newNames;
    kinds = Uint8Array.from(newKinds);
  }
  return new PyCode({
    filename: r.co_filename ?? co.co_filename,
    name: r.co_name ?? co.co_name,
    qualname: r.co_qualname ?? co.co_qualname,
    flags: r.co_flags ?? co.co_flags,
    code: r.co_code ?? co.co_code.data,
    firstlineno: r.co_firstlineno ?? co.co_firstlineno,
    linetable: r.co_linetable ?? co.co_linetable.data,
    consts: r.co_consts ?? co.co_consts.items,
    names: r.co_names ?? (co.co_names.items as string[]),
    localsplusnames: names,
    localspluskinds: kinds,
    argcount: r.co_argcount ?? co.co_argcount,
    posonlyargcount: r.co_posonlyargcount ?? co.co_posonlyargcount,
    kwonlyargcount: r.co_kwonlyargcount ?? co.co_kwonlyargcount,
    stacksize: r.co_stacksize ?? co.co_stacksize,
    exceptiontable: r.co_exceptiontable ?? co.co_exceptiontable.data,
  });
}

// ---------------------------------------------------------------------------------------------
// The location table (co_linetable).  CPython: Objects/codeobject.c, InternalDocs/code_objects.md
//
// A sequence of entries, each starting with a byte with bit 7 set: bits 3-6 hold the entry kind,
// bits 0-2 the number of code units covered minus one. Kinds 0-9 are the "short" forms (same line,
// column < 80, width < 16), 10-12 "one line" forms with a line delta of 0-2, 13 no columns,
// 14 the long form, 15 no location at all.

export const LOCATION_SHORT0 = 0;
export const LOCATION_ONE_LINE0 = 10;
export const LOCATION_NO_COLUMNS = 13;
export const LOCATION_LONG = 14;
export const LOCATION_NONE = 15;

/** One decoded entry: [start offset, end offset) in bytes, and positions (-1 where absent). */
export interface LocationEntry {
  start: number;
  end: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** A location table's unsigned varint: 6 bits a byte, bit 6 set on all but the last.  CPython: write_varint */
export function writeVarint(out: { push(b: number): unknown }, val: number): void {
  while (val >= 64) {
    out.push(64 | (val & 63));
    val >>>= 6;
  }
  out.push(val);
}

/** The signed form: the sign in the low bit.  CPython: write_signed_varint */
export function writeSignedVarint(out: { push(b: number): unknown }, val: number): void {
  writeVarint(out, val < 0 ? ((-val << 1) | 1) >>> 0 : val << 1);
}

/** How code objects are made in this process (runtime/config.ts sets it from the configuration). */
export const codeDefaults = { debugRanges: true };

/**
 * The location table with its columns dropped (-X no_debug_ranges): each entry becomes a no-column
 * one for the same line and length.  CPython: Objects/codeobject.c remove_column_info
 */
function removeColumnInfo(table: Uint8Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  let line = firstlineno;
  for (const e of decodeLocations(table, firstlineno)) {
    const units = (e.end - e.start) >> 1;
    if (e.line < 0) {
      out.push(128 | (LOCATION_NONE << 3) | (units - 1));
      continue;
    }
    out.push(128 | (LOCATION_NO_COLUMNS << 3) | (units - 1));
    writeSignedVarint(out, e.line - line);
    line = e.line;
  }
  return new Uint8Array(out);
}

/** Decodes every entry of a location table.  CPython: advance_with_locations */
export function decodeLocations(table: Uint8Array, firstlineno: number): LocationEntry[] {
  const out: LocationEntry[] = [];
  let p = 0;
  let line = firstlineno;
  let addr = 0;
  const varint = (): number => {
    let b = table[p++];
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[p++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val >>> 0;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (p < table.length) {
    const first = table[p++];
    const code = (first >> 3) & 15;
    const start = addr;
    addr += ((first & 7) + 1) * 2;
    let l = -1;
    let el = -1;
    let c = -1;
    let ec = -1;
    if (code === LOCATION_NONE) {
      // no location
    } else if (code === LOCATION_LONG) {
      line += svarint();
      l = line;
      el = l + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === LOCATION_NO_COLUMNS) {
      line += svarint();
      l = el = line;
    } else if (code >= LOCATION_ONE_LINE0) {
      line += code - LOCATION_ONE_LINE0;
      l = el = line;
      c = table[p++];
      ec = table[p++];
    } else {
      const second = table[p++];
      l = el = line;
      c = (code << 3) | (second >> 4);
      ec = c + (second & 15);
    }
    out.push({ start, end: addr, line: l, endLine: el, col: c, endCol: ec });
  }
  return out;
}

/** co_positions(): one (line, end_line, col, end_col) per code unit; null where unknown. */
export function codePositions(co: PyCode): [number | null, number | null, number | null, number | null][] {
  const out: [number | null, number | null, number | null, number | null][] = [];
  const n = (v: number) => (v === -1 ? null : v);
  for (const e of decodeLocations(co.co_linetable.data, co.co_firstlineno)) {
    for (let a = e.start; a < e.end; a += 2) out.push([n(e.line), n(e.endLine), n(e.col), n(e.endCol)]);
  }
  return out;
}

/**
 * co_lines(): (start, end, line) ranges of byte offsets, consecutive entries of the same line
 * merged; line is null for instructions without one.  CPython: lineiter_next
 */
export function codeLines(co: PyCode): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (const e of decodeLocations(co.co_linetable.data, co.co_firstlineno)) {
    const line = e.line;
    const last = out[out.length - 1];
    if (last && last[2] === (line === -1 ? null : line) && last[1] === e.start) last[1] = e.end;
    else out.push([e.start, e.end, line === -1 ? null : line]);
  }
  return out;
}

/**
 * _co_code_adaptive of a code object that has not run: co_code with the counters CPython writes in
 * the first cache entry of each instruction that has caches when it creates the code object
 * (JUMP_BACKWARD: 4095 with backoff 12; conditional jumps: alternating bits; others: warm-up 1/1).
 * CPython: _PyCode_Quicken
 */
export function codeAdaptive(co: PyCode): Uint8Array {
  const out = co.co_code.data.slice();
  const units = co.units;
  for (let i = 0; i < units.length - 1; i++) {
    const op = units[i] & 255;
    const caches = INLINE_CACHE_ENTRIES[op];
    if (!caches) continue;
    let counter: number;
    switch (op) {
      case Op.JUMP_BACKWARD:
        counter = (4095 << 4) | 12;
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
        counter = 0x5555;
        break;
      default:
        counter = (1 << 4) | 1;
    }
    out[2 * (i + 1)] = counter & 255;
    out[2 * (i + 1) + 1] = counter >> 8;
    i += caches;
  }
  return out;
}

/**
 * co_lnotab (deprecated): (byte delta, line delta) pairs, one run per change of line, deltas split
 * into pieces that fit a byte (unsigned, signed).  CPython: decode_linetable, emit_delta
 */
export function codeLnotab(co: PyCode): Uint8Array {
  const out: number[] = [];
  const pair = (b: number, l: number) => out.push(b, l & 255);
  let offset = 0;
  let line = co.co_firstlineno;
  let computed = co.co_firstlineno;
  const table = co.co_linetable.data;
  let p = 0;
  let addr = 0;
  while (p < table.length) {
    // The line delta of the entry (entries without a location keep the line).
    const first = table[p];
    const kind = (first >> 3) & 15;
    if (kind === LOCATION_LONG || kind === LOCATION_NO_COLUMNS) {
      let q = p + 1;
      let b = table[q++];
      let u = b & 63;
      let shift = 0;
      while (b & 64) {
        b = table[q++];
        shift += 6;
        u |= (b & 63) << shift;
      }
      u >>>= 0;
      computed += u & 1 ? -(u >>> 1) : u >>> 1;
    } else if (kind >= LOCATION_ONE_LINE0 && kind !== LOCATION_NONE) {
      computed += kind - LOCATION_ONE_LINE0;
    }
    const start = addr;
    addr += ((first & 7) + 1) * 2;
    do p++;
    while (p < table.length && (table[p] & 128) === 0);
    if (computed !== line) {
      let bdelta = start - offset;
      let ldelta = computed - line;
      while (bdelta > 255) {
        pair(255, 0);
        bdelta -= 255;
      }
      while (ldelta > 127) {
        pair(bdelta, 127);
        bdelta = 0;
        ldelta -= 127;
      }
      while (ldelta < -128) {
        pair(bdelta, -128);
        bdelta = 0;
        ldelta += 128;
      }
      pair(bdelta, ldelta);
      offset = start;
      line = computed;
    }
  }
  return Uint8Array.from(out);
}

/**
 * The original opcodes of instructions sys.monitoring replaced with INSTRUMENTED_LINE in code.units
 * (vm/monitoring.ts keeps this up to date), by code unit index.
 */
export const instrumentedOriginals = new WeakMap<PyCode, Uint8Array>();

/** The opcode in code.units at i with the instrumentation undone.  CPython: _Py_GetBaseCodeUnit */
export function baseOpcode(co: PyCode, i: number): number {
  const u = co.units[i] & 255;
  if (u !== Op.INSTRUMENTED_LINE) return u;
  const o = instrumentedOriginals.get(co);
  return o === undefined ? u : o[i];
}

/**
 * co_branches(): (source, not-taken, taken) byte offsets of every branch: conditional jumps (the
 * not-taken edge skips NOT_TAKEN), FOR_ITER (the taken edge skips END_FOR and POP_ITER) and the
 * END_SEND of `async for` (reported from END_ASYNC_FOR).  CPython: branchesiter_next
 */
export function codeBranches(co: PyCode): [number, number, number][] {
  const out: [number, number, number][] = [];
  const units = co.units;
  let oparg = 0;
  for (let i = 0; i < units.length; ) {
    const op = DEOPT[baseOpcode(co, i)];
    const arg = (oparg << 8) | (units[i] >> 8);
    const next = i + 1 + INLINE_CACHE_ENTRIES[op];
    oparg = 0;
    switch (op) {
      case Op.EXTENDED_ARG:
        oparg = arg;
        break;
      case Op.FOR_ITER:
        out.push([i * 2, next * 2, (next + arg + 2) * 2]);
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
        out.push([i * 2, (next + 1) * 2, (next + arg) * 2]);
        i = next + 1;
        continue;
      case Op.END_ASYNC_FOR: {
        const src = next - arg;
        out.push([src * 2, (src + 2) * 2, next * 2]);
        break;
      }
    }
    i = next;
  }
  return out;
}

/** The line of the instruction at byte offset `addr`, or -1.  CPython: PyCode_Addr2Line */
export function addr2line(co: PyCode, addr: number): number {
  if (addr < 0) return co.co_firstlineno;
  for (const e of decodeLocations(co.co_linetable.data, co.co_firstlineno)) if (addr < e.end) return e.line;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The exception table (co_exceptiontable).  CPython: InternalDocs/exception_handling.md
//
// Entries of four varints (start, length, target, depth << 1 | lasti), all in code units; the first
// byte of an entry has bit 7 set, continuation bytes bit 6.

export interface ExceptionTableEntry {
  /** Offsets in code units: [start, end) is protected, `target` is the handler. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** Parses an exception table.  CPython: Lib/dis.py _parse_exception_table */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = table[p++];
    let val = b & 63;
    while (b & 64) {
      val <<= 6;
      b = table[p++];
      val |= b & 63;
    }
    return val;
  };
  while (p < table.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) !== 0 });
  }
  return out;
}
