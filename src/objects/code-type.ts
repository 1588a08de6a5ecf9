// The `code` type: the Python view of code objects (co_* attributes, replace(), co_lines(),
// co_positions(), equality and hashing).  CPython: Objects/codeobject.c
// The code object itself and the logic behind these methods are in code.ts.
import { None, NotImplemented, type PyValue, type PyIntValue } from './object.ts';
import { CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple } from './tuple.ts';
import { PyBytes } from './bytes.ts';
import { PyDict } from './dict.ts';
import { PyObject_RichCompareBool, PyObject_Hash, PyObject_GetIter, PyNumber_Index } from './abstract.ts';
import { typeError, valueError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { addressOf } from './id.ts';
import { PyList } from './list.ts';
import { PyCode, codeReplace, codeLines, codePositions, codeBranches, codeLnotab, type CodeReplace } from './code.ts';

type V = PyValue;

function codeRepr(self: V): string {
  const co = self as PyCode;
  const lineno = co.co_firstlineno !== 0 ? co.co_firstlineno : -1;
  return `<code object ${co.co_name} at ${addressOf(co)}, file "${co.co_filename}", line ${lineno}>`;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** CPython: code_richcompare */
function codeRichcompare(a: V, b: V, op: CompareOp): V {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(a instanceof PyCode) || !(b instanceof PyCode)) return NotImplemented;
  const eq =
    a.co_name === b.co_name &&
    a.co_argcount === b.co_argcount &&
    a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount &&
    a.co_flags === b.co_flags &&
    a.co_firstlineno === b.co_firstlineno &&
    bytesEqual(a.co_code.data, b.co_code.data) &&
    PyObject_RichCompareBool(a.co_consts, b.co_consts, CompareOp.EQ) &&
    PyObject_RichCompareBool(a.co_names, b.co_names, CompareOp.EQ) &&
    PyObject_RichCompareBool(a.co_localsplusnames, b.co_localsplusnames, CompareOp.EQ) &&
    bytesEqual(a.co_linetable.data, b.co_linetable.data) &&
    bytesEqual(a.co_exceptiontable.data, b.co_exceptiontable.data);
  return op === CompareOp.EQ ? eq : !eq;
}

/** Differs from CPython: the same fields are hashed, mixed differently (code hashes are not stable across builds anyway). */
function codeHash(self: V): PyIntValue {
  const co = self as PyCode;
  return PyObject_Hash(
    new PyTuple([co.co_name, co.co_consts, co.co_names, co.co_localsplusnames, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags, co.co_firstlineno, co.co_code]),
  );
}

// ---- replace() ----

const INT_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const STR_FIELDS = ['co_filename', 'co_name', 'co_qualname'] as const;
const BYTES_FIELDS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const;
const NAME_TUPLES = ['co_names', 'co_varnames', 'co_freevars', 'co_cellvars'] as const;

function strTuple(v: V, field: string): string[] {
  if (!(v instanceof PyTuple)) throw typeError(`replace() argument '${field}' must be tuple, not ${typeOf(v).tp_name}`);
  return v.items.map((x) => {
    if (!isStrValue(x)) throw typeError(`name tuples must contain only strings, not '${typeOf(x).tp_name}'`);
    return strValue(x);
  });
}

/** code.replace(**changes).  CPython: code_replace_impl */
function replace(self: PyCode, kwargs: PyDict | null): V {
  const r: Record<string, unknown> = {};
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = strValue(kwargs.keys[i]);
      const v = kwargs.values[i];
      if ((INT_FIELDS as readonly string[]).includes(k)) {
        const n = Number(PyNumber_Index(v));
        if (k !== 'co_nlocals') r[k] = n;
      } else if ((STR_FIELDS as readonly string[]).includes(k)) {
        if (!isStrValue(v)) throw typeError(`replace() argument '${k}' must be str, not ${typeOf(v).tp_name}`);
        r[k] = strValue(v);
      } else if ((BYTES_FIELDS as readonly string[]).includes(k)) {
        if (!(v instanceof PyBytes)) throw typeError(`replace() argument '${k}' must be bytes, not ${typeOf(v).tp_name}`);
        r[k] = v.data;
      } else if (k === 'co_consts') {
        if (!(v instanceof PyTuple)) throw typeError(`replace() argument 'co_consts' must be tuple, not ${typeOf(v).tp_name}`);
        r[k] = v.items;
      } else if ((NAME_TUPLES as readonly string[]).includes(k)) r[k] = strTuple(v, k);
      else throw typeError(`replace() got an unexpected keyword argument '${k}'`);
    }
  }
  if (r.co_code !== undefined && (r.co_code as Uint8Array).length % 2 !== 0) throw valueError('code: co_code is malformed');
  return codeReplace(self, r as CodeReplace);
}

function tupleIter(rows: readonly (readonly (number | null)[])[]): V {
  return PyObject_GetIter(new PyList(rows.map((r) => new PyTuple(r.map((x) => (x === null ? None : x))))));
}

function codeGetset(name: string, get: (co: PyCode) => V): { get: (co: PyCode) => V } {
  void name;
  return { get };
}

export const CodeType = defineBuiltinType({
  name: 'code',
  doc: 'A code object: compiled bytecode with the names, constants and locations it uses.',
  instanceClass: PyCode,
  weakrefable: true,
  slots: { tp_repr: codeRepr, tp_richcompare: codeRichcompare, tp_hash: codeHash },
  methods: {
    replace: { sig: '($self, /, **changes)', impl: replace, doc: 'A copy of the code object with some fields replaced.' },
    __replace__: { sig: '($self, /, **changes)', impl: replace },
    co_lines: { sig: '($self, /)', impl: (co: PyCode) => tupleIter(codeLines(co)), doc: 'An iterator of (start, end, line) over the bytecode.' },
    co_positions: { sig: '($self, /)', impl: (co: PyCode) => tupleIter(codePositions(co)), doc: 'An iterator of the source positions of each instruction.' },
    co_branches: { sig: '($self, /)', impl: (co: PyCode) => tupleIter(codeBranches(co)) },
    _varname_from_oparg: { sig: '($self, /, oparg)', impl: (co: PyCode, i: V) => co.varnameFromOparg(Number(PyNumber_Index(i))) },
    __sizeof__: { sig: '($self, /)', impl: (co: PyCode) => 208 + co.co_code.data.length },
  },
  getset: {
    co_argcount: codeGetset('co_argcount', (co) => co.co_argcount),
    co_posonlyargcount: codeGetset('co_posonlyargcount', (co) => co.co_posonlyargcount),
    co_kwonlyargcount: codeGetset('co_kwonlyargcount', (co) => co.co_kwonlyargcount),
    co_stacksize: codeGetset('co_stacksize', (co) => co.co_stacksize),
    co_flags: codeGetset('co_flags', (co) => co.co_flags),
    co_nlocals: codeGetset('co_nlocals', (co) => co.co_nlocals),
    co_consts: codeGetset('co_consts', (co) => co.co_consts),
    co_names: codeGetset('co_names', (co) => co.co_names),
    co_filename: codeGetset('co_filename', (co) => co.co_filename),
    co_name: codeGetset('co_name', (co) => co.co_name),
    co_qualname: codeGetset('co_qualname', (co) => co.co_qualname),
    co_firstlineno: codeGetset('co_firstlineno', (co) => co.co_firstlineno),
    co_linetable: codeGetset('co_linetable', (co) => co.co_linetable),
    co_exceptiontable: codeGetset('co_exceptiontable', (co) => co.co_exceptiontable),
    co_lnotab: codeGetset('co_lnotab', (co) => new PyBytes(codeLnotab(co))),
    co_varnames: codeGetset('co_varnames', (co) => co.co_varnames),
    co_cellvars: codeGetset('co_cellvars', (co) => co.co_cellvars),
    co_freevars: codeGetset('co_freevars', (co) => co.co_freevars),
    co_code: codeGetset('co_code', (co) => co.co_code),
  },
});
