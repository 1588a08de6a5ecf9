// The _signal module: Python-level signal handlers, run by the evaluation loop at its next periodic
// check after a signal arrives.  CPython: Modules/signalmodule.c
//
// Differs from CPython: JavaScript delivers process signals only through the event loop, which does
// not run while Python code runs synchronously; a host that sees a signal (the REPL, an embedding
// API) calls tripSignal(). raise_signal(), os.kill(os.getpid(), sig) and _thread.interrupt_main() work.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { typeOf } from '../objects/type.ts';
import { PyObject_Call, PyNumber_Index } from '../objects/abstract.ts';
import { isIntValue } from '../objects/boxes.ts';
import * as E from '../objects/exceptions.ts';
import { SetType } from '../objects/set-type.ts';
import { PyTuple } from '../objects/tuple.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { addPendingCall } from '../vm/eval-breaker.ts';
import { tstate } from '../vm/thread-state.ts';
import { SIGNAL_TABLE } from './linux.generated.ts';
import { setRaiseSignal } from './_thread.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { gcRootProviders } from '../vm/gc-state.ts';

type V = PyValue;

const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
/** Signals whose default action is to do nothing (SIGCHLD, SIGCONT, SIGURG, SIGWINCH). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);

const handlers = new WeakMap<Interpreter, V[]>();
gcRootProviders.push(() => [handlers.get(interp())]);

function table(ip: Interpreter = interp()): V[] {
  let t = handlers.get(ip);
  if (t === undefined) {
    t = new Array<V>(NSIG).fill(SIG_DFL);
    t[SIGINT] = defaultIntHandlerObject(ip);
    // SIGPIPE, SIGXFSZ are ignored by CPython at start-up.
    t[13] = SIG_IGN;
    t[25] = SIG_IGN;
    handlers.set(ip, t);
  }
  return t;
}

function defaultIntHandlerObject(ip: Interpreter): V {
  const m = ip.modules.getStr('_signal');
  const f = m instanceof PyObject ? (m as { ob_dict?: { getStr(n: string): V | undefined } }).ob_dict?.getStr('default_int_handler') : undefined;
  return f ?? SIG_DFL;
}

function signumArg(v: V): number {
  if (!isIntValue(v)) throw E.typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  const n = Number(PyNumber_Index(v));
  if (n < 1 || n >= NSIG) throw E.valueError('signal number out of range');
  return n;
}

/** Runs the Python handler of a signal (in the evaluation loop, at its next check).  CPython: _PyErr_CheckSignalsTstate */
function runHandler(ip: Interpreter, signum: number): void {
  const h = table(ip)[signum];
  if (h === SIG_IGN) return;
  if (h === SIG_DFL) {
    if (signum === SIGINT) throw E.newException(E.PyExc_KeyboardInterrupt, []);
    if (DEFAULT_IGNORED.has(signum)) return;
    // Default action of other signals: terminate, as the kernel would.
    const exit = (ip.host as { exit?: (code: number) => never }).exit;
    if (exit) exit(128 + signum);
    throw E.newException(E.PyExc_SystemExit, [128 + signum]);
  }
  PyObject_Call(h, [signum, tstate.frame ?? None]);
}

/** A signal arrived: its handler runs at the next periodic check (or now when no Python code runs). */
export function tripSignal(signum: number): void {
  const ip = interp();
  if (tstate.frame === null) runHandler(ip, signum);
  else addPendingCall(() => runHandler(ip, signum));
}

function signalSignal(_m: V, signalnum: V, handler: V): V {
  const n = signumArg(signalnum);
  if (handler !== SIG_DFL && handler !== SIG_IGN && !(isIntValue(handler) && (Number(handler) === 0 || Number(handler) === 1))) {
    if (typeOf(handler).tp_call === null) throw E.typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  }
  if (n === 9 || n === 19) throw E.newException(E.PyExc_OSError, [22, 'Invalid argument']);
  const t = table();
  const old = t[n];
  t[n] = handler;
  return old;
}

function getsignal(_m: V, signalnum: V): V {
  return table()[signumArg(signalnum)];
}

function raiseSignal(_m: V, signalnum: V): V {
  deliverSignal(signumArg(signalnum));
  return None;
}

/**
 * A signal sent to this process by itself (raise_signal, os.kill(os.getpid(), n)): its handler runs
 * before the call returns, as CPython checks for signals right after raise() and kill().
 */
export function deliverSignal(signum: number): void {
  runHandler(interp(), signum);
}

function strsignal(_m: V, signalnum: V): V {
  const n = signumArg(signalnum);
  for (const [, num, msg] of SIGNAL_TABLE) if (num === n) return msg ?? None;
  return None;
}

/** Every signal number but 32 and 33 (which glibc keeps for itself).  CPython: signal_valid_signals_impl */
function validSignals(): V {
  const nums: number[] = [];
  for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) nums.push(i);
  return PyObject_Call(SetType, [new PyTuple(nums)]);
}

function defaultIntHandler(): never {
  throw E.newException(E.PyExc_KeyboardInterrupt, []);
}

export const signalModule = defineModule({
  name: '_signal',
  doc: moduleDoc('_signal'),
  functions: withDocs('_signal', {
    signal: { sig: '($module, signalnum, handler, /)', impl: signalSignal, doc: 'Set the handler of a signal; return the previous one.' },
    getsignal: { sig: '($module, signalnum, /)', impl: getsignal, doc: 'The current handler of a signal.' },
    raise_signal: { sig: '($module, signalnum, /)', impl: raiseSignal, doc: 'Send a signal to the running process.' },
    strsignal: { sig: '($module, signalnum, /)', impl: strsignal, doc: 'The description of a signal.' },
    valid_signals: { sig: '($module, /)', impl: validSignals },
    default_int_handler: { sig: '($module, signalnum, frame, /)', impl: defaultIntHandler, doc: 'The default handler of SIGINT: raises KeyboardInterrupt.' },
    set_wakeup_fd: { sig: '($module, fd, /, *, warn_on_full_buffer=True)', impl: () => -1 },
    siginterrupt: { sig: '($module, signalnum, flag, /)', impl: (_m: V, s: V) => (signumArg(s), None) },
  }),
  constants: () => {
    const c: Record<string, V> = { SIG_DFL, SIG_IGN, NSIG, SIG_BLOCK: 0, SIG_UNBLOCK: 1, SIG_SETMASK: 2 };
    for (const [name, num] of SIGNAL_TABLE) c[name] = num;
    return c;
  },
  init: () => {
    setRaiseSignal(tripSignal);
  },
});
