// BaseExceptionGroup and ExceptionGroup: construction and its nesting rules, message/exceptions,
// derive, split, subgroup, and what the VM needs for except*: splitting the handled exception by
// a clause's types, and working out what to re-raise after the clauses ran.
// CPython: Objects/exceptions.c (BaseExceptionGroup_*, exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar), Python/ceval.c _PyEval_ExceptionGroupMatch
// The types are declared in exceptions.ts, which takes its slots from here (function declarations,
// hoisted, so they may be used before this module is evaluated).
import { None, type PyValue } from './object.ts';
import { PyTuple } from './tuple.ts';
import { PyList } from './list.ts';
import { PyDict } from './dict.ts';
import { PyType, typeOf, TPFLAGS } from './type.ts';
import { isStrValue } from './boxes.ts';
import {
  PyObject_Repr,
  PyObject_Str,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_IsTrue,
  PyObject_IsSubclass,
  PyObject_LookupAttr,
  PyObject_SetAttr,
  iterableToArray,
} from './abstract.ts';
import type { GetSetSpec, MethodSpec } from './builtin-type.ts';
import {
  PyBaseException,
  PyBaseExceptionGroup,
  PyExc_BaseExceptionGroup,
  PyExc_ExceptionGroup,
  PyExc_Exception,
  baseExceptionNew,
  baseExceptionInit,
  exceptionMatches,
  typeError,
  valueError,
  attributeError,
} from './exceptions.ts';
import { PyTraceback } from './traceback.ts';
import { tstate } from '../vm/thread-state.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './recursion.ts';

type V = PyValue;

function isGroup(v: V): v is PyBaseExceptionGroup {
  return v instanceof PyBaseExceptionGroup;
}

function isExceptionClass(v: V): v is PyType {
  return v instanceof PyType && (v.tp_flags & TPFLAGS.BASE_EXC_SUBCLASS) !== 0;
}

/** PySequence_Check: indexable, and not a dict. */
function isSequence(v: V): boolean {
  if (v instanceof PyDict) return false;
  return typeOf(v).sq_item !== null;
}

// ---- construction

/**
 * BaseExceptionGroup(message, exceptions): the exceptions must be a non-empty sequence of
 * exceptions; BaseExceptionGroup of Exceptions only becomes an ExceptionGroup, and an
 * ExceptionGroup (or a user subclass of Exception) may not hold BaseExceptions.
 * CPython: BaseExceptionGroup_new
 */
export function baseExceptionGroupNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const pos = args.length - (kwnames?.length ?? 0);
  if (pos !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos} given)`);
  const [message, exceptions] = args;
  if (!isStrValue(message)) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).tp_name}`);
  if (!isSequence(exceptions)) throw typeError('second argument (exceptions) must be a sequence');
  const excs = iterableToArray(exceptions);
  if (excs.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  for (let i = 0; i < excs.length; i++) {
    const e = excs[i];
    if (!(e instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!exceptionMatches(e, PyExc_Exception)) nestedBase = true;
  }
  let cls = type;
  if (cls === PyExc_ExceptionGroup) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === PyExc_BaseExceptionGroup) {
    if (!nestedBase) cls = PyExc_ExceptionGroup;
  } else if (nestedBase && PyObject_IsSubclass(cls, PyExc_Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.tp_name}'`);
  }
  const self = baseExceptionNew(cls, args, kwnames) as PyBaseExceptionGroup;
  self.msg = message;
  self.excs = new PyTuple(excs);
  return self;
}

export function baseExceptionGroupInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  baseExceptionInit(self, args, kwnames);
}

/** "message (N sub-exceptions)" */
export function baseExceptionGroupStr(self: V): string {
  const g = self as PyBaseExceptionGroup;
  const n = g.excs.items.length;
  return `${PyObject_Str(g.msg)} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

/** A group with this group's message around `excs` (the base of what split() builds).  CPython: derive */
function derive(self: PyBaseExceptionGroup, excs: V): V {
  return PyObject_Call(PyExc_BaseExceptionGroup, [self.msg, excs]);
}

// ---- split and subgroup

type Matcher = { kind: 'type'; value: V } | { kind: 'predicate'; value: V } | { kind: 'ids'; value: Set<V> };

function matcherOf(value: V): Matcher {
  if (typeOf(value).tp_call !== null && !(value instanceof PyType)) return { kind: 'predicate', value };
  if (isExceptionClass(value)) return { kind: 'type', value };
  if (value instanceof PyTuple && typeOf(value) === typeOf(new PyTuple([]))) {
    if (value.items.every(isExceptionClass)) return { kind: 'type', value };
  }
  throw typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

function givenExceptionMatches(exc: V, types: V): boolean {
  if (types instanceof PyTuple) return types.items.some((t) => givenExceptionMatches(exc, t));
  return isExceptionClass(types) && exceptionMatches(exc, types);
}

function checkMatch(exc: V, m: Matcher): boolean {
  switch (m.kind) {
    case 'type':
      return givenExceptionMatches(exc, m.value);
    case 'predicate':
      return PyObject_IsTrue(PyObject_Call(m.value, [exc]));
    case 'ids':
      return !isGroup(exc) && m.value.has(exc);
  }
}

/**
 * A group like `orig` (its type through derive(), its traceback, cause, context and a copy of its
 * notes) holding `excs`, or null when there are none.  CPython: exceptiongroup_subset
 */
function subset(orig: PyBaseExceptionGroup, excs: V[]): V | null {
  if (excs.length === 0) return null;
  const eg = PyObject_CallMethod(orig, 'derive', [new PyList(excs)]);
  if (!isGroup(eg)) throw typeError('derive must return an instance of BaseExceptionGroup');
  if (orig.traceback !== None) eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = PyObject_LookupAttr(orig, '__notes__');
  // Notes that are not a sequence are left behind: split() is no place to report them.
  if (notes !== undefined && isSequence(notes)) PyObject_SetAttr(eg, '__notes__', new PyList(iterableToArray(notes)));
  return eg;
}

/** CPython: exceptiongroup_split_recursive */
function splitRecursive(exc: V, m: Matcher, constructRest: boolean): { match: V | null; rest: V | null } {
  if (checkMatch(exc, m)) return { match: exc, rest: null };
  if (!isGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matches: V[] = [];
  const rests: V[] = [];
  for (const e of exc.excs.items) {
    enterRecursiveCall(' in exceptiongroup_split_recursive');
    let r: { match: V | null; rest: V | null };
    try {
      r = splitRecursive(e, m, constructRest);
    } finally {
      leaveRecursiveCall();
    }
    if (r.match !== null) matches.push(r.match);
    if (r.rest !== null) rests.push(r.rest);
  }
  const match = subset(exc, matches);
  const rest = constructRest ? subset(exc, rests) : null;
  return { match, rest };
}

function split(self: PyBaseExceptionGroup, matcherValue: V): V {
  const { match, rest } = splitRecursive(self, matcherOf(matcherValue), true);
  return new PyTuple([match ?? None, rest ?? None]);
}

function subgroup(self: PyBaseExceptionGroup, matcherValue: V): V {
  return splitRecursive(self, matcherOf(matcherValue), false).match ?? None;
}

export function exceptionGroupMethods(): Record<string, MethodSpec> {
  return {
    derive: { sig: '($self, excs, /)', impl: derive },
    split: { sig: '($self, matcher_value, /)', impl: split },
    subgroup: { sig: '($self, matcher_value, /)', impl: subgroup },
  };
}

/** A read-only member's setter.  CPython: PyMember_SetOne with Py_READONLY */
export function exceptionGroupGetset(): Record<string, GetSetSpec> {
  return {
    message: { get: (g: PyBaseExceptionGroup) => g.msg, doc: 'exception message' },
    exceptions: { get: (g: PyBaseExceptionGroup) => g.excs, doc: 'nested exceptions' },
  };
}

// ---- except*

/**
 * CHECK_EG_MATCH: splits the handled exception `exc` by a clause's `matchType` into [match, rest]
 * (None where empty). An exception that is not a group and matches is wrapped in a new group whose
 * traceback is the current frame.  CPython: _PyEval_ExceptionGroupMatch
 */
export function exceptionGroupSplit(exc: V, matchType: V): [V, V] {
  if (exc === None) return [None, None];
  if (givenExceptionMatches(exc, matchType)) {
    if (isGroup(exc)) return [exc, None];
    const wrapped = PyObject_Call(PyExc_BaseExceptionGroup, ['', new PyTuple([exc])]) as PyBaseException;
    const frame = tstate.frame;
    if (frame !== null) wrapped.traceback = new PyTraceback(null, frame, frame.lasti);
    return [wrapped, None];
  }
  if (isGroup(exc)) {
    const pair = PyObject_CallMethod(exc, 'split', [matchType]);
    if (!(pair instanceof PyTuple) || typeOf(pair) !== typeOf(new PyTuple([]))) {
      throw typeError(`${typeOf(exc).tp_name}.split must return a tuple, not ${typeOf(pair).tp_name}`);
    }
    // Longer tuples are allowed, for backwards compatibility.
    if (pair.items.length < 2) throw typeError(`${typeOf(exc).tp_name}.split must return a 2-tuple, got tuple of size ${pair.items.length}`);
    return [pair.items[0], pair.items[1]];
  }
  return [None, exc];
}

/** The leaf exceptions (not groups) anywhere in `exc`. */
function collectLeaves(exc: V, out: Set<V>): void {
  if (exc === None) return;
  if (!isGroup(exc)) {
    out.add(exc);
    return;
  }
  for (const e of exc.excs.items) {
    enterRecursiveCall(' in collect_exception_group_leaf_ids');
    try {
      collectLeaves(e, out);
    } finally {
      leaveRecursiveCall();
    }
  }
}

/** Whether `e` is `orig` re-raised: same traceback, cause and context. */
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  return e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context;
}

/**
 * CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR: what to raise after the except* clauses ran. `excs`
 * lists what each clause raised or re-raised (None for none). Re-raised exceptions keep their
 * place in `orig`'s nesting; newly raised ones are siblings in a new group.
 * CPython: _PyExc_PrepReraiseStar
 */
export function prepReraiseStar(orig: V, excs: V): V {
  const items = (excs as PyList).items;
  if (items.length === 0) return None;
  if (!isGroup(orig)) {
    // A naked exception was caught and wrapped: only one clause ran.
    return items[0];
  }
  const raised: V[] = [];
  const reraised: V[] = [];
  for (const e of items) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, orig) ? reraised : raised).push(e);
  }
  // The part of orig whose leaves were re-raised.
  const leaves = new Set<V>();
  for (const e of reraised) collectLeaves(e, leaves);
  const reraisedEg = splitRecursive(orig, { kind: 'ids', value: leaves }, false).match ?? None;
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  if (raised.length > 1) return PyObject_Call(PyExc_BaseExceptionGroup, ['', new PyList(raised)]);
  return raised[0];
}
