// Argument conversions shared by the str, bytes and bytearray methods: Argument Clinic's
// Py_ssize_t and slice_index converters.  CPython: Python/getargs.c, Python/ceval.c _PyEval_SliceIndex
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { PyNumber_Index } from '../abstract.ts';
import { isIntValue, intValue } from '../boxes.ts';
import { typeError, overflowError } from '../exceptions.ts';

const SSIZE_MAX = 2 ** 63 - 1;

/** A Py_ssize_t argument: an object with __index__ that fits in 64 bits. */
export function ssizeArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  if (i > 9223372036854775807n || i < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

/**
 * A start/end argument of the find family: None or missing gives `dflt`; other values need __index__
 * and are clamped to the Py_ssize_t range.
 */
export function sliceIndexArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === 'number') return v;
  const t = typeof v;
  if (t !== 'bigint' && t !== 'boolean' && typeOf(v).nb_index === null) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -SSIZE_MAX : SSIZE_MAX;
}

/** CPython's ADJUST_INDICES: start/end clipped to a sequence of `len` items as slice bounds. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** The largest string or bytes pyts builds; beyond it, MemoryError (V8's limit is about 2**29). */
export const MAX_LENGTH = 2 ** 29 - 24;

/** A C `int` argument (Argument Clinic's int converter). */
export function intArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(i);
}

/** An int (no __index__) as a Py_ssize_t.  CPython: PyLong_AsSsize_t */
export function longAsSsize(v: PyValue): number {
  if (!isIntValue(v)) throw typeError('an integer is required');
  const i = intValue(v);
  if (typeof i === 'number') return i;
  if (i > 9223372036854775807n || i < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

/** How Argument Clinic names the type of a bad argument: 'None' for None.  CPython: _PyArg_BadArgument */
export function argTypeName(v: PyValue): string {
  return v === None ? 'None' : typeOf(v).tp_name;
}
