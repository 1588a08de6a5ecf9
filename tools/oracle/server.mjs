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
import sys, io, os, types, builtins, json, warnings, importlib.machinery, importlib.util

_SNAP_MODULES = None
_SNAP_BUILTINS = dict(builtins.__dict__)
_SNAP_PATH = list(sys.path)
_SNAP_WARNFILTERS = list(warnings.filters)
_SNAP_MAIN = sys.modules['__main__']
_LIMIT = sys.getrecursionlimit()
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

def _run(path, source, argv, stdin):
    global _SNAP_MODULES
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
    saved = (sys.stdout, sys.stderr, sys.stdin, sys.argv)
    sys.stdout, sys.stderr, sys.stdin = out, err, inp
    sys.__stdout__, sys.__stderr__, sys.__stdin__ = out, err, inp
    sys.argv = [path] + list(argv)
    sys.path[:] = [os.path.dirname(path)] + _SNAP_PATH
    main = types.ModuleType('__main__')
    main.__file__ = path
    main.__cached__ = None
    main.__builtins__ = builtins
    main.__loader__ = importlib.machinery.SourceFileLoader('__main__', path)
    sys.modules['__main__'] = main
    status = 0
    try:
        try:
            code = compile(source, path, 'exec')
            exec(code, main.__dict__)
        except SystemExit as e:
            status = _exit_status(e.code, err)
        except BaseException as e:
            tb = e.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == _HARNESS:
                tb = tb.tb_next
            e.__traceback__ = tb
            try:
                sys.excepthook(type(e), e, tb)
            except BaseException:
                pass
            status = 1
        for s in (out, err):
            try:
                s.flush()
            except BaseException:
                pass
    finally:
        sys.stdout, sys.stderr, sys.stdin, sys.argv = saved
        sys.__stdout__, sys.__stderr__, sys.__stdin__ = saved[0], saved[1], saved[2]
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
        try:
            os.remove(path)
        except OSError:
            pass
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
_run.__code__ = _run.__code__.replace(co_filename=_HARNESS)
`);

const run = py.globals.get('_run');
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
    res = { error: `oracle failure: ${e && e.stack ? e.stack : e}` };
  }
  process.stdout.write(JSON.stringify({ id: req.id, ...res }) + '\n');
}
