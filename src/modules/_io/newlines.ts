// _io.IncrementalNewlineDecoder and the newline searching text streams share.
// CPython: Modules/_io/textio.c (IncrementalNewlineDecoder, _PyIO_find_line_ending)
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyObject_CallMethod, PyObject_IsTrue, PyNumber_Index } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyIOBase } from './iobase.ts';
import { initWith } from './fileio.ts';
import { checkDecoderState, type IncDecoder } from './textcodec.ts';

type V = PyValue;

export const SEEN_CR = 1;
export const SEEN_LF = 2;
export const SEEN_CRLF = 4;

/** The `newlines` attribute for a set of seen newline kinds. */
export function newlinesValue(seennl: number): V {
  switch (seennl) {
    case SEEN_CR:
      return '\r';
    case SEEN_LF:
      return '\n';
    case SEEN_CRLF:
      return '\r\n';
    case SEEN_CR | SEEN_LF:
      return new PyTuple(['\r', '\n']);
    case SEEN_CR | SEEN_CRLF:
      return new PyTuple(['\r', '\r\n']);
    case SEEN_LF | SEEN_CRLF:
      return new PyTuple(['\n', '\r\n']);
    case SEEN_CR | SEEN_LF | SEEN_CRLF:
      return new PyTuple(['\r', '\n', '\r\n']);
  }
  return None;
}

/**
 * Newline translation after decoding: records the kinds of newline seen and, with `translate`,
 * turns '\r\n' and '\r' into '\n'; keeps a final '\r' back until it knows what follows.
 * CPython: _PyIncrementalNewlineDecoder_decode
 */
export class NewlineTranslator {
  pendingcr = false;
  seennl = 0;
  constructor(public translate: boolean) {}

  process(output: string, final: boolean): string {
    if (this.pendingcr && (final || output.length > 0)) {
      output = '\r' + output;
      this.pendingcr = false;
    }
    if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 13) {
      output = output.slice(0, -1);
      this.pendingcr = true;
    }
    const len = output.length;
    if (len === 0) return output;
    let seennl = this.seennl;
    const hasCR = output.indexOf('\r') >= 0;
    if (!hasCR && (seennl === SEEN_LF || seennl === 0)) {
      if (seennl === 0 && output.indexOf('\n') >= 0) seennl |= SEEN_LF;
    } else if (!this.translate) {
      if (seennl !== (SEEN_CR | SEEN_LF | SEEN_CRLF)) {
        for (let i = 0; i < len; i++) {
          const c = output.charCodeAt(i);
          if (c === 10) seennl |= SEEN_LF;
          else if (c === 13) {
            if (output.charCodeAt(i + 1) === 10) {
              seennl |= SEEN_CRLF;
              i++;
            } else seennl |= SEEN_CR;
          }
        }
      }
    } else {
      let out = '';
      let start = 0;
      for (let i = 0; i < len; i++) {
        const c = output.charCodeAt(i);
        if (c === 10) seennl |= SEEN_LF;
        else if (c === 13) {
          out += output.slice(start, i) + '\n';
          if (output.charCodeAt(i + 1) === 10) {
            seennl |= SEEN_CRLF;
            i++;
          } else seennl |= SEEN_CR;
          start = i + 1;
        }
      }
      output = out + output.slice(start);
    }
    this.seennl |= seennl;
    return output;
  }
}

/**
 * The position after the first line ending at or after `start` (and before `end`), or -1.
 * translated: only '\n'; universal: '\r', '\n' or '\r\n'; otherwise `readnl`.
 * On -1, `consumed` tells how much may be put aside (CPython: _PyIO_find_line_ending).
 */
export function findLineEnding(s: string, start: number, end: number, translated: boolean, universal: boolean, readnl: string | null, out: { consumed: number }): number {
  if (translated) {
    const p = s.indexOf('\n', start);
    if (p >= 0 && p < end) return p + 1;
    out.consumed = end;
    return -1;
  }
  if (universal) {
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return i + 1 < end && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    out.consumed = end;
    return -1;
  }
  const nl = readnl!;
  if (nl.length === 1) {
    const p = s.indexOf(nl, start);
    if (p >= 0 && p < end) return p + 1;
    out.consumed = end;
    return -1;
  }
  const e = Math.max(start, end - (nl.length - 1));
  let i = start;
  while (i < e) {
    const p = s.indexOf(nl[0], i);
    if (p < 0 || p >= e) break;
    if (s.startsWith(nl, p) && p + nl.length <= end) return p + nl.length;
    i = p + 1;
  }
  const p = s.indexOf(nl[0], e);
  out.consumed = p >= 0 && p < end ? p : end;
  return -1;
}

// ---- the Python type ----

export class PyNewlineDecoder extends PyIOBase {
  decoder: V = None;
  errors: V | null = null;
  core = new NewlineTranslator(false);
}

function S(s: V): PyNewlineDecoder {
  const d = s as PyNewlineDecoder;
  if (d.errors === null) throw E.valueError('IncrementalNewlineDecoder.__init__() not called');
  return d;
}

function nlInit(s: V, decoder: V, translate: V, errors: V): void {
  const d = s as PyNewlineDecoder;
  d.errors = errors === undefined ? 'strict' : errors;
  d.decoder = decoder;
  d.core = new NewlineTranslator(PyObject_IsTrue(translate));
}

/** decode(input, final=False).  CPython: _PyIncrementalNewlineDecoder_decode */
export function nlDecode(s: V, input: V, final: V): V {
  const d = S(s);
  const fin = final !== undefined && PyObject_IsTrue(final);
  let output: V = input;
  if (d.decoder !== None) output = PyObject_CallMethod(d.decoder, 'decode', [input, fin]);
  if (!isStrValue(output)) throw E.typeError(`decoder should return a string result, not '${typeOf(output).tp_name}'`);
  return d.core.process(strValue(output), fin);
}

function nlGetstate(s: V): V {
  const d = S(s);
  let buffer: V = new PyBytes(new Uint8Array(0));
  let flag: bigint = 0n;
  if (d.decoder !== None) {
    const [b, f] = checkDecoderState(PyObject_CallMethod(d.decoder, 'getstate', []));
    buffer = new PyBytes(b);
    flag = BigInt(PyNumber_Index(f));
  }
  flag <<= 1n;
  if (d.core.pendingcr) flag |= 1n;
  return new PyTuple([buffer, flag <= 9007199254740991n ? Number(flag) : flag]);
}

function nlSetstate(s: V, state: V): V {
  const d = S(s);
  if (!(state instanceof PyTuple)) throw E.typeError('state argument must be a tuple');
  if (state.items.length !== 2 || !isIntValue(state.items[1])) throw E.typeError('setstate(): illegal state argument');
  const flag = BigInt(PyNumber_Index(state.items[1]));
  d.core.pendingcr = (flag & 1n) === 1n;
  if (d.decoder !== None) {
    const f = flag >> 1n;
    PyObject_CallMethod(d.decoder, 'setstate', [new PyTuple([state.items[0], f <= 9007199254740991n ? Number(f) : f])]);
  }
  return None;
}

function nlReset(s: V): V {
  const d = S(s);
  d.core.seennl = 0;
  d.core.pendingcr = false;
  if (d.decoder !== None) return PyObject_CallMethod(d.decoder, 'reset', []);
  return None;
}

function nlNew(type: PyType): PyNewlineDecoder {
  return type === IncrementalNewlineDecoderType ? new PyNewlineDecoder() : newHeapInstance(PyNewlineDecoder, type);
}

export const IncrementalNewlineDecoderType = defineBuiltinType({
  name: '_io.IncrementalNewlineDecoder',
  doc: 'Wraps an incremental decoder for universal newlines: translates \\r\\n and \\r into \\n (with translate=True) and records the newlines seen.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyNewlineDecoder,
  alloc: nlNew,
  slots: { tp_init: initWith("($self, /, decoder, translate, errors='strict')", nlInit) },
  methods: {
    decode: { sig: '($self, /, input, final=False)', impl: nlDecode },
    getstate: { sig: '($self, /)', impl: nlGetstate },
    setstate: { sig: '($self, state, /)', impl: nlSetstate },
    reset: { sig: '($self, /)', impl: nlReset },
  },
  getset: {
    newlines: { get: (s: V) => newlinesValue(S(s).core.seennl) },
  },
});

/** The decoder a text stream uses: the codec's, with newline translation when reading universally. */
export class StreamDecoder {
  constructor(
    readonly inner: IncDecoder,
    readonly nl: NewlineTranslator | null,
  ) {}

  decode(data: Uint8Array, final: boolean): string {
    const s = this.inner.decode(data, final);
    return this.nl === null ? s : this.nl.process(s, final);
  }

  getstate(): [Uint8Array, PyValue] {
    const [b, f] = this.inner.getstate();
    if (this.nl === null) return [b, f];
    let flag = BigInt(PyNumber_Index(f)) << 1n;
    if (this.nl.pendingcr) flag |= 1n;
    return [b, flag <= 9007199254740991n ? Number(flag) : flag];
  }

  setstate(b: Uint8Array, flags: PyValue): void {
    if (this.nl === null) {
      this.inner.setstate(b, flags);
      return;
    }
    const flag = BigInt(PyNumber_Index(flags));
    this.nl.pendingcr = (flag & 1n) === 1n;
    const f = flag >> 1n;
    this.inner.setstate(b, f <= 9007199254740991n ? Number(f) : f);
  }

  reset(): void {
    if (this.nl !== null) {
      this.nl.seennl = 0;
      this.nl.pendingcr = false;
    }
    this.inner.reset();
  }
}
