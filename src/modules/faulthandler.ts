// The faulthandler module: dump the Python traceback on demand or after a timeout.
// CPython: Modules/faulthandler.c, Python/traceback.c (_Py_DumpTraceback, _Py_DumpTracebackThreads)
//
// Differs from CPython: pyts has no fatal signals to catch (a JavaScript stack overflow or internal
// error becomes a Python exception), so enable() records the file and settings and is_enabled()
// reports them, but nothing dumps on a crash; register()/unregister() (tracebacks on a user signal)
// and the crash helpers (_sigsegv, _read_null...) are not provided. dump_traceback_later()'s watchdog
// is checked by the evaluation loop's periodic check, so it fires late while Python code blocks in
// a native call (time.sleep, a read); C stacks are not available.
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { isIntValue } from '../objects/boxes.ts';
import { PyObject_CallMethod, PyObject_IsTrue } from '../objects/abstract.ts';
import { runtimeError, valueError, overflowError, PyExc_RuntimeWarning } from '../objects/exceptions.ts';
import { utf8Encode } from '../objects/codecs/utf8.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { tstate } from '../vm/thread-state.ts';
import type { Frame } from '../vm/frame.ts';
import { frameLineno } from '../objects/frameobject.ts';
import { setWatchdog } from '../vm/eval-breaker.ts';
import { gcRootProviders } from '../vm/gc-state.ts';
import { ProcessExit } from '../runtime/process-exit.ts';
import { sysAttr, threadIdent } from './sys.ts';
import { warnEx } from './_warnings.ts';
import { secondsArg } from './time.ts';

type V = PyValue;

const MAX_STRING_LENGTH = 500;
const MAX_FRAME_DEPTH = 100;

/** A string as faulthandler writes it: printable ASCII as is, the rest escaped, cut at 500 characters.  CPython: _Py_DumpASCII */
function dumpAscii(s: string): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    if (n++ === MAX_STRING_LENGTH) return out + '...';
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c <= 0x7e) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** The frames of the running thread, innermost first.  CPython: dump_traceback */
function tracebackText(header: boolean): string {
  let out = header ? 'Stack (most recent call first):\n' : '';
  let f: Frame | null = tstate.frame;
  if (f === null) return out + '  <no Python frame>\n';
  let depth = 0;
  for (; f !== null; f = f.f_back) {
    if (depth >= MAX_FRAME_DEPTH) {
      // CPython counts one frame past the limit and says so only then.
      out += `plus ${depth + countRest(f)} frames\n`;
      break;
    }
    const co = f.f_code;
    const line = frameLineno(f);
    out += `  File "${dumpAscii(co.co_filename)}", line ${line >= 0 ? line : '???'} in ${dumpAscii(co.co_name)}\n`;
    depth++;
  }
  return out;
}

function countRest(f: Frame | null): number {
  let n = 0;
  for (; f !== null; f = f.f_back) n++;
  return n > 1 ? n - 1 : 0;
}

/** The threads' tracebacks; the running thread is "Current thread" unless the dump is the watchdog's.  CPython: _Py_DumpTracebackThreads */
function threadsText(current: boolean): string {
  const id = '0x' + threadIdent().toString(16).padStart(16, '0');
  return `${current ? 'Current thread' : 'Thread'} ${id} (most recent call first):\n` + tracebackText(false);
}

function write(fd: number, text: string): void {
  try {
    interp().host.write(fd, utf8Encode(text, 'strict'));
  } catch {
    // _Py_write_noraise: errors are ignored
  }
}

/** The descriptor of a file argument (None: sys.stderr), after flushing the file.  CPython: faulthandler_get_fileno */
function filenoOf(file: V | undefined): number {
  if (file === undefined || file === None) {
    const err = sysAttr('stderr');
    if (err === undefined) throw runtimeError('lost sys.stderr');
    if (err === None) throw runtimeError('sys.stderr is None');
    file = err;
  } else if (isIntValue(file)) {
    if (typeof file === 'boolean') warnEx(PyExc_RuntimeWarning, 'bool is used as a file descriptor', 1);
    const fd = Number(file);
    if (fd > 2147483647 || fd < -2147483648) throw overflowError('Python int too large to convert to C int');
    if (fd < 0) throw valueError('file is not a valid file descriptor');
    return fd;
  }
  const r = PyObject_CallMethod(file, 'fileno', []);
  const fd = isIntValue(r) ? Number(r) : -1;
  if (!(fd >= 0 && fd < 2147483647)) throw runtimeError('file.fileno() is not a valid file descriptor');
  try {
    PyObject_CallMethod(file, 'flush', []);
  } catch {
    // ignore flush() errors
  }
  return fd;
}

function flag(v: V | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : PyObject_IsTrue(v);
}

/** What enable() recorded, per interpreter.  CPython: fatal_error */
interface FatalError {
  enabled: boolean;
  file: V;
  fd: number;
  allThreads: boolean;
  cStack: boolean;
}
const fatalStates = new WeakMap<Interpreter, FatalError>();
function fatalState(): FatalError {
  const ip = interp();
  let f = fatalStates.get(ip);
  if (f === undefined) {
    f = { enabled: false, file: None, fd: 2, allThreads: true, cStack: true };
    fatalStates.set(ip, f);
  }
  return f;
}

// CPython: faulthandler_py_enable
function enable(_m: V, file: V, allThreads: V, cStack: V): V {
  const fd = filenoOf(file);
  const fatal = fatalState();
  fatal.file = file === undefined ? None : file;
  fatal.fd = fd;
  fatal.allThreads = flag(allThreads, true);
  fatal.cStack = flag(cStack, true);
  fatal.enabled = true;
  return None;
}

// CPython: faulthandler_disable_py
function disable(): V {
  const fatal = fatalState();
  const was = fatal.enabled;
  fatal.enabled = false;
  fatal.file = None;
  return was;
}

// CPython: faulthandler_dump_traceback_py
function dumpTraceback(_m: V, file: V, allThreads: V): V {
  const fd = filenoOf(file);
  write(fd, flag(allThreads, true) ? threadsText(true) : tracebackText(true));
  return None;
}

// CPython: faulthandler_dump_c_stack_py, _Py_DumpStack (without backtrace support)
function dumpCStack(_m: V, file: V): V {
  const fd = filenoOf(file);
  write(fd, "Current thread's C stack trace (most recent call first):\n  <cannot get C stack on this system>\n");
  return None;
}

// The files enable() and dump_traceback_later() keep (CPython holds references to them).
gcRootProviders.push(() => [fatalStates.get(interp())?.file ?? None, later.file]);

/** The watchdog of dump_traceback_later.  CPython: thread */
const later = { deadlineNs: 0n, intervalNs: 0n, fd: 2, file: None as V, repeat: false, exit: false, header: '', owner: null as Interpreter | null };

// CPython: format_timeout
function formatTimeout(us: number): string {
  let sec = Math.floor(us / 1e6);
  const micro = us % 1e6;
  let min = Math.floor(sec / 60);
  sec %= 60;
  const hour = Math.floor(min / 60);
  min %= 60;
  const hms = `${hour}:${String(min).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
  return micro !== 0 ? `Timeout (${hms}.${String(micro).padStart(6, '0')})!\n` : `Timeout (${hms})!\n`;
}

/** Checked at each periodic check of the evaluation loop while a dump is scheduled.  CPython: faulthandler_thread */
function watchdog(): void {
  // Another interpreter of this JS process runs: the watchdog is its owner's.
  if (interp() !== later.owner) return;
  const now = interp().host.monotonicNs();
  if (now < later.deadlineNs) return;
  write(later.fd, later.header + threadsText(false));
  if (later.exit) {
    cancel();
    throw new ProcessExit(1);
  }
  if (later.repeat) later.deadlineNs = now + later.intervalNs;
  else cancel();
}

function cancel(): void {
  setWatchdog(null);
  later.file = None;
  later.owner = null;
}

// CPython: faulthandler_dump_traceback_later
function dumpTracebackLater(_m: V, timeout: V, repeat: V, file: V, exit: V): V {
  const seconds = secondsArg(timeout);
  // _PyTime_ROUND_TIMEOUT: up to the microsecond
  const us = Math.ceil(seconds * 1e6);
  if (!(us > 0)) throw valueError('timeout must be greater than 0');
  if (us > 9223372036854775 || !Number.isFinite(us)) throw overflowError('timeout value is too large');
  const fd = filenoOf(file);
  cancel();
  later.fd = fd;
  later.file = file === undefined ? None : file;
  later.repeat = flag(repeat, false);
  later.exit = flag(exit, false);
  later.header = formatTimeout(us);
  later.intervalNs = BigInt(us) * 1000n;
  later.deadlineNs = interp().host.monotonicNs() + later.intervalNs;
  later.owner = interp();
  setWatchdog(watchdog);
  return None;
}

export const faulthandlerModule = defineModule({
  name: 'faulthandler',
  doc: 'faulthandler module.',
  functions: {
    enable: { sig: '($module, /, file=sys.stderr, all_threads=True, c_stack=True)', impl: enable, doc: 'Enable the fault handler.' },
    disable: { sig: '($module, /)', impl: disable, doc: 'Disable the fault handler.' },
    is_enabled: { sig: '($module, /)', impl: () => fatalState().enabled, doc: 'Check if the handler is enabled.' },
    dump_traceback: { sig: '($module, /, file=sys.stderr, all_threads=True)', impl: dumpTraceback, doc: 'Dump the traceback of the current thread, or of all threads if all_threads is True, into file.' },
    dump_c_stack: { sig: '($module, /, file=sys.stderr)', impl: dumpCStack, doc: 'Dump the C stack of the current thread.' },
    dump_traceback_later: {
      sig: '($module, /, timeout, repeat=False, file=sys.stderr, exit=False)',
      impl: dumpTracebackLater,
      doc: 'Dump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe.',
    },
    cancel_dump_traceback_later: { sig: '($module, /)', impl: () => (cancel(), None), doc: 'Cancel the previous call to dump_traceback_later().' },
  },
});
