// Goldens of the differential corpus: each test/programs/**.py run by CPython 3.14.2 (the oracle)
// as `python3.14 /pyts-test/<area>/<name>.py`, or by the machine's 64-bit python3 when the program
// starts with `# oracle: python3` (output that depends on 64-bit hash values).
//   npm run goldens -- programs            all programs
//   PROGRAMS=basics npm run goldens -- programs   only ids containing "basics"
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { listPrograms, oracleOf, stdinOf, VIRTUAL_ROOT, type Golden } from '../../test/support/programs.ts';

function runPython3(virtualPath: string, source: string, stdin: string): Golden {
  // Run from a temporary tree shaped like the virtual one, then map its paths back.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-golden-'));
  const rel = virtualPath.slice(VIRTUAL_ROOT.length + 1);
  const real = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(real), { recursive: true });
  fs.writeFileSync(real, source);
  const r = spawnSync('python3', [real], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHON_COLORS: '0', NO_COLOR: '1', PYTHONIOENCODING: 'utf-8' },
    timeout: 60_000,
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  const fix = (s: string) => s.split(tmp).join(VIRTUAL_ROOT);
  return { stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status ?? 1, by: 'python3' };
}

registerGolden({
  name: 'programs',
  async query(oracle) {
    const filter = process.env.PROGRAMS;
    const cases = listPrograms().filter((c) => !filter || c.id.includes(filter));
    await Promise.all(
      cases.map(async (c) => {
        const source = fs.readFileSync(c.file, 'utf8');
        const stdin = stdinOf(source);
        let g: Golden;
        if (oracleOf(source) === 'python3') g = runPython3(c.virtualPath, source, stdin);
        else g = { ...(await oracle.run({ path: c.virtualPath, source, stdin })), by: 'oracle' };
        fs.writeFileSync(c.goldenFile, JSON.stringify(g, null, 1) + '\n');
      }),
    );
  },
});
