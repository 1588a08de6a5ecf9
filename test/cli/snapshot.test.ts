// bin/pyts, the pyts command, starts Node from the start-up snapshot that the build makes
// (dist/pyts.snapshot; src/cli/snapshot-main.ts, src/runtime/snapshot.ts).  A process restored from
// it must behave as one that started pyts the ordinary way: the command lines of run-cases.ts against
// python3.14's goldens (as run.test.ts does for bin/pyts.mjs), and this process's environment,
// working directory, arguments and executable rather than the build's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { knownFailures, readGolden, ROOT } from '../support/known.ts';
import { runCase, type RunGolden } from '../support/run-case.ts';
import { RUN_CASES } from './run-cases.ts';

const LAUNCHER = path.join(ROOT, 'bin', 'pyts');
const SNAPSHOT = path.join(ROOT, 'dist', 'pyts.snapshot');

/** Runs bin/pyts with PYTS_TRACE_STARTUP=1; returns stdout, stderr and the start-up phases it reported. */
function run(args: string[], env: Record<string, string>, cwd: string): { stdout: string; stderr: string; status: number; phases: string[] } {
  const r = spawnSync(LAUNCHER, args, { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', PYTS_TRACE_STARTUP: '1', ...env }, encoding: 'utf8' });
  const phases: string[] = [];
  const rest: string[] = [];
  for (const line of (r.stderr ?? '').split('\n')) {
    const m = /^pyts start-up: (.*?)\s{2,}/.exec(line);
    if (m) phases.push(m[1]);
    else rest.push(line);
  }
  return { stdout: r.stdout ?? '', stderr: rest.join('\n'), status: r.status ?? -1, phases };
}

test('snapshot: the build made one', () => {
  assert.ok(process.env.PYTS_NO_SNAPSHOT === '1' || fs.existsSync(SNAPSHOT), `${SNAPSHOT} is missing (tools/build.mjs buildSnapshot failed?)`);
});

test('snapshot: a restored process has its own environment, directory, arguments and executable', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-snap-')));
  try {
    const prog = 'import os, sys; print(os.getcwd()); print(sys.argv); print(sys.executable); print(os.environ.get("SNAP_TEST_VAR")); print(os.environ.get("NODE_EXTRA_CA_CERTS")); print(sorted(k for k in os.environ if k.startswith("PYTS_") and k != "PYTS_TRACE_STARTUP"))';
    const r = run(['-c', prog, 'a', 'b'], { SNAP_TEST_VAR: 'x y', NODE_EXTRA_CA_CERTS: '/nonexistent/ca.pem' }, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${dir}\n['-c', 'a', 'b']\n${fs.realpathSync(LAUNCHER)}\nx y\n/nonexistent/ca.pem\n[]\n`);
    if (fs.existsSync(SNAPSHOT)) assert.equal(r.phases[0], 'node + load snapshot', `the snapshot was not used: ${r.phases.join(', ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('snapshot: a command line configured otherwise gets an interpreter of its own', () => {
  const r = run(['-S', '-c', 'import sys; print("site" in sys.modules, sys.flags.no_site)'], {}, os.tmpdir());
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'False 1\n');
  if (fs.existsSync(SNAPSHOT)) assert.ok(r.phases.includes('objects'), `no new interpreter: ${r.phases.join(', ')}`);
  const u = run(['-c', 'import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)'], { PYTHONDONTWRITEBYTECODE: '1' }, os.tmpdir());
  assert.equal(u.stdout, '1 True\n', u.stderr);
});

test('snapshot: site, kept from the snapshot or imported anew, finds what bin/pyts.mjs finds', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-site-')));
  try {
    const site = path.join(dir, 'base', 'lib', 'python3.14', 'site-packages');
    fs.mkdirSync(site, { recursive: true });
    fs.mkdirSync(path.join(dir, 'extra'));
    fs.writeFileSync(path.join(site, 'x.pth'), `${path.join(dir, 'extra')}\n`);
    const prog = 'import sys, site; print(sys.path); print(site.ENABLE_USER_SITE, site.USER_BASE, site.USER_SITE); print(list(sys.modules)); print(list(sys.path_importer_cache)); print(exit, help)';
    const envs: Record<string, string>[] = [{}, { PYTHONUSERBASE: path.join(dir, 'base') }, { HOME: dir }];
    for (const env of envs) {
      const r = run(['-c', prog], env, dir);
      const want = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pyts.mjs'), '-c', prog], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env }, encoding: 'utf8' });
      assert.equal(r.stdout, want.stdout, `${JSON.stringify(env)}: ${r.stderr}`);
      assert.ok(want.stdout.length > 0, want.stderr);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('snapshot: -c finds the module a linecache.py in the working directory shadows', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-shadow-')));
  try {
    fs.writeFileSync(path.join(dir, 'linecache.py'), 'print("mine")\ndef _register_code(*args):\n    pass\n');
    const r = run(['-c', 'import linecache; print(linecache.__file__)'], {}, dir);
    assert.equal(r.stdout, `mine\n${path.join(dir, 'linecache.py')}\n`, r.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('snapshot: command lines behave as python3.14', () => {
  const goldens = new Map(readGolden<RunGolden[]>('test/cli/goldens/run.json').map((g) => [g.name, g]));
  const known = knownFailures('cli');
  const real = fs.realpathSync(LAUNCHER);
  const misses: string[] = [];
  let same = 0;
  for (const c of RUN_CASES) {
    const g = goldens.get(c.name);
    if (g === undefined) continue;
    const got = runCase(c, [LAUNCHER], [real]);
    const usage = (s: string) => s.replace(/^usage: pyts /m, 'usage: <PROG> ').replace(/^pyts: can't/m, "<PROG>: can't");
    const ok = usage(got.stdout) === g.stdout && usage(got.stderr) === g.stderr && got.status === g.status;
    if (ok) same++;
    else if (!known.has(`run:${c.name}`)) {
      misses.push(`${c.name}: status ${got.status} (want ${g.status})\n--- pyts stdout\n${got.stdout}--- pyts stderr\n${got.stderr}--- python stdout\n${g.stdout}--- python stderr\n${g.stderr}`);
    }
  }
  console.log(`cli run through bin/pyts: ${same}/${RUN_CASES.length} command lines identical`);
  assert.deepEqual(misses, [], `${misses.length} of ${RUN_CASES.length} command lines differ`);
});
