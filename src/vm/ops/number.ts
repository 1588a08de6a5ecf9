// Operators: BINARY_OP (including subscripting), COMPARE_OP, CONTAINS_OP, TO_BOOL, unary operators
// and slices.  CPython: Python/bytecodes.c, Python/ceval.c (binary_ops table), Objects/abstract.c
import type { PyValue } from '../../objects/object.ts';
import { None } from '../../objects/object.ts';
import * as A from '../../objects/abstract.ts';
import { CompareOp } from '../../objects/type.ts';
import { PySlice } from '../../objects/slice.ts';
import { PyList, ListType } from '../../objects/list.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple-object.ts';
import { TupleType } from '../../objects/tuple.ts';

/**
 * BINARY_OP: oparg is CPython's NB_* number (NB_ADD = 0 ... NB_SUBSCR = 26). A switch of direct
 * calls (each call site knows its callee, which V8 can inline), not a table of functions.
 */
export function binaryOp(oparg: number, a: PyValue, b: PyValue): PyValue {
  switch (oparg) {
    case 0: return A.PyNumber_Add(a, b);
    case 1: return A.PyNumber_And(a, b);
    case 2: return A.PyNumber_FloorDivide(a, b);
    case 3: return A.PyNumber_Lshift(a, b);
    case 4: return A.PyNumber_MatrixMultiply(a, b);
    case 5: return A.PyNumber_Multiply(a, b);
    case 6: return A.PyNumber_Remainder(a, b);
    case 7: return A.PyNumber_Or(a, b);
    case 8: return A.PyNumber_Power(a, b, None);
    case 9: return A.PyNumber_Rshift(a, b);
    case 10: return A.PyNumber_Subtract(a, b);
    case 11: return A.PyNumber_TrueDivide(a, b);
    case 12: return A.PyNumber_Xor(a, b);
    case 13: return A.PyNumber_InPlaceAdd(a, b);
    case 14: return A.PyNumber_InPlaceAnd(a, b);
    case 15: return A.PyNumber_InPlaceFloorDivide(a, b);
    case 16: return A.PyNumber_InPlaceLshift(a, b);
    case 17: return A.PyNumber_InPlaceMatrixMultiply(a, b);
    case 18: return A.PyNumber_InPlaceMultiply(a, b);
    case 19: return A.PyNumber_InPlaceRemainder(a, b);
    case 20: return A.PyNumber_InPlaceOr(a, b);
    case 21: return A.PyNumber_InPlacePower(a, b);
    case 22: return A.PyNumber_InPlaceRshift(a, b);
    case 23: return A.PyNumber_InPlaceSubtract(a, b);
    case 24: return A.PyNumber_InPlaceTrueDivide(a, b);
    case 25: return A.PyNumber_InPlaceXor(a, b);
    default: return A.PyObject_GetItem(a, b);
  }
}

/** COMPARE_OP: the operator is oparg >> 5; bit 4 asks for a bool result.  CPython: _COMPARE_OP */
export function compareOp(oparg: number, a: PyValue, b: PyValue): PyValue {
  const r = A.PyObject_RichCompare(a, b, (oparg >>> 5) as CompareOp);
  if (oparg & 16 && typeof r !== 'boolean') return A.PyObject_IsTrue(r);
  return r;
}

export function toBool(v: PyValue): boolean {
  return A.PyObject_IsTrue(v);
}

export function unaryNegative(v: PyValue): PyValue {
  if (typeof v === 'number' && v !== 0) return -v;
  return A.PyNumber_Negative(v);
}

export function unaryInvert(v: PyValue): PyValue {
  return A.PyNumber_Invert(v);
}

/** `a in b`. */
export function containsOp(a: PyValue, b: PyValue): boolean {
  return A.PySequence_Contains(b, a);
}

export function binarySlice(container: PyValue, start: PyValue, stop: PyValue): PyValue {
  // An exact list's or tuple's [a:b] with small-int or None bounds: Array.prototype.slice clamps them
  // as PySlice_AdjustIndices does for a step of 1 (a negative bound counts from the end), no slice made.
  if ((typeof start === 'number' || start === None) && (typeof stop === 'number' || stop === None)) {
    const lo = typeof start === 'number' ? start : 0;
    const hi = typeof stop === 'number' ? stop : undefined;
    if (container instanceof PyList && container.ob_type === ListType) return new PyList(container.items.slice(lo, hi));
    if (container instanceof PyTuple && container.ob_type === TupleType) {
      const items = container.items;
      const out = items.slice(lo, hi);
      // As tuple slicing does: the empty tuple, or the tuple itself when the slice is all of it.
      return out.length === 0 ? EMPTY_TUPLE : out.length === items.length ? container : new PyTuple(out);
    }
  }
  return A.PyObject_GetItem(container, new PySlice(start, stop, None));
}

export function storeSlice(container: PyValue, start: PyValue, stop: PyValue, v: PyValue): void {
  A.PyObject_SetItem(container, new PySlice(start, stop, None), v);
}

export function storeSubscr(container: PyValue, sub: PyValue, v: PyValue): void {
  A.PyObject_SetItem(container, sub, v);
}

export function deleteSubscr(container: PyValue, sub: PyValue): void {
  A.PyObject_SetItem(container, sub, null);
}
