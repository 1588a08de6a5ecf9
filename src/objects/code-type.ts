// The `code` type: what Python sees of code objects (types.CodeType), and the iterators of
// co_lines(), co_positions() and co_branches().  CPython: Objects/codeobject.c
//
// The code object itself (PyCode) and the logic of its tables are in code.ts; this file is the type
// table over them, with CPython's argument checking for code() and replace().
// TODO(#4): __sizeof__ as CPython counts it (here: a fixed header plus the bytecode).
import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyBytes } from './bytes.ts';
import type { PyDict } from './dict.ts';
import { PyNumber_Index, PyObject_Hash, PyObject_RichCompareBool } from './abstract.ts';
import { attributeError, typeError, valueError, overflowError, indexError, systemError, PyExc_DeprecationWarning } from './exceptions.ts';
import { addressOf } from './id.ts';
import { isStrValue, strValue } from './boxes.ts';
import { calculateSuggestion } from './suggestions.ts';
import {
  PyCode,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_FAST_LOCAL,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  codeAdaptive,
  codeBranches,
  codeLines,
  codeLnotab,
  codePositions,
  baseOpcode,
} from './code.ts';
import { Op, DEOPT, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import { constKey } from '../compiler/consts.ts';
import { warnEx } from '../modules/_warnings.ts';

// ---- argument conversions (Argument Clinic's converters) ----

/** `int`.  CPython: PyLong_AsInt */
function cInt(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

function badArgument(fname: string, what: string, expected: string, v: PyValue): never {
  throw typeError(`${fname}() ${what} must be ${expected}, not ${v === None ? 'None' : typeOf(v).tp_name}`);
}

function bytesArg(fname: string, what: string, v: PyValue): PyBytes {
  if (v instanceof PyBytes) return v;
  badArgument(fname, what, 'bytes', v);
}

function tupleArg(fname: string, what: string, v: PyValue): PyTuple {
  if (v instanceof PyTuple) return v;
  badArgument(fname, what, 'tuple', v);
}

function strArg(fname: string, what: string, v: PyValue): string {
  if (isStrValue(v)) return strValue(v);
  badArgument(fname, what, 'str', v);
}

/** The names of a code() argument, as exact strs.  CPython: validate_and_copy_tuple */
function nameTuple(t: PyTuple): PyTuple {
  return new PyTuple(
    t.items.map((v) => {
      if (!isStrValue(v)) throw typeError(`name tuples must contain only strings, not '${typeOf(v).tp_name}'`);
      return strValue(v);
    }),
  );
}

// ---- building a code object from its Python-level parts ----

interface CodeParts {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  stacksize: number;
  flags: number;
  code: PyBytes;
  consts: PyTuple;
  names: PyTuple;
  varnames: PyTuple;
  freevars: PyTuple;
  cellvars: PyTuple;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: PyBytes;
  exceptiontable: PyBytes;
}

/** CPython: PyUnstable_Code_NewWithPosOnlyArgs, _PyCode_Validate, intern_strings */
function newCode(p: CodeParts): PyCode {
  // The localsplus layout from the three tuples: a cell that is also a local shares its slot.
  const names: PyValue[] = [];
  const kinds: number[] = [];
  for (const v of p.varnames.items) {
    names.push(v);
    kinds.push(CO_FAST_LOCAL);
  }
  const nvarnames = names.length;
  for (const c of p.cellvars.items) {
    let at = -1;
    for (let j = 0; j < nvarnames; j++) {
      if (typeof c === 'string' && p.varnames.items[j] === c) {
        at = j;
        break;
      }
    }
    if (at >= 0) kinds[at] |= CO_FAST_CELL;
    else {
      names.push(c);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const f of p.freevars.items) {
    names.push(f);
    kinds.push(CO_FAST_FREE);
  }
  const data = p.code.data;
  // gh-110543: the hidden locals of inlined comprehensions, outside functions.
  if (!(p.flags & CO_OPTIMIZED)) {
    let ext = 0;
    for (let i = 0; i + 1 < data.length; ) {
      const op = data[i];
      if (op === Op.EXTENDED_ARG) {
        ext = (ext << 8) | data[i + 1];
      } else {
        if (op === Op.LOAD_FAST_AND_CLEAR) {
          const oparg = (ext << 8) | data[i + 1];
          if (oparg >= names.length) throw valueError(`code: LOAD_FAST_AND_CLEAR oparg ${oparg} out of range`);
          kinds[oparg] |= CO_FAST_HIDDEN;
        }
        ext = 0;
      }
      i += 2 * (1 + INLINE_CACHE_ENTRIES[op]);
    }
  }
  if (p.argcount < p.posonlyargcount || p.posonlyargcount < 0 || p.kwonlyargcount < 0 || p.stacksize < 0 || p.flags < 0) {
    throw systemError('Objects/codeobject.c:465: bad argument to internal function');
  }
  if (data.length % 2 !== 0) throw valueError('code: co_code is malformed');
  let nlocals = 0;
  for (const k of kinds) if (k & CO_FAST_LOCAL) nlocals++;
  const plain = nlocals - p.argcount - p.kwonlyargcount - (p.flags & CO_VARARGS ? 1 : 0) - (p.flags & CO_VARKEYWORDS ? 1 : 0);
  if (plain < 0) throw valueError('code: co_varnames is too small');
  if (p.nlocals !== p.varnames.items.length) throw valueError('code: co_nlocals != len(co_varnames)');
  for (const t of [p.names.items, names]) {
    for (const v of t) if (typeof v !== 'string') throw systemError('non-string found in code slot');
  }
  return new PyCode({
    filename: p.filename,
    name: p.name,
    qualname: p.qualname,
    flags: p.flags,
    code: data,
    firstlineno: p.firstlineno,
    linetable: p.linetable.data,
    consts: p.consts.items,
    names: p.names.items as string[],
    localsplusnames: names as string[],
    localspluskinds: Uint8Array.from(kinds),
    argcount: p.argcount,
    posonlyargcount: p.posonlyargcount,
    kwonlyargcount: p.kwonlyargcount,
    stacksize: p.stacksize,
    exceptiontable: p.exceptiontable.data,
  });
}

// ---- code(...) ----

// CPython: code_new_impl (and its Argument Clinic parser)
function codeNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('code() takes no keyword arguments');
  const n = args.length;
  if (n < 16) throw typeError(`code expected at least 16 arguments, got ${n}`);
  if (n > 18) throw typeError(`code expected at most 18 arguments, got ${n}`);
  const arg = (i: number) => `argument ${i + 1}`;
  const ints = args.slice(0, 6).map(cInt);
  const code = bytesArg('code', arg(6), args[6]);
  const consts = tupleArg('code', arg(7), args[7]);
  const names = tupleArg('code', arg(8), args[8]);
  const varnames = tupleArg('code', arg(9), args[9]);
  const filename = strArg('code', arg(10), args[10]);
  const name = strArg('code', arg(11), args[11]);
  const qualname = strArg('code', arg(12), args[12]);
  const firstlineno = cInt(args[13]);
  const linetable = bytesArg('code', arg(14), args[14]);
  const exceptiontable = bytesArg('code', arg(15), args[15]);
  const freevars = n > 16 ? tupleArg('code', arg(16), args[16]) : EMPTY_TUPLE;
  const cellvars = n > 17 ? tupleArg('code', arg(17), args[17]) : EMPTY_TUPLE;
  const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags] = ints;
  if (argcount < 0) throw valueError('code: argcount must not be negative');
  if (posonlyargcount < 0) throw valueError('code: posonlyargcount must not be negative');
  if (kwonlyargcount < 0) throw valueError('code: kwonlyargcount must not be negative');
  if (nlocals < 0) throw valueError('code: nlocals must not be negative');
  return newCode({
    argcount,
    posonlyargcount,
    kwonlyargcount,
    nlocals,
    stacksize,
    flags,
    code,
    consts,
    names: nameTuple(names),
    varnames: nameTuple(varnames),
    freevars: nameTuple(freevars),
    cellvars: nameTuple(cellvars),
    filename,
    name,
    qualname,
    firstlineno,
    linetable,
    exceptiontable,
  });
}

// ---- replace() ----

const INT_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const REPLACE_FIELDS: readonly string[] = [
  ...INT_FIELDS,
  'co_code',
  'co_consts',
  'co_names',
  'co_varnames',
  'co_freevars',
  'co_cellvars',
  'co_filename',
  'co_name',
  'co_qualname',
  'co_linetable',
  'co_exceptiontable',
];

// CPython: code_replace_impl (and its Argument Clinic parser)
function codeReplaceMethod(self: PyCode, changes: PyDict | null): PyCode {
  const given = new Map<string, PyValue>();
  if (changes !== null) {
    for (let i = changes.next(0); i >= 0; i = changes.next(i + 1)) given.set(changes.keys[i] as string, changes.values[i]);
  }
  for (const k of given.keys()) {
    if (!REPLACE_FIELDS.includes(k)) {
      const s = calculateSuggestion(REPLACE_FIELDS, k);
      throw typeError(`replace() got an unexpected keyword argument '${k}'${s === null ? '' : `. Did you mean '${s}'?`}`);
    }
  }
  const what = (k: string) => `argument '${k}'`;
  const int = (k: (typeof INT_FIELDS)[number]): number => {
    const v = given.get(k);
    return v === undefined ? self[k] : cInt(v);
  };
  const obj = <T>(k: string, conv: (fname: string, what: string, v: PyValue) => T, current: () => T): T => {
    const v = given.get(k);
    return v === undefined ? current() : conv('replace', what(k), v);
  };
  const ints = INT_FIELDS.map(int);
  const code = obj('co_code', bytesArg, () => self.co_code);
  const consts = obj('co_consts', tupleArg, () => self.co_consts);
  const names = obj('co_names', tupleArg, () => self.co_names);
  const varnames = obj('co_varnames', tupleArg, () => self.co_varnames);
  const freevars = obj('co_freevars', tupleArg, () => self.co_freevars);
  const cellvars = obj('co_cellvars', tupleArg, () => self.co_cellvars);
  const filename = obj('co_filename', strArg, () => self.co_filename);
  const name = obj('co_name', strArg, () => self.co_name);
  const qualname = obj('co_qualname', strArg, () => self.co_qualname);
  const linetable = obj('co_linetable', bytesArg, () => self.co_linetable);
  const exceptiontable = obj('co_exceptiontable', bytesArg, () => self.co_exceptiontable);
  INT_FIELDS.forEach((k, i) => {
    if (ints[i] < 0) throw valueError(`${k} must be a positive integer`);
  });
  const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno] = ints;
  return newCode({
    argcount,
    posonlyargcount,
    kwonlyargcount,
    nlocals,
    stacksize,
    flags,
    code,
    consts,
    names,
    varnames,
    freevars,
    cellvars,
    filename,
    name,
    qualname,
    firstlineno,
    linetable,
    exceptiontable,
  });
}

// ---- comparison, hash, repr ----

/** The instructions of two code objects are equal, caches aside (compared after deoptimisation). */
function sameInstructions(a: PyCode, b: PyCode): boolean {
  const x = a.units;
  const y = b.units;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const ua = (x[i] & 0xff00) | DEOPT[baseOpcode(a, i)];
    const ub = (y[i] & 0xff00) | DEOPT[baseOpcode(b, i)];
    if (ua !== ub) return false;
    i += INLINE_CACHE_ENTRIES[ua & 255];
  }
  return true;
}

/**
 * Constants compared as their _PyCode_ConstantKey keys are: 1, 1.0 and True differ, -0.0 and 0.0
 * differ, containers item by item, code objects as code objects.
 */
function sameConst(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (a instanceof PyCode || b instanceof PyCode) return a instanceof PyCode && b instanceof PyCode && codesEqual(a, b);
  if (a instanceof PyTuple || b instanceof PyTuple) {
    return a instanceof PyTuple && b instanceof PyTuple && a.items.length === b.items.length && a.items.every((x, i) => sameConst(x, b.items[i]));
  }
  try {
    return constKey(a) === constKey(b);
  } catch {
    // A replace()d co_consts may hold values that are not constants: those compare by identity.
    return false;
  }
}

function codesEqual(a: PyCode, b: PyCode): boolean {
  return (
    a === b ||
    (a.co_name === b.co_name &&
      a.co_argcount === b.co_argcount &&
      a.co_posonlyargcount === b.co_posonlyargcount &&
      a.co_kwonlyargcount === b.co_kwonlyargcount &&
      a.co_flags === b.co_flags &&
      a.co_firstlineno === b.co_firstlineno &&
      sameInstructions(a, b) &&
      sameConst(a.co_consts, b.co_consts) &&
      PyObject_RichCompareBool(a.co_names, b.co_names, CompareOp.EQ) &&
      PyObject_RichCompareBool(a.co_localsplusnames, b.co_localsplusnames, CompareOp.EQ) &&
      PyObject_RichCompareBool(a.co_linetable, b.co_linetable, CompareOp.EQ) &&
      PyObject_RichCompareBool(a.co_exceptiontable, b.co_exceptiontable, CompareOp.EQ))
  );
}

// CPython: code_richcompare
function codeRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(self instanceof PyCode) || !(other instanceof PyCode)) return NotImplemented;
  const eq = codesEqual(self, other);
  return op === CompareOp.EQ ? eq : !eq;
}

const MASK64 = (1n << 64n) - 1n;

// CPython: code_hash (64-bit unsigned arithmetic)
function codeHash(self: PyValue): PyIntValue {
  const co = self as PyCode;
  let u = 20221211n;
  const mix = (h: number | bigint) => {
    u = ((u ^ (BigInt(h) & MASK64)) * 1000003n) & MASK64;
  };
  mix(PyObject_Hash(co.co_name));
  mix(PyObject_Hash(co.co_consts));
  mix(PyObject_Hash(co.co_names));
  mix(PyObject_Hash(co.co_localsplusnames));
  mix(PyObject_Hash(co.co_linetable));
  mix(PyObject_Hash(co.co_exceptiontable));
  mix(co.co_argcount);
  mix(co.co_posonlyargcount);
  mix(co.co_kwonlyargcount);
  mix(co.co_flags);
  mix(co.co_firstlineno);
  const units = co.units;
  mix(units.length);
  for (let i = 0; i < units.length; i++) {
    const op = DEOPT[baseOpcode(co, i)];
    mix(op);
    mix(units[i] >> 8);
    i += INLINE_CACHE_ENTRIES[op];
  }
  let h = BigInt.asIntN(64, u);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

// CPython: code_repr
function codeRepr(self: PyValue): string {
  const co = self as PyCode;
  const line = co.co_firstlineno !== 0 ? co.co_firstlineno : -1;
  return `<code object ${co.co_name} at ${addressOf(co)}, file "${co.co_filename}", line ${line}>`;
}

// ---- the iterators ----

/** Iterates over rows computed when the iterator is made. */
export class PyLineIterator extends PyObject {
  index = 0;
  constructor(readonly rows: readonly PyValue[]) {
    super();
  }
}

export class PyPositionsIterator extends PyObject {
  index = 0;
  constructor(readonly rows: readonly PyValue[]) {
    super();
  }
}

function rowsNext(self: PyValue): PyValue | undefined {
  const it = self as PyLineIterator;
  return it.index < it.rows.length ? it.rows[it.index++] : undefined;
}

const asTuple = (row: readonly (number | null)[]) => new PyTuple(row.map((x) => (x === null ? None : x)));

export const LineIteratorType = defineBuiltinType({
  name: 'line_iterator',
  instanceClass: PyLineIterator,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: rowsNext },
});

export const PositionsIteratorType = defineBuiltinType({
  name: 'positions_iterator',
  instanceClass: PyPositionsIterator,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: rowsNext },
});

// ---- the type ----

function varnameFromOparg(self: PyCode, oparg: PyValue): PyValue {
  const i = cInt(oparg);
  const items = self.co_localsplusnames.items;
  if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
  return items[i];
}

function lnotab(self: PyCode): PyBytes {
  warnEx(PyExc_DeprecationWarning, 'co_lnotab is deprecated, use co_lines instead.', 1);
  return new PyBytes(codeLnotab(self));
}

/** The attributes CPython declares as read-only members (the others are getters without a setter). */
export const CodeType = defineBuiltinType({
  name: 'code',
  textSignature: '(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n     flags, codestring, constants, names, varnames, filename, name,\n     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n     cellvars=(), /)',
  doc: 'Create a code object.  Not for the faint of heart.',
  instanceClass: PyCode,
  weakrefable: true,
  slots: { tp_repr: codeRepr, tp_hash: codeHash, tp_richcompare: codeRichcompare, tp_new: codeNew },
  methods: {
    co_lines: {
      sig: '($self, /)',
      impl: (co: PyCode) => new PyLineIterator(codeLines(co).map(asTuple)),
    },
    co_positions: {
      sig: '($self, /)',
      impl: (co: PyCode) => new PyPositionsIterator(codePositions(co).map(asTuple)),
    },
    co_branches: {
      sig: '($self, /)',
      impl: (co: PyCode) => new PyLineIterator(codeBranches(co).map(asTuple)),
    },
    replace: {
      sig: '($self, /, **changes)',
      impl: codeReplaceMethod,
      doc: 'Return a copy of the code object with new values for the specified fields.',
    },
    __replace__: { sig: '($self, /, **changes)', impl: codeReplaceMethod, doc: 'The same as replace().' },
    __sizeof__: { sig: '($self, /)', impl: (co: PyCode) => 208 + co.co_code.data.length },
    _varname_from_oparg: {
      sig: '($self, /, oparg)',
      impl: varnameFromOparg,
      doc: '(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away.',
    },
  },
  members: {
    co_argcount: { get: (co: PyCode) => co.co_argcount },
    co_posonlyargcount: { get: (co: PyCode) => co.co_posonlyargcount },
    co_kwonlyargcount: { get: (co: PyCode) => co.co_kwonlyargcount },
    co_stacksize: { get: (co: PyCode) => co.co_stacksize },
    co_flags: { get: (co: PyCode) => co.co_flags },
    co_nlocals: { get: (co: PyCode) => co.co_nlocals },
    co_consts: { get: (co: PyCode) => co.co_consts },
    co_names: { get: (co: PyCode) => co.co_names },
    co_filename: { get: (co: PyCode) => co.co_filename },
    co_name: { get: (co: PyCode) => co.co_name },
    co_qualname: { get: (co: PyCode) => co.co_qualname },
    co_firstlineno: { get: (co: PyCode) => co.co_firstlineno },
    co_linetable: { get: (co: PyCode) => co.co_linetable },
    co_exceptiontable: { get: (co: PyCode) => co.co_exceptiontable },
  },
  getset: {
    co_lnotab: { get: lnotab },
    _co_code_adaptive: { get: (co: PyCode) => new PyBytes(codeAdaptive(co)) },
    co_varnames: { get: (co: PyCode) => co.co_varnames },
    co_cellvars: { get: (co: PyCode) => co.co_cellvars },
    co_freevars: { get: (co: PyCode) => co.co_freevars },
    co_code: { get: (co: PyCode) => co.co_code },
  },
});
