// The _io module: open(), open_code() and the I/O classes; io.py re-exports them.
// CPython: Modules/_io/_iomodule.c
//
// pyts implements _io natively (not through _pyio): sys.stdout and friends exist before any Python
// code runs, print() and StringIO are hot paths, and _pyio itself needs os, codecs and _thread.
import { None, type PyValue } from '../../objects/object.ts';
import { defineModule } from '../../objects/module-def.ts';
import { typeOf } from '../../objects/type.ts';
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttr, PyObject_SetAttr, PyObject_IsTrue, PyObject_Repr, PyNumber_Index } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { PyBytes } from '../../objects/bytes.ts';
import * as E from '../../objects/exceptions.ts';
import { interp } from '../../vm/interpreter.ts';
import { fspath } from '../posix/index.ts';
import {
  IOBaseType,
  RawIOBaseType,
  BufferedIOBaseType,
  TextIOBaseType,
  DEFAULT_BUFFER_SIZE,
  unsupportedOperationType,
  maybeCollectFiles,
} from './iobase.ts';
import { FileIOType, PyFileIO } from './fileio.ts';
import { BytesIOType } from './bytesio.ts';
import { StringIOType } from './stringio.ts';
import { BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, newBuffered } from './bufferedio.ts';
import { TextIOWrapperType, newTextIOWrapper } from './textio.ts';
import { IncrementalNewlineDecoderType } from './newlines.ts';
import { withDocs, moduleDoc } from '../docs.ts';
import { warnEx } from '../_warnings.ts';
import { configOf } from '../../runtime/config.ts';

type V = PyValue;

function optStr(v: V, name: string): string | null {
  if (v === None || v === undefined) return null;
  if (!isStrValue(v)) throw E.typeError(`open() argument '${name}' must be str or None, not ${typeOf(v).tp_name}`);
  return strValue(v);
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
 * CPython: _io_open_impl */
export function ioOpen(_m: V, file: V, modeArg: V, bufferingArg: V, encoding: V, errors: V, newline: V, closefdArg: V, opener: V): V {
  if (!isStrValue(modeArg)) throw E.typeError(`open() argument 'mode' must be str, not ${typeOf(modeArg).tp_name}`);
  maybeCollectFiles();
  const mode = strValue(modeArg);
  let buffering = Number(PyNumber_Index(bufferingArg));
  const enc = optStr(encoding, 'encoding');
  const errs = optStr(errors, 'errors');
  const nl = optStr(newline, 'newline');
  const closefd = PyObject_IsTrue(closefdArg);
  const isNumber = typeOf(file).nb_index !== null || typeOf(file).nb_int !== null || typeof file === 'number' || typeof file === 'bigint' || typeof file === 'boolean';
  let pathOrFd: V = file;
  if (!isNumber) {
    pathOrFd = fspath(None, file);
    if (!isStrValue(pathOrFd) && !(pathOrFd instanceof PyBytes)) throw E.typeError(`invalid file: ${PyObject_Repr(file)}`);
  }
  let creating = false;
  let reading = false;
  let writing = false;
  let appending = false;
  let updating = false;
  let text = false;
  let binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    switch (c) {
      case 'x':
        creating = true;
        break;
      case 'r':
        reading = true;
        break;
      case 'w':
        writing = true;
        break;
      case 'a':
        appending = true;
        break;
      case '+':
        updating = true;
        break;
      case 't':
        text = true;
        break;
      case 'b':
        binary = true;
        break;
      default:
        throw E.valueError(`invalid mode: '${mode}'`);
    }
    if (mode.indexOf(c, i + 1) >= 0) throw E.valueError(`invalid mode: '${mode}'`);
  }
  let rawmode = '';
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';
  if (text && binary) throw E.valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) throw E.valueError('must have exactly one of create/read/write/append mode');
  if (binary && enc !== null) throw E.valueError("binary mode doesn't take an encoding argument");
  if (binary && errs !== null) throw E.valueError("binary mode doesn't take an errors argument");
  if (binary && nl !== null) throw E.valueError("binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    warn(E.PyExc_RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  const raw = PyObject_Call(FileIOType, [pathOrFd, rawmode, closefd, opener === undefined ? None : opener]);
  let result: V = raw;
  try {
    let isatty = false;
    if (buffering < 0) isatty = PyObject_IsTrue(PyObject_CallMethod(raw, '_isatty_open_only', []));
    let lineBuffering = false;
    if (buffering === 1 || isatty) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      const blksize = Number(PyNumber_Index(PyObject_GetAttr(raw, '_blksize')));
      buffering = Math.max(Math.min(blksize, 8192 * 1024), DEFAULT_BUFFER_SIZE);
    }
    if (buffering < 0) throw E.valueError('invalid buffering size');
    if (buffering === 0) {
      if (!binary) throw E.valueError("can't have unbuffered text I/O");
      return result;
    }
    const kind = updating ? 'random' : creating || writing || appending ? 'writer' : reading ? 'reader' : null;
    if (kind === null) throw E.valueError(`unknown mode: '${mode}'`);
    const buffer = typeOf(raw) === FileIOType ? newBuffered(kind, raw, buffering) : PyObject_Call(kind === 'random' ? BufferedRandomType : kind === 'writer' ? BufferedWriterType : BufferedReaderType, [raw, buffering]);
    result = buffer;
    if (binary) return result;
    const wrapper = newTextIOWrapper(buffer, enc === null ? None : enc, errs === null ? None : errs, nl === null ? None : nl, lineBuffering, false);
    result = wrapper;
    PyObject_SetAttr(wrapper, 'mode', mode);
    return result;
  } catch (e) {
    try {
      PyObject_CallMethod(result, 'close', []);
    } catch {
      // the original error wins
    }
    throw e;
  }
}

function warn(category: V, message: string): void {
  const ip = interp();
  const warnings = ip.modules.getStr('warnings');
  if (warnings === undefined) return;
  PyObject_CallMethod(warnings, 'warn', [message, category, 2]);
}

/** open_code(path): open(path, 'rb').  CPython: PyFile_OpenCodeObject */
function openCode(_m: V, path: V): V {
  if (!isStrValue(path)) throw E.typeError(`open_code() argument 'path' must be str, not ${typeOf(path).tp_name}`);
  return ioOpen(_m, path, 'rb', -1, None, None, None, true, None);
}

/** text_encoding(encoding, stacklevel=2).  CPython: _io_text_encoding_impl */
function textEncoding(_m: V, encoding: V, stacklevel: V = 2): V {
  const n = PyNumber_Index(stacklevel);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw E.overflowError('Python int too large to convert to C int');
  if (encoding !== None && encoding !== undefined) return encoding;
  const cfg = configOf(interp());
  if (cfg.warnDefaultEncoding) warnEx(E.PyExc_EncodingWarning, "'encoding' argument not specified", n);
  return cfg.utf8Mode > 0 ? 'utf-8' : 'locale';
}

export const ioModule = defineModule({
  name: '_io',
  doc: moduleDoc('_io'),
  functions: withDocs('_io', {
    open: {
      sig: "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
      impl: ioOpen,
      doc: 'Open a file and return a stream.',
    },
    open_code: { sig: '($module, /, path)', impl: openCode, doc: 'Open a file to import its contents (as open(path, "rb")).' },
    text_encoding: { sig: '($module, encoding, stacklevel=2, /)', impl: textEncoding, doc: 'The encoding to use when the caller gave None.' },
  }),
  constants: () => ({
    DEFAULT_BUFFER_SIZE,
    UnsupportedOperation: unsupportedOperationType(),
    BlockingIOError: E.PyExc_BlockingIOError,
    _IOBase: IOBaseType,
    _RawIOBase: RawIOBaseType,
    _BufferedIOBase: BufferedIOBaseType,
    _TextIOBase: TextIOBaseType,
    FileIO: FileIOType,
    BytesIO: BytesIOType,
    StringIO: StringIOType,
    BufferedReader: BufferedReaderType,
    BufferedWriter: BufferedWriterType,
    BufferedRandom: BufferedRandomType,
    BufferedRWPair: BufferedRWPairType,
    TextIOWrapper: TextIOWrapperType,
    IncrementalNewlineDecoder: IncrementalNewlineDecoderType,
  }),
});

/** A standard stream as CPython's create_stdio makes it.  CPython: Python/pylifecycle.c create_stdio */
export function createStdio(fd: number, write: boolean, name: string, encoding: string, errors: string, buffered: boolean): V {
  let raw: PyFileIO;
  try {
    raw = PyObject_Call(FileIOType, [fd, write ? 'wb' : 'rb', false]) as PyFileIO;
  } catch {
    return None;
  }
  const unbuffered = !buffered && write;
  let buf: V;
  if (unbuffered) buf = raw;
  else {
    const blksize = raw.statAtOpen !== null && raw.statAtOpen.blksize > 1 ? raw.statAtOpen.blksize : DEFAULT_BUFFER_SIZE;
    buf = newBuffered(write ? 'writer' : 'reader', raw, Math.max(Math.min(blksize, 8192 * 1024), DEFAULT_BUFFER_SIZE), false);
  }
  PyObject_SetAttr(raw, 'name', name);
  const isatty = PyObject_IsTrue(PyObject_CallMethod(raw, 'isatty', []));
  const lineBuffering = buffered && (isatty || fd === 2);
  const stream = newTextIOWrapper(buf, encoding, errors, '\n', lineBuffering, !buffered, false);
  PyObject_SetAttr(stream, 'mode', write ? 'w' : 'r');
  return stream;
}

void isIntValue;
