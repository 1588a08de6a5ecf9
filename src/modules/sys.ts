// The sys module.  CPython: Python/sysmodule.c
// pyts behaves like 64-bit CPython 3.14 on Linux: sys.maxsize, hash_info and int_info are 64-bit's.
// TODO(#4): the rest of sys (settrace, setprofile, monitoring, audit hooks, getsizeof, intern...);
// sys.stdout & co. become _io.TextIOWrapper objects once the _io module exists.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { PyFloat } from '../objects/float.ts';
import { PyModule } from '../objects/module.ts';
import { typeError, valueError, newException, PyExc_SystemExit, PyBaseException } from '../objects/exceptions.ts';
import { PyNumber_Index, PyObject_Str } from '../objects/abstract.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { tstate, currentException } from '../vm/thread-state.ts';
import { interp } from '../vm/interpreter.ts';
import { typeOf } from '../objects/type.ts';
import { STDLIB_ZIP_PATH } from '../runtime/import.ts';
import { maxStrDigits, setMaxStrDigits } from '../objects/int.ts';
import { setNativeRecursionLimit } from '../objects/recursion.ts';

/** A text stream on one of the host's standard streams (until _io provides TextIOWrapper). */
export class PyHostStream extends PyObject {
  closed = false;
  constructor(
    readonly fd: 0 | 1 | 2,
    readonly name: string,
  ) {
    super();
  }
}

function streamWrite(s: PyHostStream, text: PyValue): PyValue {
  if (!isStrValue(text)) throw typeError(`write() argument must be str, not ${typeOf(text).tp_name}`);
  if (s.closed) throw valueError('I/O operation on closed file.');
  const t = strValue(text);
  const host = interp().host;
  if (s.fd === 1) host.writeStdout(t);
  else if (s.fd === 2) host.writeStderr(t);
  else throw newException(typeOf(valueError('')), ['not writable']);
  return t.length;
}

function streamFlush(s: PyHostStream): void {
  if (s.fd === 1) interp().host.flushStdout();
}

function streamReadline(s: PyHostStream): PyValue {
  if (s.fd !== 0) throw valueError('not readable');
  return interp().host.readStdinLine() ?? '';
}

export const HostStreamType = defineBuiltinType({
  name: '_io.TextIOWrapper',
  instanceClass: PyHostStream,
  slots: { tp_repr: (s: PyValue) => `<_io.TextIOWrapper name='${(s as PyHostStream).name}' mode='${(s as PyHostStream).fd === 0 ? 'r' : 'w'}' encoding='utf-8'>` },
  methods: {
    write: { sig: '($self, text, /)', impl: streamWrite },
    flush: { sig: '($self, /)', impl: streamFlush },
    readline: { sig: '($self, size=-1, /)', impl: streamReadline },
    isatty: { sig: '($self, /)', impl: () => false },
    fileno: { sig: '($self, /)', impl: (s: PyHostStream) => s.fd },
    writable: { sig: '($self, /)', impl: (s: PyHostStream) => s.fd !== 0 },
    readable: { sig: '($self, /)', impl: (s: PyHostStream) => s.fd === 0 },
  },
  getset: {
    encoding: { get: () => 'utf-8' },
    errors: { get: (s: PyHostStream) => (s.fd === 2 ? 'backslashreplace' : 'strict') },
    name: { get: (s: PyHostStream) => s.name },
    closed: { get: (s: PyHostStream) => s.closed },
  },
});

/** A named tuple-like struct sequence, such as sys.version_info (a plain tuple until structseq exists). */
function structSeq(values: PyValue[]): PyValue {
  return new PyTuple(values);
}

function exit(_m: PyValue, args: PyValue[]): never {
  if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
  throw newException(PyExc_SystemExit, args);
}

function getframe(_m: PyValue, depth: PyValue): PyValue {
  let f = tstate.frame;
  let d = Number(PyNumber_Index(depth));
  while (d > 0 && f !== null) {
    f = f.f_back;
    d--;
  }
  if (f === null) throw valueError('call stack is not deep enough');
  return f;
}

function excInfo(): PyValue {
  const e = currentException();
  if (e === None) return new PyTuple([None, None, None]);
  return new PyTuple([typeOf(e), e, (e as PyBaseException).traceback]);
}

function setrecursionlimit(_m: PyValue, n: PyValue): void {
  const v = PyNumber_Index(n);
  if (v < 1) throw valueError('recursion limit must be greater or equal than 1');
  tstate.recursionLimit = Number(v);
  setNativeRecursionLimit(Math.max(1500, Math.min(Number(v), 1500)));
}

function setIntMaxStrDigits(_m: PyValue, n: PyValue): void {
  const v = Number(PyNumber_Index(n));
  if (v !== 0 && v < 640) throw valueError('maxdigits must be >= 640 or 0 for unlimited');
  setMaxStrDigits(v);
}

export const sysModule = defineModule({
  name: 'sys',
  doc: 'Access to the interpreter and its environment.',
  functions: {
    exit: { sig: '($module, status=None, /)', impl: exit },
    _getframe: { sig: '($module, depth=0, /)', impl: getframe },
    exc_info: { sig: '($module, /)', impl: excInfo },
    exception: { sig: '($module, /)', impl: () => currentException() },
    getrecursionlimit: { sig: '($module, /)', impl: () => tstate.recursionLimit },
    setrecursionlimit: { sig: '($module, limit, /)', impl: setrecursionlimit },
    getdefaultencoding: { sig: '($module, /)', impl: () => 'utf-8' },
    getfilesystemencoding: { sig: '($module, /)', impl: () => 'utf-8' },
    get_int_max_str_digits: { sig: '($module, /)', impl: () => maxStrDigits },
    set_int_max_str_digits: { sig: '($module, /, maxdigits)', impl: setIntMaxStrDigits },
    intern: { sig: '($module, string, /)', impl: (_m: PyValue, s: PyValue) => s },
  },
  constants: (m: PyModule) => {
    const ip = interp();
    void m;
    return {
      modules: ip.modules,
      argv: new PyList(['']),
      path: new PyList(['', STDLIB_ZIP_PATH]),
      meta_path: new PyList([]),
      path_hooks: new PyList([]),
      path_importer_cache: new PyDict(),
      stdin: new PyHostStream(0, '<stdin>'),
      stdout: new PyHostStream(1, '<stdout>'),
      stderr: new PyHostStream(2, '<stderr>'),
      __stdin__: None,
      __stdout__: None,
      __stderr__: None,
      version: '3.14.2 (main, pyts) [TypeScript]',
      version_info: structSeq([3, 14, 2, 'final', 0]),
      hexversion: 0x030e02f0,
      api_version: 1013,
      platform: 'linux',
      byteorder: 'little',
      maxsize: 9223372036854775807n,
      maxunicode: 0x10ffff,
      executable: '',
      prefix: '/',
      base_prefix: '/',
      exec_prefix: '/',
      base_exec_prefix: '/',
      float_repr_style: 'short',
      dont_write_bytecode: true,
      builtin_module_names: new PyTuple(['builtins', 'sys']),
      hash_info: structSeq([64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]),
      int_info: structSeq([30, 4, 4300, 640]),
      float_info: structSeq([new PyFloat(1.7976931348623157e308), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(2.220446049250313e-16), 2, 1]),
      warnoptions: new PyList([]),
      _xoptions: new PyDict(),
    };
  },
  init: (m: PyModule) => {
    const d = m.ob_dict;
    d.setStr('__stdin__', d.getStr('stdin')!);
    d.setStr('__stdout__', d.getStr('stdout')!);
    d.setStr('__stderr__', d.getStr('stderr')!);
  },
});

void PyObject_Str;
