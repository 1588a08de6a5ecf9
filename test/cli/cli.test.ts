// `pyts FILE` prints on stderr what `python3.14 FILE` prints for files CPython refuses to run, and
// exits with the same status.  Goldens: tools/gen/cli.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { knownFailures, readGolden, ROOT } from '../support/known.ts';

interface CliGolden {
  name: string;
  source: string | null;
  stderr: string;
  status: number;
}

const BIN = path.join(ROOT, 'bin', 'pyts.mjs');

function runPyts(arg: string, dir: string): { stderr: string; status: number } {
  const r = spawnSync(process.execPath, [BIN, arg], { encoding: 'utf8', cwd: dir });
  const stderr = r.stderr.split(dir).join('<DIR>').replace(/^pyts: can't/, "<PROG>: can't");
  return { stderr, status: r.status ?? -1 };
}

test('cli: syntax errors, encoding errors and missing files reported as python3.14 reports them', () => {
  const goldens = readGolden<CliGolden[]>('test/cli/goldens/cli.json');
  const known = knownFailures('cli');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-cli-')));
  const misses: string[] = [];
  const fixed: string[] = [];
  try {
    for (const g of goldens) {
      let arg: string;
      if (g.source !== null) {
        arg = path.join(dir, g.name);
        fs.writeFileSync(arg, Buffer.from(g.source, 'base64'));
      } else {
        arg = g.name === '<missing>' ? path.join(dir, 'missing.py') : dir;
      }
      const got = runPyts(arg, dir);
      const ok = got.stderr === g.stderr && got.status === g.status;
      if (!ok && !known.has(g.name)) {
        misses.push(`${g.name}: status ${got.status} (want ${g.status})\n--- pyts\n${got.stderr}--- python3.14\n${g.stderr}`);
      }
      if (ok && known.has(g.name)) fixed.push(g.name);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`cli: ${goldens.length - misses.length - known.size + fixed.length}/${goldens.length} cases identical`);
  assert.deepEqual(fixed, [], 'now passing: remove from test/cli/known-failures.txt');
  assert.deepEqual(misses, [], `${misses.length} of ${goldens.length} cases differ`);
});
