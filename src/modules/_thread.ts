// The _thread module for a single-threaded interpreter: locks, the main thread's identity and handle,
// thread-local data; starting a thread fails cleanly.  CPython: Modules/_threadmodule.c
//
// Differs from CPython: pyts runs Python on one JavaScript thread. start_new_thread() and
// start_joinable_thread() raise RuntimeError("can't start new thread"), and acquiring a lock that is
// already held without a timeout raises RuntimeError (no other thread could ever release it).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyFloat } from '../objects/float.ts';
import { PyDict } from '../objects/dict.ts';
import { PyTuple } from '../objects/tuple.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { addressOf } from '../objects/id.ts';
import { interp } from '../vm/interpreter.ts';
import { defineStructSeqType } from '../objects/structseq.ts';
import { threadIdent } from './sys.ts';
import { withDocs, moduleDoc } from './docs.ts';

type V = PyValue;

/** TIMEOUT_MAX as on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;

function timeoutArg(blocking: V, timeout: V): number | null {
  const block = blocking === undefined || A.PyObject_IsTrue(blocking);
  let t = -1;
  if (timeout !== undefined && timeout !== None) t = timeout instanceof PyFloat ? timeout.value : Number(A.PyNumber_Index(timeout));
  if (!block && t !== -1) throw E.valueError("can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) throw E.valueError('timeout value must be a non-negative number');
  if (!block) return 0;
  if (t > TIMEOUT_MAX) throw E.overflowError('timeout value is too large');
  return t === -1 ? null : t;
}

/** Waiting for a lock no other thread can release: wait out the timeout, or fail. */
function waitFor(timeout: number | null): boolean {
  if (timeout === null) throw E.runtimeError('cannot acquire a lock held by the only thread (deadlock)');
  if (timeout > 0) interp().host.sleep(timeout);
  return false;
}

// ---- lock ----

export class PyLock extends PyObject {
  locked = false;
}

function lockAcquire(self: PyLock, blocking: V, timeout: V): V {
  const t = timeoutArg(blocking, timeout);
  if (!self.locked) {
    self.locked = true;
    return true;
  }
  return t === 0 ? false : waitFor(t);
}

function lockRelease(self: PyLock): V {
  if (!self.locked) throw E.runtimeError('release unlocked lock');
  self.locked = false;
  return None;
}

function lockRepr(self: V): string {
  const l = self as PyLock;
  return `<${l.locked ? 'locked' : 'unlocked'} ${typeOf(self).tp_name} object at ${addressOf(self)}>`;
}

function lockNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  if (args.length > 0 || (kwnames?.length ?? 0) > 0) throw E.typeError('lock() takes no arguments');
  return type === LockType ? new PyLock() : newHeapInstance(PyLock, type);
}

export const LockType = defineBuiltinType({
  name: '_thread.lock',
  doc: 'A lock (mutex): acquire() and release(); usable in a with statement.',
  instanceClass: PyLock,
  weakrefable: true,
  slots: { tp_new: lockNew, tp_repr: lockRepr },
  methods: {
    acquire: { sig: '($self, /, blocking=True, timeout=-1)', impl: lockAcquire, doc: 'Acquire the lock; return whether it was acquired.' },
    acquire_lock: { sig: '($self, /, blocking=True, timeout=-1)', impl: lockAcquire },
    release: { sig: '($self, /)', impl: lockRelease, doc: 'Release the lock.' },
    release_lock: { sig: '($self, /)', impl: lockRelease },
    locked: { sig: '($self, /)', impl: (s: PyLock) => s.locked, doc: 'Whether the lock is held.' },
    locked_lock: { sig: '($self, /)', impl: (s: PyLock) => s.locked },
    __enter__: { sig: '($self, /, blocking=True, timeout=-1)', impl: lockAcquire },
    __exit__: { sig: '($self, *args)', impl: lockRelease },
    _at_fork_reinit: { sig: '($self, /)', impl: (s: PyLock) => void (s.locked = false) },
  },
});

// ---- RLock ----

export class PyRLock extends PyObject {
  owner = 0;
  count = 0;
}

function rlockAcquire(self: PyRLock, blocking: V, timeout: V): V {
  const t = timeoutArg(blocking, timeout);
  const me = threadIdent();
  if (self.count > 0 && self.owner === me) {
    self.count++;
    return true;
  }
  if (self.count === 0) {
    self.owner = me;
    self.count = 1;
    return true;
  }
  return t === 0 ? false : waitFor(t);
}

function rlockRelease(self: PyRLock): V {
  if (self.count === 0 || self.owner !== threadIdent()) throw E.runtimeError('cannot release un-acquired lock');
  if (--self.count === 0) self.owner = 0;
  return None;
}

function rlockRepr(self: V): string {
  const r = self as PyRLock;
  const tn = typeOf(self).tp_name;
  return `<${r.count > 0 ? 'locked' : 'unlocked'} ${tn} object owner=${r.owner} count=${r.count} at ${addressOf(self)}>`;
}

export const RLockType = defineBuiltinType({
  name: '_thread.RLock',
  doc: 'A reentrant lock: the thread holding it may acquire it again.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyRLock,
  weakrefable: true,
  slots: {
    tp_new: (t: PyType) => (t === RLockType ? new PyRLock() : newHeapInstance(PyRLock, t)),
    tp_repr: rlockRepr,
  },
  methods: {
    acquire: { sig: '($self, /, blocking=True, timeout=-1)', impl: rlockAcquire },
    release: { sig: '($self, /)', impl: rlockRelease },
    locked: { sig: '($self, /)', impl: (s: PyRLock) => s.count > 0 },
    __enter__: { sig: '($self, /, blocking=True, timeout=-1)', impl: rlockAcquire },
    __exit__: { sig: '($self, *args)', impl: rlockRelease },
    _is_owned: { sig: '($self, /)', impl: (s: PyRLock) => s.count > 0 && s.owner === threadIdent() },
    _recursion_count: { sig: '($self, /)', impl: (s: PyRLock) => (s.owner === threadIdent() ? s.count : 0) },
    _release_save: {
      sig: '($self, /)',
      impl: (s: PyRLock) => {
        if (s.count === 0) throw E.runtimeError('cannot release un-acquired lock');
        const state = new PyTuple([s.count, s.owner]);
        s.count = 0;
        s.owner = 0;
        return state;
      },
    },
    _acquire_restore: {
      sig: '($self, state, /)',
      impl: (s: PyRLock, state: V) => {
        const [count, owner] = (state as PyTuple).items;
        s.count = Number(A.PyNumber_Index(count));
        s.owner = Number(A.PyNumber_Index(owner));
      },
    },
    _at_fork_reinit: { sig: '($self, /)', impl: (s: PyRLock) => void ((s.count = 0), (s.owner = 0)) },
  },
});

// ---- thread handles (threading's _ThreadHandle) ----

export class PyThreadHandle extends PyObject {
  done = false;
  constructor(readonly ident: number) {
    super();
  }
}

export const ThreadHandleType = defineBuiltinType({
  name: '_thread._ThreadHandle',
  instanceClass: PyThreadHandle,
  slots: { tp_repr: (s: V) => `<_thread._ThreadHandle object: ident=${(s as PyThreadHandle).ident}>` },
  methods: {
    is_done: { sig: '($self, /)', impl: (s: PyThreadHandle) => s.done },
    _set_done: { sig: '($self, /)', impl: (s: PyThreadHandle) => void (s.done = true) },
    join: {
      sig: '($self, /, timeout=None)',
      impl: (s: PyThreadHandle) => {
        if (s.ident === threadIdent() && !s.done) throw E.runtimeError('Cannot join current thread');
      },
    },
  },
  getset: { ident: { get: (s: PyThreadHandle) => s.ident } },
});

// ---- thread-local data: one thread, so one set of attributes ----

export class PyLocal extends PyObject {
  ob_dict: PyDict | null = new PyDict();
}

export const LocalType = defineBuiltinType({
  name: '_thread._local',
  doc: 'Thread-local data.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyLocal,
  instanceHasDict: true,
  weakrefable: true,
  slots: {
    tp_new: (t: PyType, args: readonly V[], kw: readonly string[] | null) => {
      if ((args.length > 0 || (kw?.length ?? 0) > 0) && t.tp_init === LocalType.tp_init) throw E.typeError('Initialization arguments are not supported');
      return t === LocalType ? new PyLocal() : newHeapInstance(PyLocal, t);
    },
  },
});

export const ExceptHookArgsType = defineStructSeqType({
  name: '_thread._ExceptHookArgs',
  doc: 'The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread.',
  fields: ['exc_type', 'exc_value', 'exc_traceback', 'thread'],
});

function cannotStart(): never {
  throw E.runtimeError("can't start new thread");
}

function interruptMain(_m: V, signum: V): V {
  const n = signum === undefined ? 2 : Number(A.PyNumber_Index(signum));
  raiseSignal(n);
  return None;
}

/** Sets a signal as pending (the _signal module delivers it).  Filled in by _signal. */
export let raiseSignal: (signum: number) => void = () => {};

export function setRaiseSignal(f: (signum: number) => void): void {
  raiseSignal = f;
}

export const threadModule = defineModule({
  name: '_thread',
  doc: moduleDoc('_thread'),
  functions: withDocs('_thread', {
    allocate_lock: { sig: '($module, /)', impl: () => new PyLock(), doc: 'A new lock.' },
    allocate: { sig: '($module, /)', impl: () => new PyLock() },
    get_ident: { sig: '($module, /)', impl: () => threadIdent(), doc: 'The identifier of the current thread.' },
    get_native_id: { sig: '($module, /)', impl: () => interp().host.pid() },
    _get_main_thread_ident: { sig: '($module, /)', impl: () => threadIdent() },
    _is_main_interpreter: { sig: '($module, /)', impl: () => true },
    daemon_threads_allowed: { sig: '($module, /)', impl: () => true },
    start_new_thread: { sig: '($module, function, args, kwargs=<unrepresentable>, /)', impl: cannotStart },
    start_new: { sig: '($module, function, args, kwargs=<unrepresentable>, /)', impl: cannotStart },
    start_joinable_thread: { sig: '($module, /, function, handle=None, daemon=True)', impl: cannotStart },
    _make_thread_handle: { sig: '($module, ident, /)', impl: (_m: V, ident: V) => new PyThreadHandle(Number(A.PyNumber_Index(ident))) },
    _shutdown: { sig: '($module, /)', impl: () => None },
    _count: { sig: '($module, /)', impl: () => 0 },
    stack_size: {
      sig: '($module, size=0, /)',
      impl: (_m: V, size: V) => {
        const n = size === undefined ? 0 : Number(A.PyNumber_Index(size));
        if (n !== 0 && n < 32768) throw E.valueError('size not valid: 32768 bytes');
        return 0;
      },
    },
    interrupt_main: { sig: '($module, /, signum=signal.SIGINT)', impl: interruptMain },
    exit: { sig: '($module, /)', impl: () => { throw E.newException(E.PyExc_SystemExit, []); } },
    exit_thread: { sig: '($module, /)', impl: () => { throw E.newException(E.PyExc_SystemExit, []); } },
    set_name: { sig: '($module, /, name)', impl: () => None },
    _get_name: { sig: '($module, /)', impl: () => 'MainThread' },
  }),
  constants: () => ({
    LockType,
    lock: LockType,
    RLock: RLockType,
    _ThreadHandle: ThreadHandleType,
    _local: LocalType,
    _ExceptHookArgs: ExceptHookArgsType,
    error: E.PyExc_RuntimeError,
    TIMEOUT_MAX: new PyFloat(TIMEOUT_MAX),
  }),
});
