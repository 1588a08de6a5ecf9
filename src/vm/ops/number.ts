// Operators: BINARY_OP (including subscripting), COMPARE_OP, CONTAINS_OP, TO_BOOL, unary operators
// and slices.  CPython: Python/bytecodes.c, Python/ceval.c (binary_ops table), Objects/abstract.c
import type { PyValue } from '../../objects/object.ts';
import { None } from '../../objects/object.ts';
import * as A from '../../objects/abstract.ts';
import { CompareOp } from '../../objects/type.ts';
import { PySlice } from '../../objects/slice.ts';

type Binary = (a: PyValue, b: PyValue) => PyValue;

/**
 * BINARY_OP's oparg indexes this table: CPython's NB_* order (NB_ADD = 0 ... NB_SUBSCR = 26).
 * Built on first use: abstract.ts's operators are constants that may not be initialised yet when
 * this module is evaluated (import cycles).
 */
let BINARY_OPS: readonly Binary[] | null = null;

function binaryOps(): readonly Binary[] {
  return (BINARY_OPS ??= [
  A.PyNumber_Add, // NB_ADD
  A.PyNumber_And, // NB_AND
  A.PyNumber_FloorDivide, // NB_FLOOR_DIVIDE
  A.PyNumber_Lshift, // NB_LSHIFT
  A.PyNumber_MatrixMultiply, // NB_MATRIX_MULTIPLY
  A.PyNumber_Multiply, // NB_MULTIPLY
  A.PyNumber_Remainder, // NB_REMAINDER
  A.PyNumber_Or, // NB_OR
  (a, b) => A.PyNumber_Power(a, b, None), // NB_POWER
  A.PyNumber_Rshift, // NB_RSHIFT
  A.PyNumber_Subtract, // NB_SUBTRACT
  A.PyNumber_TrueDivide, // NB_TRUE_DIVIDE
  A.PyNumber_Xor, // NB_XOR
  A.PyNumber_InPlaceAdd, // NB_INPLACE_ADD
  A.PyNumber_InPlaceAnd,
  A.PyNumber_InPlaceFloorDivide,
  A.PyNumber_InPlaceLshift,
  A.PyNumber_InPlaceMatrixMultiply,
  A.PyNumber_InPlaceMultiply,
  A.PyNumber_InPlaceRemainder,
  A.PyNumber_InPlaceOr,
  A.PyNumber_InPlacePower,
  A.PyNumber_InPlaceRshift,
  A.PyNumber_InPlaceSubtract,
  A.PyNumber_InPlaceTrueDivide,
  A.PyNumber_InPlaceXor,
  A.PyObject_GetItem, // NB_SUBSCR
  ]);
}

export function binaryOp(oparg: number, a: PyValue, b: PyValue): PyValue {
  return (BINARY_OPS ?? binaryOps())[oparg](a, b);
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
