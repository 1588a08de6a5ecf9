// Constants as the compiler sees them: identity keys for merging, truth values, type names and
// reprs of the values that can appear in co_consts.  CPython: Objects/codeobject.c _PyCode_ConstantKey,
// Python/compile.c const_cache_insert.
//
// TODO(#4): use the object model's repr and truth values once they serve without an interpreter;
// these are the smallest local versions the compiler and dis need.
import { PyObject, None, Ellipsis, type PyValue } from '../objects/object.ts';
import { PyFloat, floatRepr } from '../objects/float.ts';
import { PyComplex, complexRepr } from '../objects/complex.ts';
import { PyBytes, bytesRepr } from '../objects/bytes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { EMPTY_TUPLE } from '../objects/tuple-object.ts';
import { PySlice } from '../objects/slice.ts';
import { PyCode } from '../objects/code.ts';
import { unicodeRepr } from '../objects/str/repr.ts';
import { PySetObject, setAdd, setItems } from '../objects/set.ts';
import { newFrozenSet } from '../objects/set-type.ts';
import { typeOf } from '../objects/type.ts';
import { initObjects } from '../objects/index.ts';

/**
 * A frozenset constant (from `x in {1, 2}` or `for x in {1, 2}`): items added in order, as
 * PyFrozenSet_New does, so duplicates keep their first occurrence and iteration follows hashes.
 */
export function makeFrozenSet(items: readonly PyValue[]): PySetObject {
  initObjects(); // hashing needs every constant's type (None, Ellipsis...), readied
  const s = newFrozenSet();
  for (const v of items) setAdd(s, v);
  return s;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatBits(x: number): string {
  f64[0] = x;
  return u32[1].toString(16) + ':' + u32[0].toString(16);
}

const codeKeys = new WeakMap<PyCode, string>();
let nextCodeKey = 0;

/**
 * A string that is equal for two constants exactly when CPython's _PyCode_ConstantKey gives equal
 * keys: values of different types never merge (1, 1.0, True), 0.0 and -0.0 differ, containers
 * compare item by item, code objects by content.
 */
export function constKey(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
    case 'bigint':
      return 'i' + v.toString();
    case 'boolean':
      return v ? 'T' : 'F';
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return 'f' + floatBits(v.value);
  if (v instanceof PyComplex) return 'c' + floatBits(v.real) + ',' + floatBits(v.imag);
  if (v instanceof PyBytes) return 'y' + latin1(v.data);
  if (v instanceof PyTuple) return seqKey('t', v.items);
  if (v instanceof PySetObject) return (typeOf(v).tp_name === 'set' ? 'Z' : 'z') + setItems(v).map(constKey).sort().map(lenPrefixed).join('');
  if (v instanceof PySlice) return seqKey('S', [v.start, v.stop, v.step]);
  if (v instanceof PyCode) {
    // By identity: ConstCache merges code objects with equal contents first (see mergeCode).
    let k = codeKeys.get(v);
    if (k === undefined) codeKeys.set(v, (k = 'C' + nextCodeKey++));
    return k;
  }
  throw new Error(`not a constant: ${String(v)}`);
}

function lenPrefixed(s: string): string {
  return s.length + ':' + s;
}

function seqKey(tag: string, items: readonly PyValue[]): string {
  let s = tag + items.length;
  for (const it of items) s += '|' + lenPrefixed(constKey(it));
  return s;
}

/** One character per byte (windows-1252 decoding is one-to-one on bytes): a key, not text. */
const byteDecoder = new TextDecoder('latin1');
function latin1(b: Uint8Array): string {
  return byteDecoder.decode(b);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Code objects are equal when everything but the stack size and file match.  CPython: code_richcompare */
function codeEquals(a: PyCode, b: PyCode): boolean {
  return (
    a.co_name === b.co_name &&
    a.co_argcount === b.co_argcount &&
    a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount &&
    a.co_flags === b.co_flags &&
    a.co_firstlineno === b.co_firstlineno &&
    bytesEqual(a.co_code.data, b.co_code.data) &&
    constKey(a.co_consts) === constKey(b.co_consts) &&
    constKey(a.co_names) === constKey(b.co_names) &&
    constKey(a.co_localsplusnames) === constKey(b.co_localsplusnames) &&
    bytesEqual(a.co_linetable.data, b.co_linetable.data) &&
    bytesEqual(a.co_exceptiontable.data, b.co_exceptiontable.data)
  );
}

/**
 * The compilation-wide constant cache: equal constants (by key) become one object, so that every
 * code object shares them.  CPython: compile.c c_const_cache, const_cache_insert
 */
export class ConstCache {
  // The empty tuple is one object everywhere (as CPython's is): `x is ()` holds for any empty tuple.
  private readonly map = new Map<string, PyValue>([[constKey(EMPTY_TUPLE), EMPTY_TUPLE]]);
  /** Code objects by name and first line, for content comparison. */
  private readonly codes = new Map<string, PyCode[]>();

  /** An equal code object already seen, or this one.  (Equal code objects are one constant.) */
  private mergeCode(v: PyCode): PyCode {
    const bucket = v.co_name + '\0' + v.co_firstlineno + '\0' + v.co_code.data.length;
    const list = this.codes.get(bucket);
    if (list === undefined) {
      this.codes.set(bucket, [v]);
      return v;
    }
    for (const other of list) if (other === v || codeEquals(v, other)) return other;
    list.push(v);
    return v;
  }

  /** The canonical object equal to `v`, without canonicalising its items.  CPython: _PyCompile_ConstCacheMergeOne */
  mergeOne(v: PyValue): PyValue {
    if (typeof v !== 'object' || v === None || v === Ellipsis) return v;
    if (v instanceof PyCode) return this.mergeCode(v);
    const key = constKey(v);
    const found = this.map.get(key);
    if (found !== undefined) return found;
    this.map.set(key, v);
    return v;
  }

  /** The canonical object equal to `v`; tuples and frozensets get canonical items too. */
  merge(v: PyValue): PyValue {
    if (typeof v !== 'object' || v === None || v === Ellipsis) return v;
    if (v instanceof PyCode) return this.mergeCode(v);
    const key = constKey(v);
    const found = this.map.get(key);
    if (found !== undefined) return found;
    let canon: PyValue = v;
    if (v instanceof PyTuple && v.items.length) {
      const items = v.items.map((x) => this.merge(x));
      if (items.some((x, i) => x !== v.items[i])) canon = new PyTuple(items);
    } else if (v instanceof PySetObject && v.size) {
      // A new frozenset of the canonical items, added in the old one's order.
      canon = makeFrozenSet(setItems(v).map((x) => this.merge(x)));
    }
    this.map.set(key, canon);
    return canon;
  }
}

/** Truth value of a constant.  CPython: PyObject_IsTrue */
export function constIsTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySetObject) return v.size > 0;
  return true;
}

/** `type(v).__name__` of a constant, for compiler warnings and errors. */
export function constTypeName(v: PyValue): string {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (v === None) return 'NoneType';
  if (v === Ellipsis) return 'ellipsis';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PySetObject) return typeOf(v).tp_name;
  if (v instanceof PySlice) return 'slice';
  if (v instanceof PyCode) return 'code';
  return 'object';
}

/** Placeholder address shown in reprs of code objects (dis output is compared with addresses normalised). */
export const CODE_ADDRESS = '0x0000';

/** repr() of a constant.  TODO(#4): use the object model's repr. */
export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return v.toString();
    case 'string':
      return unicodeRepr(v);
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
    return '(' + v.items.map(constRepr).join(', ') + ')';
  }
  if (v instanceof PySetObject) {
    const name = typeOf(v).tp_name;
    if (!v.size) return name + '()';
    const body = '{' + setItems(v).map(constRepr).join(', ') + '}';
    return name === 'set' ? body : name + '(' + body + ')';
  }
  if (v instanceof PySlice) return `slice(${constRepr(v.start)}, ${constRepr(v.stop)}, ${constRepr(v.step)})`;
  if (v instanceof PyCode) return `<code object ${v.co_name} at ${CODE_ADDRESS}, file "${v.co_filename}", line ${v.co_firstlineno}>`;
  return '<object>';
}
