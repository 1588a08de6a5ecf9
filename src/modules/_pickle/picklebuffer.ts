// pickle.PickleBuffer: a wrapper around a buffer that protocol 5 may pickle out of band.
// CPython: Objects/picklebufobject.c
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { TPFLAGS, typeOf, type PyType } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyMemoryView, memoryviewFromObject, memoryviewBytes } from '../../objects/memoryview.ts';
import { valueError, typeError, newException, PyExc_BufferError } from '../../objects/exceptions.ts';
import { checkBuffer } from '../../objects/bytes/buffer.ts';
import { bufferDunder, releaseBufferDunder } from '../../objects/memoryview.ts';

export class PyPickleBuffer extends PyObject {
  /** The buffer taken from the wrapped object (CPython holds a Py_buffer); null once released. */
  view: PyMemoryView | null;
  constructor(view: PyMemoryView) {
    super();
    this.view = view;
  }

  /** The view memoryview(self) copies (see memoryview.ts's exporter hook). */
  exportView(): PyMemoryView {
    return liveView(this);
  }
}

function liveView(pb: PyPickleBuffer): PyMemoryView {
  if (pb.view === null || pb.view.released) throw valueError('operation forbidden on released PickleBuffer object');
  return pb.view;
}

function isContiguous(m: PyMemoryView): boolean {
  let sd = m.itemsize;
  for (let i = m.shape.length - 1; i >= 0; i--) {
    if (m.shape[i] > 1 && m.strides[i] !== sd) return false;
    sd *= m.shape[i];
  }
  return true;
}

function isFortranContiguous(m: PyMemoryView): boolean {
  let sd = m.itemsize;
  for (let i = 0; i < m.shape.length; i++) {
    if (m.shape[i] > 1 && m.strides[i] !== sd) return false;
    sd *= m.shape[i];
  }
  return true;
}

/** PyBuffer_IsContiguous(view, 'A'). */
export function viewIsContiguous(m: PyMemoryView): boolean {
  return isContiguous(m) || isFortranContiguous(m);
}

/** The bytes and read-only flag of a PickleBuffer's buffer (PyObject_GetBuffer(obj, PyBUF_FULL_RO)). */
export function pickleBufferData(pb: PyPickleBuffer): { data: Uint8Array; readonly: boolean; contiguous: boolean } {
  const v = liveView(pb);
  const contiguous = viewIsContiguous(v);
  return { data: memoryviewBytes(v), readonly: v.readonly, contiguous };
}

// CPython: picklebuf_new
function picklebufNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (kwnames !== null && kwnames.length > 0) throw typeError(`'${kwnames[0]}' is an invalid keyword argument for PickleBuffer()`);
  if (npos === 0) throw typeError('PickleBuffer() takes exactly 1 positional argument (0 given)');
  if (npos > 1) throw typeError(`PickleBuffer() takes at most 1 argument (${npos} given)`);
  const obj = args[0];
  if (!checkBuffer(obj)) throw typeError(`a bytes-like object is required, not '${typeOf(obj).tp_name}'`);
  return new PyPickleBuffer(memoryviewFromObject(obj));
}

// CPython: picklebuf_raw
function picklebufRaw(self: PyValue): PyValue {
  const v = liveView(self as PyPickleBuffer);
  if (!viewIsContiguous(v)) throw newException(PyExc_BufferError, ['cannot extract raw buffer from non-contiguous buffer']);
  let n = v.itemsize;
  for (const s of v.shape) n *= s;
  // A one-dimensional unsigned-byte view of the same memory.
  const m = memoryviewFromObject(v);
  m.format = 'B';
  m.itemsize = 1;
  m.shape = [n];
  m.strides = [1];
  return m;
}

// CPython: picklebuf_release
function picklebufRelease(self: PyValue): PyValue {
  const pb = self as PyPickleBuffer;
  if (pb.view !== null) {
    const v = pb.view;
    pb.view = null;
    if (!v.released) releaseBufferDunder(v.mbuf.obj, v);
  }
  return None;
}

export const PickleBufferType = defineBuiltinType({
  name: 'pickle.PickleBuffer',
  doc: 'Wrapper for potentially out-of-band buffers',
  flags: TPFLAGS.HAVE_GC,
  instanceClass: PyPickleBuffer,
  weakrefable: true,
  slots: { tp_new: picklebufNew },
  mapping: { bf_getbuffer: (s: PyValue) => pickleBufferData(s as PyPickleBuffer).data },
  methods: {
    raw: {
      sig: '($self, /)',
      impl: picklebufRaw,
      doc: 'Return a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn\'t contiguous.',
    },
    release: { sig: '($self, /)', impl: picklebufRelease, doc: 'Release the underlying buffer exposed by the PickleBuffer object.' },
    __buffer__: { sig: '($self, flags, /)', impl: bufferDunder, doc: 'Return a buffer object that exposes the underlying memory of the object.' },
    __release_buffer__: { sig: '($self, buffer, /)', impl: releaseBufferDunder, doc: 'Release the buffer object that exposes the underlying memory of the object.' },
  },
});
