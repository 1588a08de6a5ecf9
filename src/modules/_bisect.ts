// The _bisect module: binary search in sorted sequences.  CPython: Modules/_bisectmodule.c
//
// As in CPython, items are fetched with the sequence's sq_item (no negative-index adjustment), an item
// of the same type as x is compared through its type's tp_richcompare directly (falling back to the full
// comparison once it answers NotImplemented), and insort inserts into an exact list directly but calls
// a.insert(i, x) on anything else.
import { None, NotImplemented, type PyValue } from '../objects/object.ts';
import { CompareOp, typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList, ListType } from '../objects/list.ts';
import {
  PyObject_RichCompareBool,
  PyObject_IsTrue,
  PyObject_CallOneArg,
  PyObject_CallMethod,
  PyNumber_Index,
  PyObject_GetItem,
} from '../objects/abstract.ts';
import { typeError, valueError, overflowError } from '../objects/exceptions.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../objects/recursion.ts';
import { withDocs, moduleDoc } from './docs.ts';

/** A Py_ssize_t argument, exact: a JS number when it is a safe integer, else a bigint. */
function ssizeExact(i: number | bigint): number | bigint {
  if (typeof i === 'number') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
  return i >= -(2n ** 53n) && i <= 2n ** 53n ? Number(i) : i;
}

/** lo: clinic's Py_ssize_t converter. */
function loArg(v: PyValue): number | bigint {
  return v === undefined ? 0 : ssizeExact(PyNumber_Index(v) as number | bigint);
}

/** hi: a Py_ssize_t or None (-1).  CPython: _Py_convert_optional_to_ssize_t */
function hiArg(v: PyValue): number | bigint {
  if (v === undefined || v === None) return -1;
  const t = typeOf(v);
  if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || t.nb_index !== null)) {
    throw typeError(`argument should be integer or None, not '${t.tp_name}'`);
  }
  return ssizeExact(PyNumber_Index(v) as number | bigint);
}

/** CPython: PySequence_Size */
function sequenceSize(s: PyValue): number {
  const t = typeOf(s);
  if (t.sq_length !== null) return t.sq_length(s);
  if (t.mp_length !== null) throw typeError(`${t.tp_name} is not a sequence`);
  throw typeError(`object of type '${t.tp_name}' has no len()`);
}

/** The sequence's sq_item, or the error PySequence_GetItem would raise.  CPython: get_sq_item */
function sqItemOf(s: PyValue): (s: PyValue, i: number) => PyValue {
  const t = typeOf(s);
  if (t.sq_item !== null) return t.sq_item;
  if (t.mp_subscript !== null) throw typeError(`${t.tp_name} is not a sequence`);
  throw typeError(`'${t.tp_name}' object does not support indexing`);
}

/** Index of the insertion point: after equal items when `right`, before them otherwise.
 *  CPython: internal_bisect_right, internal_bisect_left */
function internalBisect(list: PyValue, item: PyValue, loArg: number | bigint, hiArg: number | bigint, key: PyValue, right: boolean): number | bigint {
  if (loArg < 0) throw valueError('lo must be non-negative');
  if (hiArg === -1) {
    hiArg = sequenceSize(list);
    // Past 2**53 the length a JS number holds is rounded: ask __len__ for the exact one.
    if (hiArg > Number.MAX_SAFE_INTEGER) hiArg = ssizeExact(PyNumber_Index(PyObject_CallMethod(list, '__len__', [])) as number | bigint);
  }
  const sqItem = sqItemOf(list);
  if (typeof loArg === 'bigint' || typeof hiArg === 'bigint') return bisectExact(list, item, BigInt(loArg), BigInt(hiArg), key, right);
  let lo = loArg;
  let hi = hiArg;
  enterRecursiveCall(right ? ' in _bisect.bisect_right' : ' in _bisect.bisect_left');
  try {
    const tp = typeOf(item);
    let compare = tp.tp_richcompare;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      let litem = sqItem(list, mid);
      if (key !== None) litem = PyObject_CallOneArg(key, litem);
      // right: item < litem → hi = mid;  left: litem < item → lo = mid + 1
      const [a, b] = right ? [item, litem] : [litem, item];
      let res: boolean;
      if (compare !== null && typeOf(litem) === tp) {
        const r = compare(a, b, CompareOp.LT);
        if (r === NotImplemented) {
          compare = null;
          res = PyObject_RichCompareBool(a, b, CompareOp.LT);
        } else {
          res = r === true ? true : r === false ? false : PyObject_IsTrue(r);
        }
      } else {
        res = PyObject_RichCompareBool(a, b, CompareOp.LT);
      }
      if (res === right) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  } finally {
    leaveRecursiveCall();
  }
}

/** internalBisect for indices past 2**53 (a range or sequence of more than 2**53 items): exact, by PyObject_GetItem. */
function bisectExact(list: PyValue, item: PyValue, lo: bigint, hi: bigint, key: PyValue, right: boolean): number | bigint {
  enterRecursiveCall(right ? ' in _bisect.bisect_right' : ' in _bisect.bisect_left');
  try {
    while (lo < hi) {
      const mid = (lo + hi) / 2n;
      let litem = PyObject_GetItem(list, ssizeExact(mid));
      if (key !== None) litem = PyObject_CallOneArg(key, litem);
      const res = right ? PyObject_RichCompareBool(item, litem, CompareOp.LT) : PyObject_RichCompareBool(litem, item, CompareOp.LT);
      if (res === right) hi = mid;
      else lo = mid + 1n;
    }
    return ssizeExact(lo);
  } finally {
    leaveRecursiveCall();
  }
}

function bisectImpl(right: boolean) {
  return (_m: PyValue, a: PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue = None): PyValue =>
    internalBisect(a, x, loArg(lo), hiArg(hi), key ?? None, right);
}

function insortImpl(right: boolean) {
  return (_m: PyValue, a: PyValue, x: PyValue, loObj: PyValue, hiObj: PyValue, key: PyValue = None): PyValue => {
    const lo = loArg(loObj);
    const hi = hiArg(hiObj);
    key ??= None;
    const index = internalBisect(a, key === None ? x : PyObject_CallOneArg(key, x), lo, hi, key, right);
    if (a instanceof PyList && typeOf(a) === ListType) {
      const items = a.items;
      items.splice(Math.min(Number(index), items.length), 0, x);
    } else {
      PyObject_CallMethod(a, 'insert', [index, x]);
    }
    return None;
  };
}

const SIG = '($module, /, a, x, lo=0, hi=None, *, key=None)';

// The module's __doc__ and its functions' come from CPython (docs.generated.ts); these are for readers.
export const bisectModule = defineModule({
  name: '_bisect',
  doc: moduleDoc('_bisect'),
  functions: withDocs('_bisect', {
    bisect_right: { sig: SIG, impl: bisectImpl(true), doc: 'The insertion index of x in sorted a, after any equal items.' },
    insort_right: { sig: SIG, impl: insortImpl(true), doc: 'Inserts x into sorted a, after any equal items.' },
    bisect_left: { sig: SIG, impl: bisectImpl(false), doc: 'The insertion index of x in sorted a, before any equal items.' },
    insort_left: { sig: SIG, impl: insortImpl(false), doc: 'Inserts x into sorted a, before any equal items.' },
  }),
});
