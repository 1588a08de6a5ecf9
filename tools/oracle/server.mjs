// The oracle: CPython 3.14.2 (Pyodide, WebAssembly) as a long-lived process.
// Reads one JSON request per line on stdin, writes one JSON response per line on stdout.
//   {id, op: 'run', path, source | sourceB64, argv?, stdin?}  -> {id, stdout, stderr, status}
//       runs the source as `python3.14 PATH ARGV...` would (the file is written at PATH first)
//   {id, op: 'call', code, arg}  -> {id, result} | {id, error}
//       `code` defines main(arg); its JSON-serialisable return value is the result
// Start-up costs about 2.5 s, so one process serves many requests (see client.ts).
import { createRequire } from 'node:module';
import readline from 'node:readline';

const require = createRequire(import.meta.url);
const { loadPyodide } = require('pyodide');

const py = await loadPyodide({
  env: { PYTHONHASHSEED: '0', PYTHON_COLORS: '0', NO_COLOR: '1', HOME: '/home/pyodide' },
  stdout: () => {},
  stderr: () => {},
});

py.runPython(String.raw`
import sys, io, os, gc, types, builtins, json, warnings, atexit, importlib.machinery, importlib.util

# Pyodide's own exit callback is of no use in this long-lived process: the list holds only what
# the program being run registers.
atexit._clear()

_SNAP_MODULES = None
_SNAP_BUILTINS = dict(builtins.__dict__)
_SNAP_PATH = list(sys.path)
_SNAP_WARNFILTERS = list(warnings.filters)
_SNAP_MAIN = sys.modules['__main__']
_LIMIT = sys.getrecursionlimit()
_INT_DIGITS = sys.get_int_max_str_digits()
_HARNESS = '<pyts-oracle>'

def _exit_status(code, err):
    # What CPython's top level does with SystemExit (Python/pythonrun.c _Py_HandleSystemExit).
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        err.write(str(code) + '\n')
    except BaseException:
        pass
    return 1

def _warnings_changed():
    for name in ('_filters_mutated_lock_held', '_filters_mutated'):
        f = getattr(warnings, name, None)
        if f is not None:
            try:
                f()
            except Exception:
                pass
            return

# A program runs in three steps so that no harness frame lies under its <module> frame (the
# recursion limit counts Python frames: under python3.14 FILE the module frame is the first):
# _prepare sets up the run and compiles; server.mjs calls exec(code, ns) straight from JavaScript;
# _finish reports the outcome and restores the interpreter.  When exec raises, Pyodide hands the
# exception to sys.excepthook (as CPython's top level does) and stores it in sys.last_value.
_STATE = None
_FINAL = None

def _excepthook(exc_type, exc, tb, /):
    # CPython's top level reports SystemExit without calling sys.excepthook: an uncaught one
    # (no Python frame under this hook) is left to _finish; other calls print as usual.
    if isinstance(exc, SystemExit) and sys._getframe().f_back is None:
        return
    _PRINT_EXCEPTION(exc_type, exc, tb)

_PRINT_EXCEPTION = sys.excepthook

def _forget_last_exception():
    for name in ('last_exc', 'last_value', 'last_type', 'last_traceback'):
        sys.__dict__.pop(name, None)

def _prepare(path, source, argv, stdin):
    global _SNAP_MODULES, _STATE
    source = bytes(source)
    stdin = bytes(stdin)
    if _SNAP_MODULES is None:
        _SNAP_MODULES = set(sys.modules)
    os.makedirs(os.path.dirname(path) or '/', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(source)
    out_b, err_b = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_b, encoding='utf-8', errors='strict')
    err = io.TextIOWrapper(err_b, encoding='utf-8', errors='backslashreplace', line_buffering=True)
    inp = io.TextIOWrapper(io.BytesIO(stdin), encoding='utf-8', errors='strict')
    saved = (sys.stdout, sys.stderr, sys.stdin, sys.argv, sys.excepthook)
    sys.stdout, sys.stderr, sys.stdin = out, err, inp
    sys.__stdout__, sys.__stderr__, sys.__stdin__ = out, err, inp
    sys.argv = [path] + list(argv)
    sys.path[:] = [os.path.dirname(path)] + _SNAP_PATH
    sys.excepthook = _excepthook
    _forget_last_exception()
    main = types.ModuleType('__main__')
    main.__file__ = path
    main.__cached__ = None
    main.__builtins__ = builtins
    main.__loader__ = importlib.machinery.SourceFileLoader('__main__', path)
    sys.modules['__main__'] = main
    _STATE = (path, out, err, out_b, err_b, saved, None)
    try:
        code = compile(source, path, 'exec')
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == _HARNESS:
            tb = tb.tb_next
        e.__traceback__ = tb
        _STATE = _STATE[:6] + (e,)
        return None
    return (code, main.__dict__)

def _finish(raised):
    # raised: exec raised (Pyodide has already passed the exception to sys.excepthook).
    # Returns False when the run is over already (an error in the harness), else True: then
    # server.mjs calls gc.collect() (with no Python frame on the stack, as at exit) and _restore().
    global _STATE, _FINAL
    path, out, err, out_b, err_b, saved, compile_error = _STATE
    _STATE = None
    failure = compile_error if compile_error is not None else (sys.last_value if raised else None)
    status = 0
    _FINAL = (path, out, err, out_b, err_b, saved, 0)
    try:
        if isinstance(failure, SystemExit):
            status = _exit_status(failure.code, err)
        elif failure is not None:
            if compile_error is not None:
                try:
                    sys.excepthook(type(failure), failure, failure.__traceback__)
                except BaseException:
                    pass
            status = 1
        # Then, as at interpreter exit, the atexit callbacks the program registered.
        atexit._run_exitfuncs()
        # Then what CPython's finalization does first (Py_FinalizeEx, finalize_modules): sys.last_*
        # go and __main__ leaves sys.modules; server.mjs then runs the garbage collector, which
        # finalizes what the program alone held (__del__ methods, generators left suspended)
        # with its streams still in place.
        failure = None
        _forget_last_exception()
        sys.modules['__main__'] = _SNAP_MAIN
        _FINAL = (path, out, err, out_b, err_b, saved, status)
        return True
    except BaseException:
        _FINAL = (path, out, err, out_b, err_b, saved, status)
        return False

def _restore():
    global _FINAL
    path, out, err, out_b, err_b, saved, status = _FINAL
    _FINAL = None
    try:
        for s in (out, err):
            try:
                s.flush()
            except BaseException:
                pass
    finally:
        sys.stdout, sys.stderr, sys.stdin, sys.argv, sys.excepthook = saved
        sys.__stdout__, sys.__stderr__, sys.__stdin__ = saved[0], saved[1], saved[2]
        _forget_last_exception()
        sys.modules['__main__'] = _SNAP_MAIN
        for name in list(sys.modules):
            if name not in _SNAP_MODULES:
                del sys.modules[name]
        builtins.__dict__.clear()
        builtins.__dict__.update(_SNAP_BUILTINS)
        sys.path[:] = _SNAP_PATH
        warnings.filters[:] = _SNAP_WARNFILTERS
        _warnings_changed()
        sys.setrecursionlimit(_LIMIT)
        sys.set_int_max_str_digits(_INT_DIGITS)
        try:
            os.remove(path)
        except OSError:
            pass
        # Finalize what the program left in reference cycles now (output goes nowhere),
        # not while the next program runs.
        gc.collect()
    return [out_b.getvalue(), err_b.getvalue(), status]

_CALLS = {}

def _call(code, arg):
    fn = _CALLS.get(code)
    if fn is None:
        ns = {'__name__': '__oracle__'}
        exec(compile(code, '<oracle-call>', 'exec'), ns)
        fn = _CALLS[code] = ns['main']
    return json.dumps(fn(json.loads(arg)))
`);

// The harness functions are compiled under a recognisable file name so tracebacks can skip them.
py.runPython(`
for _f in (_prepare, _finish, _restore, _excepthook):
    _f.__code__ = _f.__code__.replace(co_filename=_HARNESS)
`);

const prepare = py.globals.get('_prepare');
const finish = py.globals.get('_finish');
const restore = py.globals.get('_restore');
const collectGarbage = py.pyimport('gc').collect;
const exec = py.runPython('exec');

function run(path, source, argv, stdin) {
  const prepared = prepare(path, source, argv, stdin);
  let raised = false;
  if (prepared !== undefined) {
    const code = prepared.get(0);
    const ns = prepared.get(1);
    try {
      exec(code, ns);
    } catch (e) {
      if (!(e instanceof py.ffi.PythonError)) throw e;
      raised = true;
    } finally {
      code.destroy();
      ns.destroy();
      prepared.destroy();
    }
  }
  if (finish(raised)) collectGarbage();
  return restore();
}
const call = py.globals.get('_call');

function decodeUtf8(bytes) {
  return Buffer.from(bytes).toString('utf8');
}

function handle(req) {
  if (req.op === 'run') {
    const source = req.sourceB64 !== undefined ? Buffer.from(req.sourceB64, 'base64') : Buffer.from(req.source, 'utf8');
    const stdin = Buffer.from(req.stdin ?? '', 'utf8');
    const r = run(req.path, py.toPy(new Uint8Array(source)), py.toPy(req.argv ?? []), py.toPy(new Uint8Array(stdin)));
    const [out, err, status] = r.toJs();
    r.destroy();
    return { stdout: decodeUtf8(out), stderr: decodeUtf8(err), status };
  }
  if (req.op === 'call') {
    try {
      return { result: JSON.parse(call(req.code, JSON.stringify(req.arg ?? null))) };
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  }
  return { error: `unknown op ${req.op}` };
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
process.stdout.write(JSON.stringify({ ready: true }) + '\n');
for await (const line of rl) {
  if (!line.trim()) continue;
  let req;
  try {
    req = JSON.parse(line);
  } catch {
    continue;
  }
  let res;
  try {
    res = handle(req);
  } catch (e) {
    // After a fatal error Pyodide cannot be used again: exit, and the client starts a fresh process.
    if (e && (e.pyodide_fatal_error || /fatal/i.test(String(e.message)))) process.exit(70);
    res = { error: `oracle failure: ${e && e.stack ? e.stack : e}` };
  }
  process.stdout.write(JSON.stringify({ id: req.id, ...res }) + '\n');
}
