// The buffer protocol as pyts uses it: an object exposes its bytes as a Uint8Array (bf_getbuffer).
// CPython: Objects/abstract.c PyObject_GetBuffer, Include/cpython/object.h (Py_buffer).
//
// Exporters declare bf_getbuffer on their type (bytes, bytearray, memoryview, array.array...); a
// Python subclass finds it along its MRO. This module stays near the bottom of the import graph. A writable exporter (bytearray,
// array.array...) hands out a view of its live storage and counts the memoryviews holding it in a
// `bufferExports` field, refusing to resize while that count is not zero.
import type { PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { TPFLAGS } from '../type.ts';
import { PyBytes } from '../bytes.ts';
import { typeError, newException, PyExc_BufferError } from '../exceptions.ts';

/** The bytes an object exports, or null if it does not support the buffer protocol. */
export function getBuffer(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (typeof v !== 'object') return null;
  const mro = typeOf(v).tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const f = mro[i].bf_getbuffer;
    if (f !== null) return f(v);
  }
  return null;
}

/** The layout of a memoryview, the one exporter whose buffer can be strided. */
interface ViewLayout {
  readonly released: boolean;
  readonly itemsize: number;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
}

/** True if items of `itemsize` bytes laid out by `shape` and `strides` follow each other in C order. */
export function isCContiguousLayout(itemsize: number, shape: readonly number[], strides: readonly number[]): boolean {
  let sd = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] > 1 && strides[i] !== sd) return false;
    sd *= shape[i];
  }
  return true;
}

/** True for a (live) memoryview that is not C-contiguous: PyBUF_SIMPLE cannot export it. */
function stridedExport(v: object): boolean {
  if (typeOf(v as PyValue).tp_name !== 'memoryview' || !('strides' in v)) return false;
  const m = v as ViewLayout;
  return !m.released && !isCContiguousLayout(m.itemsize, m.shape, m.strides);
}

/**
 * The bytes of `PyObject_GetBuffer(v, PyBUF_SIMPLE)`: null without the buffer protocol, BufferError for
 * a strided memoryview (getBuffer, CPython's PyBUF_FULL_RO then PyBuffer_ToContiguous, copies those).
 */
export function simpleBuffer(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'object' && stridedExport(v)) {
    throw newException(PyExc_BufferError, ['memoryview: underlying buffer is not C-contiguous']);
  }
  return getBuffer(v);
}

/** simpleBuffer for callers that turn any failure into a TypeError of their own: null for a strided view too. */
export function simpleBufferOrNull(v: PyValue): Uint8Array | null {
  if (typeof v === 'object' && stridedExport(v)) return null;
  return getBuffer(v);
}

/** True if v supports the buffer protocol.  CPython: PyObject_CheckBuffer */
export function checkBuffer(v: PyValue): boolean {
  if (v instanceof PyBytes) return true;
  if (typeof v !== 'object') return false;
  return typeOf(v).tp_mro.some((t) => t.bf_getbuffer !== null);
}

/** PyByteArray_Check, for modules that must not import bytearray.ts (it sits high in the import graph). */
export function isByteArray(v: PyValue): boolean {
  return typeof v === 'object' && typeOf(v).tp_mro.some((t) => t.tp_name === 'bytearray' && !(t.tp_flags & TPFLAGS.HEAPTYPE));
}

/** The bytes of a bytes-like argument (Argument Clinic's Py_buffer), or `a bytes-like object is required, not 'str'`. */
export function bytesLikeData(v: PyValue): Uint8Array {
  const b = simpleBuffer(v);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).tp_name}'`);
  return b;
}
