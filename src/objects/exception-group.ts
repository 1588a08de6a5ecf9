// Exception groups: split for except*, and re-raising what the except* clauses left.
// CPython: Objects/exceptions.c (exceptiongroup_split_recursive), Python/ceval.c _PyExc_PrepReraiseStar
// TODO(#4): the full BaseExceptionGroup type (derive, split, subgroup, __str__); this file holds
// the matching logic the VM needs.
import { None, type PyValue } from './object.ts';
import { PyTuple } from './tuple.ts';
import { PyType, typeOf } from './type.ts';
import { exceptionMatches, newException, PyExc_BaseExceptionGroup, PyExc_ExceptionGroup, PyBaseExceptionGroup, PyExc_Exception } from './exceptions.ts';
import { notImplementedError } from './exceptions.ts';

function matches(exc: PyValue, matchType: PyValue): boolean {
  if (matchType instanceof PyTuple) return matchType.items.some((t) => exceptionMatches(exc, t as PyType));
  return exceptionMatches(exc, matchType as PyType);
}

/**
 * Splits `exc` by `matchType` into [match, rest] (None where empty). A bare exception that matches is
 * wrapped in an ExceptionGroup, as except* does.  CPython: _PyEval_ExceptionGroupMatch
 */
export function exceptionGroupSplit(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  if (exc === None) return [None, None];
  if (!(exc instanceof PyBaseExceptionGroup)) {
    if (!matches(exc, matchType)) return [None, exc];
    const isExc = exceptionMatches(exc, PyExc_Exception);
    const group = newException(isExc ? PyExc_ExceptionGroup : PyExc_BaseExceptionGroup, ['', new PyTuple([exc])]) as PyBaseExceptionGroup;
    group.msg = '';
    group.excs = new PyTuple([exc]);
    return [group, None];
  }
  void typeOf;
  throw notImplementedError('TODO(#4): except* on exception groups (split)');
}

/** CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR: what to re-raise after the except* clauses. */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const raised = (excs as unknown as { items: PyValue[] }).items.filter((e) => e !== None);
  if (raised.length === 0) return None;
  if (raised.length === 1 && raised[0] === orig) return orig;
  void orig;
  throw notImplementedError('TODO(#4): except* re-raise of several exceptions');
}
