// Goldens for the command line: what `python3.14 FILE` prints on stderr, and its exit status, for
// files with syntax, indentation, encoding and tokenizer errors.  The oracle runs each file through
// CPython's own file reader (PyRun_FileExFlags on a FILE*, reached with ctypes, exactly as
// `python FILE` does) and prints the exception with sys.excepthook, after the compiler's warnings.  The "can't open file" and
// directory messages come from the machine's python3, whose wording 3.14 keeps.
// In the stored output the file's directory is <DIR> and the program name <PROG>.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { CLI_CASES } from './cli-cases.ts';

export const CLI_GOLDEN = 'test/cli/goldens/cli.json';
export const ORACLE_DIR = '/tmp/pyts-cli';

export interface CliGolden {
  name: string;
  /** The file's bytes, base64; null when the case is about a missing file or a directory. */
  source: string | null;
  stderr: string;
  status: number;
}

const QUERY = `
import ctypes, sys, io, os, base64
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
api = ctypes.pythonapi
api.PyRun_FileExFlags.restype = ctypes.py_object
api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.c_void_p]
def main(arg):
    name, b64 = arg
    os.makedirs('${ORACLE_DIR}', exist_ok=True)
    p = '${ORACLE_DIR}/' + name
    with open(p, 'wb') as f:
        f.write(base64.b64decode(b64))
    fp = libc.fopen(p.encode('utf-8', 'surrogateescape'), b'rb')
    g = {'__name__': '__main__', '__builtins__': __builtins__, '__file__': p}
    import warnings
    err = io.StringIO()
    status = 0
    saved = sys.stderr
    sys.stderr = err
    try:
        # The compiler's warnings as a fresh process shows them (to stderr, once each).
        with warnings.catch_warnings():
            warnings.resetwarnings()
            api.PyRun_FileExFlags(fp, p.encode('utf-8', 'surrogateescape'), 257, g, g, 1, None)
    except BaseException as e:
        sys.excepthook(type(e), e, None)
        status = 1
    finally:
        sys.stderr = saved
    os.remove(p)
    return [err.getvalue().replace('${ORACLE_DIR}', '<DIR>'), status]
`;

/** Runs the machine's python3 on a path that is missing or a directory. */
function python3(target: 'missing' | 'directory'): [string, number] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-cli-'));
  try {
    const arg = target === 'missing' ? path.join(dir, 'missing.py') : dir;
    const r = spawnSync('python3', [arg], { encoding: 'utf8' });
    // The program name is whatever argv[0] python3 was started with.
    const stderr = r.stderr.replace(/^[^\n]*?: can't/, '<PROG>: can\'t').split(dir).join('<DIR>');
    return [stderr, r.status ?? -1];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

registerGolden({
  name: 'cli',
  async query(oracle) {
    const out: CliGolden[] = [];
    for (const c of CLI_CASES) {
      const b64 = Buffer.from(c.source).toString('base64');
      const [stderr, status] = await oracle.call<[string, number]>(QUERY, [c.name, b64]);
      out.push({ name: c.name, source: b64, stderr, status });
    }
    for (const target of ['missing', 'directory'] as const) {
      const [stderr, status] = python3(target);
      out.push({ name: `<${target}>`, source: null, stderr, status });
    }
    writeJson(CLI_GOLDEN, out);
  },
});
