// Goldens of test/cli/run-cases.ts: what `python3.14 ARGS...` prints and returns for each command
// line.  The oracle (CPython in WebAssembly) cannot be started with a command line, so these come
// from the machine's CPython 3.13 ($PYTS_CLI_PYTHON, else python3.13), whose Modules/main.c and
// getopt behave as 3.14's for every case listed (cases where they differ are left out: -c
// dedenting, -h's text, __annotations__ in __main__).  -V and --version print the oracle's version.
// In the stored output the case's directory is <DIR> and the interpreter's path <PROG>.
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { RUN_CASES } from '../../test/cli/run-cases.ts';
import { runCase, type RunGolden } from '../../test/support/run-case.ts';

export const RUN_GOLDEN = 'test/cli/goldens/run.json';

registerGolden({
  name: 'cli-run',
  async query(oracle) {
    const exe = process.env.PYTS_CLI_PYTHON ?? 'python3.13';
    const real = spawnSync(exe, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
    const version = await oracle.call<string>('import platform\ndef main(arg):\n    return platform.python_version()', null);
    const out: RunGolden[] = [];
    for (const c of RUN_CASES) {
      if (c.name.startsWith('version_')) {
        out.push({ name: c.name, stdout: `Python ${version}\n`, stderr: '', status: 0 });
        continue;
      }
      out.push(runCase(c, [real], [real, exe]));
    }
    writeJson(RUN_GOLDEN, out);
  },
});
