// The format characters of struct: size, alignment, and how one item is packed and unpacked, for the
// native table ('@': x86-64 sizes and alignment) and the standard ones ('<', '>', '!', '=').
// CPython: Modules/_struct.c native_table, lilendian_table, bigendian_table and their nu_/np_,
// lu_/lp_, bu_/bp_ routines.
//
// The error a bad value raises is the same in every table for a given character and size, with two
// quirks kept from CPython: an int too large for 'P', or an int that overflows a float format, is
// reported as "int too large to convert" (s_pack_internal turns an OverflowError raised for an int
// into that), and the native complex formats (also '<' and '=' on a little-endian machine, where
// CPython swaps the native routines in) cast to float without an overflow check.
import type { PyValue, PyIntValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { isIntValue, intValue } from '../../objects/boxes.ts';
import { normInt } from '../../objects/int.ts';
import { PyFloat, PyFloat_AsDouble } from '../../objects/float.ts';
import { PyComplex, PyComplex_AsCComplex } from '../../objects/complex.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyNumber_Index, PyObject_IsTrue } from '../../objects/abstract.ts';
import { newException, overflowError, exceptionMatches, PyExc_OverflowError } from '../../objects/exceptions.ts';
import type { PyType } from '../../objects/type.ts';
import { packHalf, unpackHalf, checkedFloat32 } from './floats.ts';

/** The module's struct.error (set when _struct is imported). */
export const state: { error: PyType | null } = { error: null };

export function structError(msg: string): never {
  throw newException(state.error!, [msg]);
}

export interface FormatDef {
  readonly c: string;
  readonly size: number;
  readonly align: number;
  /** null for x, s and p, which the pack and unpack loops handle themselves. */
  readonly unpack: ((dv: DataView, off: number) => PyValue) | null;
  readonly pack: ((dv: DataView, off: number, v: PyValue) => void) | null;
}

// ---- integers ----

/** The int an integer format packs: an int, or __index__ of anything else.  CPython: get_pylong */
function getPyLong(v: PyValue): PyIntValue {
  if (isIntValue(v)) return intValue(v);
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || typeOf(v).nb_index !== null) return PyNumber_Index(v);
  structError('required argument is not an integer');
}

function rangeError(c: string, size: number, signed: boolean): never {
  const bits = BigInt(size * 8);
  if (signed) structError(`'${c}' format requires ${-(1n << (bits - 1n))} <= number <= ${(1n << (bits - 1n)) - 1n}`);
  structError(`'${c}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
}

function intDef(c: string, size: number, align: number, signed: boolean, le: boolean): FormatDef {
  const lo = signed ? -(2 ** (size * 8 - 1)) : 0;
  const hi = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  let unpack: (dv: DataView, off: number) => PyValue;
  let pack: (dv: DataView, off: number, n: number) => void;
  switch (size) {
    case 1:
      unpack = signed ? (dv, off) => dv.getInt8(off) : (dv, off) => dv.getUint8(off);
      pack = (dv, off, n) => dv.setUint8(off, n & 0xff);
      break;
    case 2:
      unpack = signed ? (dv, off) => dv.getInt16(off, le) : (dv, off) => dv.getUint16(off, le);
      pack = (dv, off, n) => dv.setUint16(off, n & 0xffff, le);
      break;
    case 4:
      unpack = signed ? (dv, off) => dv.getInt32(off, le) : (dv, off) => dv.getUint32(off, le);
      pack = (dv, off, n) => dv.setUint32(off, n >>> 0, le);
      break;
    default:
      return int64Def(c, size, align, signed, le);
  }
  return {
    c,
    size,
    align,
    unpack,
    pack(dv, off, v) {
      const n = getPyLong(v);
      if (typeof n !== 'number' || n < lo || n > hi) rangeError(c, size, signed);
      pack(dv, off, n);
    },
  };
}

function int64Def(c: string, size: number, align: number, signed: boolean, le: boolean): FormatDef {
  const lo = signed ? -(2n ** 63n) : 0n;
  const hi = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return {
    c,
    size,
    align,
    unpack: signed ? (dv, off) => normInt(dv.getBigInt64(off, le)) : (dv, off) => normInt(dv.getBigUint64(off, le)),
    pack(dv, off, v) {
      const n = BigInt(getPyLong(v));
      if (n < lo || n > hi) rangeError(c, size, signed);
      dv.setBigUint64(off, BigInt.asUintN(64, n), le);
    },
  };
}

/** 'P': a pointer-sized int, negative values stored in two's complement.  CPython: np_void_p */
const voidPtrDef: FormatDef = {
  c: 'P',
  size: 8,
  align: 8,
  unpack: (dv, off) => normInt(dv.getBigUint64(off, true)),
  pack(dv, off, v) {
    const n = BigInt(getPyLong(v));
    if (n < -(2n ** 63n) || n >= 2n ** 64n) {
      if (isIntValue(v)) structError('int too large to convert');
      throw overflowError(`Python int too large to convert to C ${n < 0n ? 'long' : 'unsigned long'}`);
    }
    dv.setBigUint64(off, BigInt.asUintN(64, n), true);
  },
};

// ---- floats ----

/** The double a float format packs; any failure becomes struct.error.  CPython: np_float's conversion */
function floatArg(v: PyValue, what = 'float'): number {
  try {
    return PyFloat_AsDouble(v);
  } catch {
    structError(`required argument is not a ${what}`);
  }
}

/** An OverflowError raised while packing an int is reported as struct.error.  CPython: s_pack_internal */
function overflowOfInt(v: PyValue, e: unknown): never {
  if (isIntValue(v) && exceptionMatches(e as PyValue, PyExc_OverflowError)) structError('int too large to convert');
  throw e;
}

function halfDef(le: boolean, align: number): FormatDef {
  return {
    c: 'e',
    size: 2,
    align,
    unpack: (dv, off) => new PyFloat(unpackHalf(dv.getUint16(off, le))),
    pack(dv, off, v) {
      const x = floatArg(v);
      try {
        dv.setUint16(off, packHalf(x), le);
      } catch (e) {
        overflowOfInt(v, e);
      }
    },
  };
}

/** `checked`: through PyFloat_Pack4's overflow check (3.14.2's native 'f' casts without one). */
function float32Def(le: boolean, align: number, checked: boolean): FormatDef {
  return {
    c: 'f',
    size: 4,
    align,
    unpack: (dv, off) => new PyFloat(dv.getFloat32(off, le)),
    pack(dv, off, v) {
      const x = floatArg(v);
      try {
        dv.setFloat32(off, checked ? checkedFloat32(x) : x, le);
      } catch (e) {
        overflowOfInt(v, e);
      }
    },
  };
}

function float64Def(le: boolean, align: number): FormatDef {
  return {
    c: 'd',
    size: 8,
    align,
    unpack: (dv, off) => new PyFloat(dv.getFloat64(off, le)),
    pack: (dv, off, v) => dv.setFloat64(off, floatArg(v), le),
  };
}

/** A complex format: two floats ('F') or doubles ('D').  `checked`: the parts go through PyFloat_Pack4. */
function complexDef(c: 'F' | 'D', le: boolean, align: number, checked: boolean): FormatDef {
  const half = c === 'F' ? 4 : 8;
  return {
    c,
    size: 2 * half,
    align,
    unpack:
      c === 'F'
        ? (dv, off) => new PyComplex(dv.getFloat32(off, le), dv.getFloat32(off + 4, le))
        : (dv, off) => new PyComplex(dv.getFloat64(off, le), dv.getFloat64(off + 8, le)),
    pack(dv, off, v) {
      let z: PyComplex;
      try {
        z = PyComplex_AsCComplex(v);
      } catch {
        structError('required argument is not a complex');
      }
      if (c === 'D') {
        dv.setFloat64(off, z.real, le);
        dv.setFloat64(off + 8, z.imag, le);
        return;
      }
      try {
        dv.setFloat32(off, checked ? checkedFloat32(z.real) : z.real, le);
        dv.setFloat32(off + 4, checked ? checkedFloat32(z.imag) : z.imag, le);
      } catch (e) {
        overflowOfInt(v, e);
      }
    },
  };
}

// ---- the rest ----

const charDef = (): FormatDef => ({
  c: 'c',
  size: 1,
  align: 0,
  unpack: (dv, off) => new PyBytes(new Uint8Array([dv.getUint8(off)])),
  pack(dv, off, v) {
    if (!(v instanceof PyBytes) || v.data.length !== 1) structError('char format requires a bytes object of length 1');
    dv.setUint8(off, v.data[0]);
  },
});

const boolDef = (): FormatDef => ({
  c: '?',
  size: 1,
  align: 1,
  unpack: (dv, off) => dv.getUint8(off) !== 0,
  pack: (dv, off, v) => dv.setUint8(off, PyObject_IsTrue(v) ? 1 : 0),
});

const special = (c: string): FormatDef => ({ c, size: 1, align: 0, unpack: null, pack: null });

function table(le: boolean, native: boolean): Map<string, FormatDef> {
  const a = (n: number): number => (native ? n : 0);
  const longSize = native ? 8 : 4;
  const defs: FormatDef[] = [
    special('x'),
    intDef('b', 1, 0, true, le),
    intDef('B', 1, 0, false, le),
    charDef(),
    special('s'),
    special('p'),
    intDef('h', 2, a(2), true, le),
    intDef('H', 2, a(2), false, le),
    intDef('i', 4, a(4), true, le),
    intDef('I', 4, a(4), false, le),
    intDef('l', longSize, a(8), true, le),
    intDef('L', longSize, a(8), false, le),
    intDef('q', 8, a(8), true, le),
    intDef('Q', 8, a(8), false, le),
    boolDef(),
    halfDef(le, a(2)),
    float32Def(le, a(4), !native),
    float64Def(le, a(8)),
    // Native routines cast without checking; CPython swaps them into the little-endian table too.
    complexDef('F', le, a(4), !le),
    complexDef('D', le, a(8), !le),
  ];
  if (native) defs.push(intDef('n', 8, 8, true, le), intDef('N', 8, 8, false, le), voidPtrDef);
  return new Map(defs.map((d) => [d.c, d]));
}

export const NATIVE_TABLE = table(true, true);
export const LITTLE_TABLE = table(true, false);
export const BIG_TABLE = table(false, false);

/** The table a format's first character selects, and where the items start.  CPython: whichtable */
export function whichTable(fmt: string): [Map<string, FormatDef>, number] {
  switch (fmt[0]) {
    case '<':
    case '=':
      return [LITTLE_TABLE, 1];
    case '>':
    case '!':
      return [BIG_TABLE, 1];
    case '@':
      return [NATIVE_TABLE, 1];
    default:
      return [NATIVE_TABLE, 0];
  }
}
