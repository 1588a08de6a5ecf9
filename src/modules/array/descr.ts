// The typecodes of array.array: item size, how a Python value is checked and converted to the C item
// (with CPython's messages, which come from PyArg_Parse's converters and PyLong_As*), and how an
// item is read back.  CPython: Modules/arraymodule.c descriptors[] and the *_getitem/*_setitem pairs.
// Sizes are those of 64-bit Linux (long is 8 bytes, wchar_t 4).
import type { PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { typeNameT } from '../../objects/typeobject.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { normInt } from '../../objects/int.ts';
import { PyFloat, PyFloat_AsDouble } from '../../objects/float.ts';
import { PyNumber_Index } from '../../objects/abstract.ts';
import { typeError, overflowError, valueError } from '../../objects/exceptions.ts';
import { cpLength, codePointValues } from '../../objects/str/codepoints.ts';

/** What one item converts to before it is stored: a number, or a bigint for 64-bit integers. */
export type Raw = number | bigint;

export interface ArrayDescr {
  readonly typecode: string;
  readonly itemsize: number;
  readonly isInteger: boolean;
  readonly isSigned: boolean;
  /** Checks v and converts it (may call __index__/__float__, which may change the array). */
  convert(v: PyValue): Raw;
  /** Writes a converted item at a byte offset. */
  readonly store: (dv: DataView, off: number, raw: Raw) => void;
  readonly load: (dv: DataView, off: number) => PyValue;
  /** The raw item, for the fast comparison of two arrays of one typecode (null for floats). */
  readonly rawAt: ((dv: DataView, off: number) => Raw) | null;
}

// ---- integer conversions (CPython: PyLong_AsLong, PyLong_AsLongLong, PyLong_AsUnsignedLong...) ----

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** A C long, via __index__.  CPython: PyLong_AsLong */
function asLong(v: PyValue): Raw {
  const i = isIntValue(v) ? intValue(v) : PyNumber_Index(v);
  if (typeof i === 'number') return i;
  if (i < LONG_MIN || i > LONG_MAX) throw overflowError('Python int too large to convert to C long');
  return i;
}

/** A C long long.  CPython: PyLong_AsLongLong */
function asLongLong(v: PyValue): bigint {
  const i = isIntValue(v) ? intValue(v) : PyNumber_Index(v);
  const b = BigInt(i);
  if (b < LONG_MIN || b > LONG_MAX) throw overflowError('int too big to convert');
  return b;
}

/** A C unsigned long of an int (after _PyNumber_Index).  CPython: PyLong_AsUnsignedLong */
function asUnsignedLong(v: PyValue): bigint {
  const i = isIntValue(v) ? intValue(v) : PyNumber_Index(v);
  const b = BigInt(i);
  if (b < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (b > ULONG_MAX) throw overflowError('Python int too large to convert to C unsigned long');
  return b;
}

/** A C unsigned long long.  CPython: PyLong_AsUnsignedLongLong */
function asUnsignedLongLong(v: PyValue): bigint {
  const i = isIntValue(v) ? intValue(v) : PyNumber_Index(v);
  const b = BigInt(i);
  if (b < 0n) throw overflowError("can't convert negative int to unsigned");
  if (b > ULONG_MAX) throw overflowError('int too big to convert');
  return b;
}

function small(r: Raw): number {
  return typeof r === 'number' ? r : Number(r);
}

/** PyArg_Parse's 'h': a long within a C short. */
function parseShort(v: PyValue): number {
  const x = small(asLong(v));
  if (x < -32768) throw overflowError('signed short integer is less than minimum');
  if (x > 32767) throw overflowError('signed short integer is greater than maximum');
  return x;
}

/** PyArg_Parse's 'i': a long within a C int. */
function parseInt32(v: PyValue): number {
  const r = asLong(v);
  if (r > 2147483647) throw overflowError('signed integer is greater than maximum');
  if (r < -2147483648) throw overflowError('signed integer is less than minimum');
  return small(r);
}

// ---- unicode items ----

/** One character of a str, as a code point.  CPython: u_setitem, w_setitem */
function unicodeChar(v: PyValue): number {
  if (!isStrValue(v)) throw typeError(`array item must be a unicode character, not ${typeName(v)}`);
  const s = strValue(v);
  const n = cpLength(s);
  if (n !== 1) throw typeError(`array item must be a unicode character, not a string of length ${n}`);
  return codePointValues(s)[0];
}

/** %T: the type's fully qualified name. */
export function typeName(v: PyValue): string {
  return typeNameT(typeOf(v));
}

/** chr(code) for an item read from a unicode array.  CPython: PyUnicode_FromOrdinal */
export function fromOrdinal(code: number): string {
  if (code < 0 || code > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(code);
}

// ---- the table ----

function def(
  typecode: string,
  itemsize: number,
  isInteger: boolean,
  isSigned: boolean,
  convert: (v: PyValue) => Raw,
  store: (dv: DataView, off: number, raw: Raw) => void,
  load: (dv: DataView, off: number) => PyValue,
  rawAt: ((dv: DataView, off: number) => Raw) | null,
): ArrayDescr {
  return { typecode, itemsize, isInteger, isSigned, convert, store, load, rawAt };
}

const LE = true;

export const DESCRIPTORS: readonly ArrayDescr[] = [
  def('b', 1, true, true, parseShort, (dv, o, r) => dv.setInt8(o, r as number), (dv, o) => dv.getInt8(o), (dv, o) => dv.getInt8(o)),
  def(
    'B',
    1,
    true,
    false,
    (v) => {
      const x = small(asLong(v));
      if (x < 0) throw overflowError('unsigned byte integer is less than minimum');
      if (x > 255) throw overflowError('unsigned byte integer is greater than maximum');
      return x;
    },
    (dv, o, r) => dv.setUint8(o, r as number),
    (dv, o) => dv.getUint8(o),
    (dv, o) => dv.getUint8(o),
  ),
  def('u', 4, false, false, unicodeChar, (dv, o, r) => dv.setInt32(o, r as number, LE), (dv, o) => fromOrdinal(dv.getInt32(o, LE)), (dv, o) => dv.getInt32(o, LE)),
  def('w', 4, false, false, unicodeChar, (dv, o, r) => dv.setUint32(o, r as number, LE), (dv, o) => fromOrdinal(dv.getUint32(o, LE)), (dv, o) => dv.getUint32(o, LE)),
  def('h', 2, true, true, parseShort, (dv, o, r) => dv.setInt16(o, r as number, LE), (dv, o) => dv.getInt16(o, LE), (dv, o) => dv.getInt16(o, LE)),
  def(
    'H',
    2,
    true,
    false,
    (v) => {
      const x = parseInt32(v);
      if (x < 0) throw overflowError('unsigned short is less than minimum');
      if (x > 65535) throw overflowError('unsigned short is greater than maximum');
      return x;
    },
    (dv, o, r) => dv.setUint16(o, r as number, LE),
    (dv, o) => dv.getUint16(o, LE),
    (dv, o) => dv.getUint16(o, LE),
  ),
  def('i', 4, true, true, parseInt32, (dv, o, r) => dv.setInt32(o, r as number, LE), (dv, o) => dv.getInt32(o, LE), (dv, o) => dv.getInt32(o, LE)),
  def(
    'I',
    4,
    true,
    false,
    (v) => {
      const x = asUnsignedLong(v);
      if (x > 0xffffffffn) throw overflowError('unsigned int is greater than maximum');
      return Number(x);
    },
    (dv, o, r) => dv.setUint32(o, r as number, LE),
    (dv, o) => dv.getUint32(o, LE),
    (dv, o) => dv.getUint32(o, LE),
  ),
  def('l', 8, true, true, (v) => BigInt(asLong(v)), (dv, o, r) => dv.setBigInt64(o, BigInt(r), LE), (dv, o) => normInt(dv.getBigInt64(o, LE)), (dv, o) => dv.getBigInt64(o, LE)),
  def('L', 8, true, false, asUnsignedLong, (dv, o, r) => dv.setBigUint64(o, BigInt(r), LE), (dv, o) => normInt(dv.getBigUint64(o, LE)), (dv, o) => dv.getBigUint64(o, LE)),
  def('q', 8, true, true, asLongLong, (dv, o, r) => dv.setBigInt64(o, BigInt(r), LE), (dv, o) => normInt(dv.getBigInt64(o, LE)), (dv, o) => dv.getBigInt64(o, LE)),
  def('Q', 8, true, false, asUnsignedLongLong, (dv, o, r) => dv.setBigUint64(o, BigInt(r), LE), (dv, o) => normInt(dv.getBigUint64(o, LE)), (dv, o) => dv.getBigUint64(o, LE)),
  // The float cast saturates to infinity silently, as C's (float) does.
  def('f', 4, false, false, (v) => PyFloat_AsDouble(v), (dv, o, r) => dv.setFloat32(o, r as number, LE), (dv, o) => new PyFloat(dv.getFloat32(o, LE)), null),
  def('d', 8, false, false, (v) => PyFloat_AsDouble(v), (dv, o, r) => dv.setFloat64(o, r as number, LE), (dv, o) => new PyFloat(dv.getFloat64(o, LE)), null),
];

export const TYPECODES = DESCRIPTORS.map((d) => d.typecode).join('');

export function descrOf(c: string): ArrayDescr | undefined {
  return DESCRIPTORS.find((d) => d.typecode === c);
}

/** 'b' checks the char range after the bounds check.  CPython: b_setitem */
export function checkSignedChar(x: number): void {
  if (x < -128) throw overflowError('signed char is less than minimum');
  if (x > 127) throw overflowError('signed char is greater than maximum');
}
