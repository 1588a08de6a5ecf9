// Runs one command-line case of test/cli/run-cases.ts (shared by its golden generator and its test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunCase } from '../cli/run-cases.ts';

export interface RunGolden {
  name: string;
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs one case with `exe` (argv[0] `argv0`) in a fresh directory; paths normalized. */
export function runCase(c: RunCase, exe: string[], progPaths: string[]): RunGolden {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-run-')));
  try {
    for (const [name, text] of Object.entries(c.files ?? {})) {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...c.env };
    const cmd = c.merge ? ['sh', '-c', 'exec "$0" "$@" 2>&1', ...exe, ...c.args] : [...exe, ...c.args];
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: dir, env, input: c.stdin ?? '', encoding: 'utf8', timeout: 120_000 });
    const fix = (s: string) => {
      let out = s.split(dir).join('<DIR>');
      for (const p of progPaths) out = out.split(p).join('<PROG>');
      return out;
    };
    return { name: c.name, stdout: fix(r.stdout ?? ''), stderr: fix(r.stderr ?? ''), status: r.status ?? -1 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

