// The str type: the type object and its core slots.  CPython: Objects/unicodeobject.c
// A str is a JS string (see codepoints.ts for code-point indexing); str subclass instances are
// PyStrBox objects. The methods are in methods.ts, str.format and __format__ in format.ts,
// %-formatting in percent.ts; encoding and decoding go through ../codecs/.
import { NotImplemented, PyObject, type PyValue, type PyIntValue } from '../object.ts';
import { PyType, TPFLAGS, CompareOp, PRIMITIVE_TYPES, typeOf } from '../type.ts';
import { defineBuiltinType } from '../builtin-type.ts';
import { newHeapInstance } from '../heap.ts';
import { PyStrBox, isStrValue, strValue } from '../boxes.ts';
import { strHashParts, hashHi, hashToInt } from '../hash.ts';
import { unicodeRepr } from './repr.ts';
import { cpLength, cpCompare, codePointsOrNull, findUnits, hasSurrogates, isPairAt, unitOffset } from './codepoints.ts';
import { PySlice, sliceIndices } from '../slice.ts';
import { PyNumber_AsSsize_t, PyObject_Str } from '../abstract.ts';
import { PyObject_StrObject, PyObject_ReprObject, PyObject_ASCIIObject } from '../slotdefs.ts';
import { argTypeName, longAsSsize, MAX_LENGTH } from './args.ts';
import { typeError, indexError, memoryError, valueError, overflowError } from '../exceptions.ts';
import { parseSignature, bindArguments, type Signature } from '../getargs.ts';
import { PyDict } from '../dict.ts';
import { PyBytes } from '../bytes.ts';
import { simpleBufferOrNull } from '../bytes/buffer.ts';
import { encodeText, decodeText } from '../codecs/registry.ts';
import { STR_METHODS } from './methods.ts';
import { strFormat, strFormatMap, strDunderFormat } from './format.ts';
import { strPercentFormat } from './percent.ts';
import { builtinIter } from '../iterobject.ts';
import { PyTuple } from '../tuple.ts';

function S(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStrBox).value;
}

function strRepr(self: PyValue): string {
  return unicodeRepr(S(self));
}

function strStr(self: PyValue): string {
  return S(self);
}

function strHash(self: PyValue): PyIntValue {
  const lo = strHashParts(S(self));
  return hashToInt(lo, hashHi);
}

function strRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!isStrValue(b)) return NotImplemented;
  const x = S(a);
  const y = strValue(b);
  switch (op) {
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
  }
  const c = cpCompare(x, y);
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

function strLength(self: PyValue): number {
  return cpLength(S(self));
}

function strItem(self: PyValue, i: number): PyValue {
  const s = S(self);
  const cps = codePointsOrNull(s);
  if (cps === null) {
    if (i < 0 || i >= s.length) throw indexError('string index out of range');
    return s[i];
  }
  if (i < 0 || i >= cps.length) throw indexError('string index out of range');
  return cps[i];
}

function strSubscript(self: PyValue, key: PyValue): PyValue {
  const s = S(self);
  if (typeof key === 'number') {
    // The common case: one scan (or cache lookup) for surrogates, then a unit or code-point index.
    const cps = codePointsOrNull(s);
    const len = cps === null ? s.length : cps.length;
    const i = key < 0 ? key + len : key;
    if (i < 0 || i >= len) throw indexError('string index out of range');
    return cps === null ? s[i] : cps[i];
  }
  if (key instanceof PySlice) {
    const cps = codePointsOrNull(s);
    const [start, , step, count] = sliceIndices(key, cps === null ? s.length : cps.length);
    if (step === 1) return cps === null ? s.slice(start, start + count) : cps.slice(start, start + count).join('');
    let out = '';
    for (let k = 0, j = start; k < count; k++, j += step) out += cps === null ? s[j] : cps[j];
    return out;
  }
  const t = typeOf(key);
  if (typeof key !== 'bigint' && typeof key !== 'boolean' && t.nb_index === null) {
    throw typeError(`string indices must be integers, not '${t.tp_name}'`);
  }
  let i = PyNumber_AsSsize_t(key, true);
  if (i < 0) i += cpLength(s);
  return strItem(self, i);
}

function strConcat(a: PyValue, b: PyValue): PyValue {
  if (!isStrValue(b)) throw typeError(`can only concatenate str (not "${typeOf(b).tp_name}") to str`);
  return S(a) + strValue(b);
}

function strRepeat(self: PyValue, n: number): PyValue {
  const s = S(self);
  if (n <= 0 || s.length === 0) return '';
  if (n === 1 && typeof self === 'string') return s;
  // len * n > PY_SSIZE_T_MAX: n came from a Py_ssize_t, which as a JS number may have been rounded up
  // to 2**63, so one character repeated any number of times never overflows (it is a MemoryError).
  const len = cpLength(s);
  if (len > 1 && len * n >= 2 ** 63) throw overflowError('repeated string is too long');
  if (s.length * n > MAX_LENGTH) throw memoryError();
  return s.repeat(n);
}

function strContains(self: PyValue, v: PyValue): boolean {
  if (!isStrValue(v)) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(v).tp_name}`);
  const s = S(self);
  const sub = strValue(v);
  return findUnits(s, sub, 0, s.length) >= 0;
}

// ---- iteration: lazy, by code point (no array of characters is built) ----

export class PyStrIter extends PyObject {
  /** The next unit offset, and the number of code points returned so far. */
  index = 0;
  count = 0;
  constructor(
    public s: string | null,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
  override ob_type: PyType;
}

function strIter(self: PyValue): PyValue {
  const s = S(self);
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  return new PyStrIter(s, ascii ? StrAsciiIterType : StrIterType);
}

function strIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyStrIter;
  const s = it.s;
  if (s === null) return undefined;
  const i = it.index;
  if (i >= s.length) {
    it.s = null;
    return undefined;
  }
  const c = s.charCodeAt(i);
  it.count++;
  if (c >= 0xd800 && c < 0xdc00 && isPairAt(s, i)) {
    it.index = i + 2;
    return s.slice(i, i + 2);
  }
  it.index = i + 1;
  return s[i];
}

function strIterLengthHint(it: PyStrIter): number {
  if (it.s === null) return 0;
  return hasSurrogates(it.s) ? cpLength(it.s) - it.count : it.s.length - it.index;
}

function strIterReduce(it: PyStrIter): PyTuple {
  // builtins.iter first: finding it may run Python code that exhausts the iterator.
  const iter = builtinIter();
  if (it.s === null) return new PyTuple([iter, new PyTuple([''])]);
  return new PyTuple([iter, new PyTuple([it.s]), it.count]);
}

function strIterSetstate(it: PyStrIter, state: PyValue): void {
  let n = longAsSsize(state);
  if (it.s === null) return;
  const len = cpLength(it.s);
  if (n < 0) n = 0;
  else if (n > len) n = len;
  it.count = n;
  it.index = hasSurrogates(it.s) ? unitOffset(it.s, n) : n;
}

function strIterType(name: string): PyType {
  return defineBuiltinType({
    name,
    slots: { tp_iter: (s: PyValue) => s, tp_iternext: strIterNext },
    methods: {
      __length_hint__: { sig: '($self, /)', impl: strIterLengthHint, doc: 'An estimate of the number of characters left.' },
      __reduce__: { sig: '($self, /)', impl: strIterReduce, doc: 'Pickling support.' },
      __setstate__: { sig: '($self, object, /)', impl: strIterSetstate, doc: 'Pickling support: the position.' },
    },
  });
}

export const StrAsciiIterType = strIterType('str_ascii_iterator');
export const StrIterType = strIterType('str_iterator');

/** str(object='', encoding='utf-8', errors='strict').  CPython: unicode_new_impl */
/** str()'s signature for calls other than str(x), parsed on first use. */
let strNewSig: Signature | null = null;
const STR_NEW_NAMES = { short: 'str', funcStr: 'str()' };

/** str(x).  CPython: unicode_vectorcall */
function strVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  return count === 1 ? PyObject_StrObject(args[start]!) : undefined;
}

function strNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  let v: string;
  if (args.length === 1 && kwnames === null) {
    // str(x) is whatever x.__str__ returns, a str subclass instance included.
    if (type === StrType) return PyObject_StrObject(args[0]);
    v = PyObject_Str(args[0]);
  } else {
    const nargs = args.length - (kwnames?.length ?? 0);
    if (nargs > 3) throw typeError(`str expected at most 3 arguments, got ${nargs}`);
    strNewSig ??= parseSignature('(object=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)');
    const [x, enc, err] = bindArguments(strNewSig, STR_NEW_NAMES, args, kwnames) as (PyValue | undefined)[];
    const encoding = enc === undefined ? null : strArgument(enc, 'encoding');
    const errors = err === undefined ? null : strArgument(err, 'errors');
    if (x === undefined) v = '';
    else if (encoding === null && errors === null) v = PyObject_Str(x);
    else v = decodeObject(x, encoding, errors);
  }
  if (type === StrType) return v;
  return newHeapInstance(PyStrBox, type, v);
}

function strArgument(v: PyValue, name: string): string {
  if (!isStrValue(v)) throw typeError(`str() argument '${name}' must be str, not ${argTypeName(v)}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** str(obj, encoding, errors): obj must be bytes-like.  CPython: PyUnicode_FromEncodedObject */
function decodeObject(x: PyValue, encoding: string | null, errors: string | null): string {
  if (isStrValue(x)) throw typeError('decoding str is not supported');
  const data = simpleBufferOrNull(x);
  if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(x).tp_name} found`);
  return decodeText(data, encoding, errors);
}

function strEncode(self: PyValue, encoding: PyValue, errors: PyValue): PyBytes {
  const enc = encoding === undefined ? null : methodStrArg(encoding, 'encoding');
  const err = errors === undefined ? null : methodStrArg(errors, 'errors');
  return new PyBytes(encodeText(S(self), enc, err));
}

function methodStrArg(v: PyValue, name: string): string {
  if (!isStrValue(v)) throw typeError(`encode() argument '${name}' must be str, not ${argTypeName(v)}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

function strRemainder(a: PyValue, b: PyValue): PyValue {
  if (!isStrValue(a)) return NotImplemented;
  const f = S(a);
  // '%s', '%r' or '%a' alone: CPython's writer hands back the conversion's object itself, so a str
  // subclass that __str__/__repr__ returned comes through.  CPython: PyUnicode_Format + _PyUnicodeWriter
  if (f.length === 2 && f[0] === '%' && (f[1] === 's' || f[1] === 'r' || f[1] === 'a')) {
    const v = b instanceof PyTuple ? (b.items.length === 1 ? b.items[0] : undefined) : b;
    if (v !== undefined) return f[1] === 's' ? PyObject_StrObject(v) : f[1] === 'r' ? PyObject_ReprObject(v) : PyObject_ASCIIObject(v);
  }
  const r = strPercentFormat(f, b);
  // Without conversions the format comes back as the very object (see format.ts).
  return r === S(a) && !r.includes('%') ? a : r;
}

function strFormatMethod(self: PyValue, args: PyValue[], kwargs: PyDict | null): PyValue {
  return strFormat(self, args, kwargs);
}

export const StrType = defineBuiltinType({
  name: 'str',
  doc: 'An immutable sequence of Unicode code points.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.UNICODE_SUBCLASS | TPFLAGS.MATCH_SELF,
  slots: { tp_repr: strRepr, tp_str: strStr, tp_hash: strHash, tp_richcompare: strRichcompare, tp_iter: strIter, tp_new: strNew },
  number: { nb_remainder: strRemainder },
  sequence: { sq_length: strLength, sq_item: strItem, sq_concat: strConcat, sq_repeat: strRepeat, sq_contains: strContains },
  mapping: { mp_length: strLength, mp_subscript: strSubscript },
  // A getter: methods.ts may be evaluated after this module.
  get methods() {
    return {
      ...STR_METHODS,
      encode: { sig: "($self, /, encoding='utf-8', errors='strict')", impl: strEncode, doc: 'The string encoded to bytes with the given encoding.' },
      format: { sig: '($self, /, *args, **kwargs)', impl: strFormatMethod, doc: 'The string with its replacement fields filled from the arguments.' },
      format_map: { sig: '($self, mapping, /)', impl: strFormatMap, doc: 'The string with its replacement fields filled from a mapping.' },
      __format__: { sig: '($self, format_spec, /)', impl: strDunderFormat, doc: 'The string formatted by a format specification.' },
    };
  },
});
StrType.tp_vectorcall = strVectorcall;

PRIMITIVE_TYPES.str = StrType;
