// The Unpickler's input: a bytes-like object, or a file read as needed (peek()ed ahead when it can,
// read() or readinto() exactly otherwise), with protocol 4 frames that no read may cross.
// CPython: Modules/_pickle.c (_Unpickler_SetStringInput, _Unpickler_Read, _Unpickler_ReadImpl,
// _Unpickler_ReadInto, _Unpickler_Readline, _Unpickler_ReadFromFile, _Unpickler_SkipConsumed)
import { PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PyObject_CallOneArg, PyObject_Call, PyNumber_Index, PyObject_Repr } from '../../objects/abstract.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { memoryviewFromObject } from '../../objects/memoryview.ts';
import { unpicklingError } from './state.ts';
import type { PyUnpickler } from './unpickler.ts';

const PREFETCH = 8192 * 16;

export function badReadline(): never {
  throw unpicklingError('pickle data was truncated');
}

// CPython: _Unpickler_SetStringInput
export function setStringInput(self: PyUnpickler, input: PyValue): number {
  const data = getBuffer(input);
  if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(input).tp_name}'`);
  self.input = data;
  self.inputLen = data.length;
  self.nextReadIdx = 0;
  self.prefetchedIdx = data.length;
  self.frameEnd = -1;
  return data.length;
}

// CPython: _Unpickler_EndFrame
export function endFrame(self: PyUnpickler): void {
  self.inputLen = self.savedInputLen;
  self.frameEnd = -1;
}

// CPython: _Unpickler_LeaveFrame
export function leaveFrame(self: PyUnpickler, straddle: boolean): void {
  if (straddle) throw unpicklingError('pickle exhausted before end of frame');
  endFrame(self);
}

// CPython: _Unpickler_SkipConsumed
export function skipConsumed(self: PyUnpickler): void {
  const consumed = self.nextReadIdx - self.prefetchedIdx;
  if (consumed <= 0) return;
  PyObject_CallOneArg(self.read!, consumed);
  self.prefetchedIdx = self.nextReadIdx;
}

const READ_WHOLE_LINE = -1;

// CPython: _Unpickler_ReadFromFile
export function readFromFile(self: PyUnpickler, n: number): number {
  skipConsumed(self);
  let data: PyValue;
  if (n === READ_WHOLE_LINE) data = PyObject_Call(self.readline!, [], null);
  else {
    if (self.peek !== null && n < PREFETCH) {
      let peeked: PyValue | undefined;
      try {
        peeked = PyObject_CallOneArg(self.peek, PREFETCH);
      } catch (e) {
        if (!(e instanceof PyObject && typeOf(e).tp_name === 'NotImplementedError')) throw e;
        self.peek = null;
      }
      if (peeked !== undefined) {
        const size = setStringInput(self, peeked);
        self.prefetchedIdx = 0;
        if (n <= size) return n;
      }
    }
    data = PyObject_CallOneArg(self.read!, n);
  }
  return setStringInput(self, data);
}

/** Reads n bytes; returns their offset in self.input.  CPython: _Unpickler_Read, _Unpickler_ReadImpl */
export function read(self: PyUnpickler, n: number): number {
  if (n <= self.inputLen - self.nextReadIdx) {
    const at = self.nextReadIdx;
    self.nextReadIdx += n;
    return at;
  }
  if (self.frameEnd >= 0) {
    leaveFrame(self, self.nextReadIdx < self.frameEnd);
    if (n <= self.inputLen - self.nextReadIdx) {
      const at = self.nextReadIdx;
      self.nextReadIdx += n;
      return at;
    }
  }
  if (self.read === null) badReadline();
  const got = readFromFile(self, n);
  if (got < n) badReadline();
  self.nextReadIdx = n;
  return 0;
}

/** Reads n bytes into a new array (no prefetching).  CPython: _Unpickler_ReadInto */
export function readInto(self: PyUnpickler, n: number): Uint8Array {
  const buf = new Uint8Array(n);
  let filled = 0;
  let inBuffer = self.inputLen - self.nextReadIdx;
  if (inBuffer > 0) {
    const k = Math.min(inBuffer, n);
    buf.set(self.input.subarray(self.nextReadIdx, self.nextReadIdx + k));
    self.nextReadIdx += k;
    filled = k;
    if (filled === n) return buf;
  }
  if (self.frameEnd >= 0) {
    leaveFrame(self, inBuffer > 0);
    inBuffer = self.inputLen - self.nextReadIdx;
    if (inBuffer > 0) {
      const k = Math.min(inBuffer, n - filled);
      buf.set(self.input.subarray(self.nextReadIdx, self.nextReadIdx + k), filled);
      self.nextReadIdx += k;
      filled += k;
      if (filled === n) return buf;
    }
  }
  if (self.read === null) badReadline();
  skipConsumed(self);
  const want = n - filled;
  if (self.readinto === null) {
    const data = PyObject_CallOneArg(self.read, want);
    if (!(data instanceof PyBytes)) throw valueError(`read() returned non-bytes object (${PyObject_Repr(typeOf(data))})`);
    if (data.data.length < want) badReadline();
    buf.set(data.data.subarray(0, want), filled);
    return buf;
  }
  // readinto() a writable view of the rest of the buffer.
  const target = new PyByteArray(buf.subarray(filled));
  const view = memoryviewFromObject(target);
  const r = PyNumber_Index(PyObject_CallOneArg(self.readinto, view));
  if (r < 0) throw valueError('readinto() returned negative size');
  if (r < want) badReadline();
  return buf;
}

/** Reads a line (with its newline); returns [offset, length] in self.input.  CPython: _Unpickler_Readline */
export function readline(self: PyUnpickler): Uint8Array {
  for (;;) {
    const input = self.input;
    for (let i = self.nextReadIdx; i < self.inputLen; i++) {
      if (input[i] === 0x0a) {
        const line = input.subarray(self.nextReadIdx, i + 1);
        self.nextReadIdx = i + 1;
        return line;
      }
    }
    if (self.frameEnd >= 0) {
      leaveFrame(self, self.nextReadIdx < self.frameEnd);
      continue;
    }
    break;
  }
  if (self.read === null) badReadline();
  const n = readFromFile(self, READ_WHOLE_LINE);
  if (n === 0 || self.input[n - 1] !== 0x0a) badReadline();
  self.nextReadIdx = n;
  return self.input.subarray(0, n);
}

