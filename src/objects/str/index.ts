// The str type: the type object and its core slots.  CPython: Objects/unicodeobject.c
// A str is a JS string (see codepoints.ts for code-point indexing); str subclass instances are
// PyStrBox objects. TODO(#4): the methods (str/methods.ts), %-formatting and format().
import { NotImplemented, type PyValue, type PyIntValue } from '../object.ts';
import { PyType, TPFLAGS, CompareOp, PRIMITIVE_TYPES, typeOf } from '../type.ts';
import { defineBuiltinType } from '../builtin-type.ts';
import { newHeapInstance } from '../heap.ts';
import { PyStrBox, isStrValue, strValue } from '../boxes.ts';
import { strHashParts, hashHi, hashToInt } from '../hash.ts';
import { unicodeRepr } from './repr.ts';
import { cpLength, cpAt, cpSlice, cpCompare, codePointsOrNull } from './codepoints.ts';
import { PySlice, sliceIndices } from '../slice.ts';
import { PyNumber_AsSsize_t, PyObject_Str } from '../abstract.ts';
import { typeError, indexError, memoryError } from '../exceptions.ts';
import { SeqIter, STR_ASCII_ITER, STR_ITER } from '../iterobject.ts';

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
  if (i < 0 || i >= cpLength(s)) throw indexError('string index out of range');
  return cpAt(s, i);
}

function strSubscript(self: PyValue, key: PyValue): PyValue {
  const s = S(self);
  if (key instanceof PySlice) {
    const len = cpLength(s);
    const [start, , step, count] = sliceIndices(key, len);
    if (step === 1) return cpSlice(s, start, start + count);
    const cps = codePointsOrNull(s);
    let out = '';
    for (let k = 0, j = start; k < count; k++, j += step) out += cps === null ? s[j] : cps[j];
    return out;
  }
  const t = typeOf(key);
  if (typeof key !== 'number' && typeof key !== 'bigint' && typeof key !== 'boolean' && t.nb_index === null) {
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
  if (s.length * n > 2 ** 29) throw memoryError();
  return s.repeat(n);
}

function strContains(self: PyValue, v: PyValue): boolean {
  if (!isStrValue(v)) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(v).tp_name}`);
  return S(self).includes(strValue(v));
}

function strIter(self: PyValue): PyValue {
  const s = S(self);
  const cps = codePointsOrNull(s);
  let ascii = cps === null;
  if (ascii) for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) ascii = false;
  return new SeqIter(cps ?? Array.from(s), ascii ? STR_ASCII_ITER : STR_ITER);
}

function strNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 3) throw typeError(`str() takes at most 3 arguments (${nargs} given)`);
  let v: string;
  if (nargs + nkw === 0) v = '';
  else if (nargs === 1 && nkw === 0) v = PyObject_Str(args[0]);
  else v = STR_DECODE.f(args, kwnames);
  if (type === StrType) return v;
  return newHeapInstance(PyStrBox, type, v);
}

/** Filled by the codecs: str(bytes, encoding, errors). */
export const STR_DECODE: { f: (args: readonly PyValue[], kwnames: readonly string[] | null) => string } = {
  f: () => {
    throw typeError('decoding str is not supported yet');
  },
};

export const StrType = defineBuiltinType({
  name: 'str',
  doc: 'An immutable sequence of Unicode code points.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.UNICODE_SUBCLASS | TPFLAGS.MATCH_SELF,
  slots: { tp_repr: strRepr, tp_str: strStr, tp_hash: strHash, tp_richcompare: strRichcompare, tp_iter: strIter, tp_new: strNew },
  sequence: { sq_length: strLength, sq_item: strItem, sq_concat: strConcat, sq_repeat: strRepeat, sq_contains: strContains },
  mapping: { mp_length: strLength, mp_subscript: strSubscript },
});

PRIMITIVE_TYPES.str = StrType;
