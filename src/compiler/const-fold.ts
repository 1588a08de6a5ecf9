// Evaluating operators on constants at compile time, with Python's semantics, for the flow graph's
// constant folding. Any error (ZeroDivisionError, TypeError, OverflowError...) means "do not fold":
// these functions return null.  CPython: Python/flowgraph.c eval_const_binop / eval_const_unaryop
// and the size guards const_folding_safe_*.
//
// Complex arithmetic is the runtime's (vm/ops/number.ts); ints, floats, str, bytes and tuples are
// computed here, covering the constant types the compiler can see.
import type { PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PySlice } from '../objects/slice.ts';
import { None } from '../objects/object.ts';
import {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT,
  NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB_SUBSCR,
} from '../bytecode/opcodes.generated.ts';
import { constIsTrue } from './consts.ts';
import { binaryOp } from '../vm/ops/number.ts';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

type Int = number | bigint;

function isInt(v: PyValue): v is Int | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function toBig(v: Int | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

/** An int result in our representation: a number when it is a safe integer. */
function normInt(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function numBits(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

/** int -> float, correctly rounded; null on overflow (OverflowError).  CPython: PyLong_AsDouble */
function intToFloat(v: Int | boolean): number | null {
  if (typeof v !== 'bigint') return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  const x = Number(v); // BigInt -> Number rounds to nearest, ties to even
  return Number.isFinite(x) ? x : null;
}

function asFloat(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (isInt(v)) return intToFloat(v);
  return null;
}

/** Correctly rounded a / b for ints.  CPython: long_true_divide */
function intTrueDivide(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const fa = Number(a);
  const fb = Number(b);
  if (Math.abs(fa) <= 2 ** 53 && Math.abs(fb) <= 2 ** 53) return fa / fb;
  // Scale so that the quotient has 64+ significant bits, then let BigInt -> Number round once.
  const neg = a < 0n !== b < 0n;
  let x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const shift = Math.max(0, 66 - (numBits(x) - numBits(y)));
  x <<= BigInt(shift);
  let q = x / y;
  if (x % y !== 0n) q |= 1n; // sticky bit: breaks ties correctly
  const r = Number(q) / 2 ** shift;
  if (!Number.isFinite(r)) return null;
  return neg ? -r : r;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** float divmod.  CPython: Objects/floatobject.c _float_div_mod */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0; // copysign(0.0, wx)
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0; // copysign(0.0, vx / wx)
  }
  return [floordiv, mod];
}

/** float ** float.  CPython: float_pow (the cases a constant can reach). */
function floatPow(iv: number, iw: number): PyValue | null {
  if (iw === 0) return new PyFloat(1.0);
  if (iv !== iv) return new PyFloat(iw === 0 ? 1.0 : iv);
  if (iw !== iw) return new PyFloat(iv === 1.0 ? 1.0 : iw);
  if (iv === 0) {
    if (iw < 0) return null; // ZeroDivisionError
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    return new PyFloat(oddInt ? iv : 0.0);
  }
  if (iv < 0 && !Number.isInteger(iw) && Number.isFinite(iw)) return null; // a complex result: not folded here
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r) && Number.isFinite(iv) && Number.isFinite(iw)) return null; // OverflowError
  return new PyFloat(r);
}

// ----- complex ----------------------------------------------------------------------------------

/** Whether a constant can take part in complex arithmetic (int, float or complex). */
function isComplexOperand(v: PyValue): boolean {
  return v instanceof PyComplex || asFloat(v) !== null;
}

// ----- sequences --------------------------------------------------------------------------------

function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Whether a nested tuple has more than `limit` items in total.  CPython: const_folding_check_complexity */
function checkComplexity(obj: PyValue, limit: number): number {
  if (obj instanceof PyTuple) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) {
      limit = checkComplexity(obj.items[i], limit);
      if (limit < 0) return limit;
    }
  }
  return limit;
}

function repeat(seq: PyValue, n: Int | boolean): PyValue | null {
  const count = Number(toBig(n) < 0n ? 0n : toBig(n));
  if (typeof seq === 'string') return seq.repeat(count);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.data.length * count);
    for (let i = 0; i < count; i++) out.set(seq.data, i * seq.data.length);
    return new PyBytes(out);
  }
  if (seq instanceof PyTuple) {
    const items: PyValue[] = [];
    for (let i = 0; i < count; i++) items.push(...seq.items);
    return new PyTuple(items);
  }
  return null;
}

/** v * w with the size guards.  CPython: const_folding_safe_multiply */
function safeMultiply(v: PyValue, w: PyValue): PyValue | null {
  if (isInt(v) && isInt(w)) {
    const a = toBig(v);
    const b = toBig(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return null;
    return normInt(a * b);
  }
  if (isInt(v) && w instanceof PyTuple) {
    const size = w.items.length;
    if (size) {
      const n = Number(toBig(v));
      if (n < 0 || n > MAX_COLLECTION_SIZE / size) return null;
      if (n && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) return null;
    }
    return repeat(w, v);
  }
  if (isInt(v) && (typeof w === 'string' || w instanceof PyBytes)) {
    const size = typeof w === 'string' ? codePoints(w).length : w.data.length;
    if (size) {
      const n = Number(toBig(v));
      if (n < 0 || n > MAX_STR_SIZE / size) return null;
    }
    return repeat(w, v);
  }
  if (isInt(w) && (v instanceof PyTuple || typeof v === 'string' || v instanceof PyBytes)) return safeMultiply(w, v);
  return arith(v, NB_MULTIPLY, w);
}

function index(seqLen: number, i: Int | boolean): number | null {
  let k = Number(toBig(i));
  if (k < 0) k += seqLen;
  return k < 0 || k >= seqLen ? null : k;
}

/** slice.indices(len).  CPython: PySlice_Unpack + PySlice_AdjustIndices */
function sliceIndices(s: PySlice, len: number): [number, number, number] | null {
  const get = (v: PyValue): number | null | undefined => (v === None ? undefined : isInt(v) ? Number(toBig(v)) : null);
  const step = get(s.step);
  if (step === null || step === 0) return null;
  const st = step ?? 1;
  const adjust = (v: number | null | undefined, dflt: number): number | null => {
    if (v === null) return null;
    if (v === undefined) return dflt;
    if (v < 0) {
      v += len;
      if (v < 0) v = st < 0 ? -1 : 0;
    } else if (v >= len) {
      v = st < 0 ? len - 1 : len;
    }
    return v;
  };
  const start = adjust(get(s.start), st < 0 ? len - 1 : 0);
  const stop = adjust(get(s.stop), st < 0 ? -1 : len);
  if (start === null || stop === null) return null;
  return [start, stop, st];
}

function sliceItems<T>(items: T[], s: PySlice): T[] | null {
  const idx = sliceIndices(s, items.length);
  if (!idx) return null;
  const [start, stop, step] = idx;
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]);
  else for (let i = start; i > stop; i += step) out.push(items[i]);
  return out;
}

/** container[key].  CPython: PyObject_GetItem on str, bytes and tuple constants */
function subscript(v: PyValue, w: PyValue): PyValue | null {
  if (typeof v === 'string') {
    const cps = codePoints(v);
    if (isInt(w)) {
      const k = index(cps.length, w);
      return k === null ? null : cps[k];
    }
    if (w instanceof PySlice) return sliceItems(cps, w)?.join('') ?? null;
    return null;
  }
  if (v instanceof PyBytes) {
    const items = Array.from(v.data);
    if (isInt(w)) {
      const k = index(items.length, w);
      return k === null ? null : items[k];
    }
    if (w instanceof PySlice) {
      const r = sliceItems(items, w);
      return r ? new PyBytes(Uint8Array.from(r)) : null;
    }
    return null;
  }
  if (v instanceof PyTuple) {
    if (isInt(w)) {
      const k = index(v.items.length, w);
      return k === null ? null : v.items[k];
    }
    if (w instanceof PySlice) {
      const r = sliceItems(v.items as PyValue[], w);
      return r ? new PyTuple(r) : null;
    }
  }
  return null;
}

// ----- numbers ----------------------------------------------------------------------------------

/** Arithmetic on int, float and complex constants (and + for sequences). */
function arith(v: PyValue, op: number, w: PyValue): PyValue | null {
  if (isInt(v) && isInt(w)) return intBinop(v, op, w);
  if (v instanceof PyComplex || w instanceof PyComplex) {
    // The runtime's complex arithmetic (with 3.14's real-complex mixed rules); an error: not folded.
    if (!isComplexOperand(v) || !isComplexOperand(w)) return null;
    try {
      return binaryOp(op, v, w);
    } catch {
      return null;
    }
  }
  const a = asFloat(v);
  const b = asFloat(w);
  if (a === null || b === null) return null;
  switch (op) {
    case NB_ADD: return new PyFloat(a + b);
    case NB_SUBTRACT: return new PyFloat(a - b);
    case NB_MULTIPLY: return new PyFloat(a * b);
    case NB_TRUE_DIVIDE: return b === 0 ? null : new PyFloat(a / b);
    case NB_FLOOR_DIVIDE: return b === 0 ? null : new PyFloat(floatDivMod(a, b)[0]);
    case NB_REMAINDER: return b === 0 ? null : new PyFloat(floatDivMod(a, b)[1]);
    case NB_POWER: return floatPow(a, b);
  }
  return null;
}

function intBinop(v: Int | boolean, op: number, w: Int | boolean): PyValue | null {
  // bool op bool stays bool for &, | and ^.
  if (typeof v === 'boolean' && typeof w === 'boolean') {
    if (op === NB_AND) return v && w;
    if (op === NB_OR) return v || w;
    if (op === NB_XOR) return v !== w;
  }
  const a = toBig(v);
  const b = toBig(w);
  switch (op) {
    case NB_ADD: return normInt(a + b);
    case NB_SUBTRACT: return normInt(a - b);
    case NB_TRUE_DIVIDE: {
      const r = intTrueDivide(a, b);
      return r === null ? null : new PyFloat(r);
    }
    case NB_FLOOR_DIVIDE: return b === 0n ? null : normInt(floorDivBig(a, b));
    case NB_REMAINDER: return b === 0n ? null : normInt(a - b * floorDivBig(a, b));
    case NB_POWER: {
      // CPython: const_folding_safe_power
      if (b < 0n) {
        if (a === 0n) return null;
        const fa = intToFloat(a);
        const fb = intToFloat(b);
        return fa === null || fb === null ? null : floatPow(fa, fb);
      }
      if (a !== 0n && b > 0n && numBits(a) > MAX_INT_SIZE / Number(b)) return null;
      return normInt(a ** b);
    }
    case NB_LSHIFT: {
      if (b < 0n) return null; // ValueError: negative shift count
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b))) return null;
      return normInt(a << b);
    }
    case NB_RSHIFT: return b < 0n ? null : normInt(a >> b);
    case NB_OR: return normInt(a | b);
    case NB_XOR: return normInt(a ^ b);
    case NB_AND: return normInt(a & b);
  }
  return null;
}

/** Sequence concatenation; undefined when the operands are not two sequences of one kind. */
function concat(v: PyValue, w: PyValue): PyValue | undefined {
  if (typeof v === 'string' && typeof w === 'string') return v + w;
  if (v instanceof PyBytes && w instanceof PyBytes) {
    const out = new Uint8Array(v.data.length + w.data.length);
    out.set(v.data);
    out.set(w.data, v.data.length);
    return new PyBytes(out);
  }
  if (v instanceof PyTuple && w instanceof PyTuple) return new PyTuple([...v.items, ...w.items]);
  return undefined;
}

/** BINARY_OP on two constants, or null when it cannot or must not be folded.  CPython: eval_const_binop */
export function evalConstBinop(left: PyValue, op: number, right: PyValue): PyValue | null {
  switch (op) {
    case NB_ADD: {
      const c = concat(left, right);
      if (c !== undefined) return c;
      return arith(left, op, right);
    }
    case NB_MULTIPLY:
      return safeMultiply(left, right);
    case NB_REMAINDER:
      // CPython: const_folding_safe_mod (no %-formatting of str or bytes)
      if (typeof left === 'string' || left instanceof PyBytes) return null;
      return arith(left, op, right);
    case NB_SUBTRACT:
    case NB_TRUE_DIVIDE:
    case NB_FLOOR_DIVIDE:
    case NB_POWER:
    case NB_LSHIFT:
    case NB_RSHIFT:
    case NB_OR:
    case NB_XOR:
    case NB_AND:
      if ((op === NB_OR || op === NB_XOR || op === NB_AND || op === NB_LSHIFT || op === NB_RSHIFT) && !(isInt(left) && isInt(right))) return null;
      return arith(left, op, right);
    case NB_SUBSCR:
      return subscript(left, right);
  }
  return null; // @ and anything else
}

export const enum UnaryKind {
  Negative,
  Invert,
  Not,
  Positive,
}

/** UNARY_NEGATIVE / UNARY_INVERT / UNARY_NOT / +x on a constant.  CPython: eval_const_unaryop */
export function evalConstUnaryop(v: PyValue, kind: UnaryKind): PyValue | null {
  switch (kind) {
    case UnaryKind.Not:
      return !constIsTrue(v);
    case UnaryKind.Negative:
      if (isInt(v)) return normInt(-toBig(v));
      if (v instanceof PyFloat) return new PyFloat(-v.value);
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return null;
    case UnaryKind.Positive:
      if (isInt(v)) return normInt(toBig(v));
      if (v instanceof PyFloat) return v;
      if (v instanceof PyComplex) return v;
      return null;
    case UnaryKind.Invert:
      // ~bool is deprecated: not folded.
      if (typeof v === 'boolean') return null;
      if (isInt(v)) return normInt(-toBig(v) - 1n);
      return null;
  }
}
