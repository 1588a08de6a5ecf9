// -X importtime and PYTHONPROFILEIMPORTTIME print CPython's table on stderr: the header, then one line
// per import in CPython's format, nested imports indented under the import that made them.  The
// times themselves differ from run to run, so the format is compared with the machine's CPython
// (3.11 prints the same table as 3.14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/known.ts';

const BIN = path.join(ROOT, 'bin', 'pyts.mjs');

function stderrLines(cmd: string, args: string[], env: Record<string, string> = {}): string[] {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr.split('\n').filter((l) => l !== '');
}

/** A line's shape: each padded number field as #s of its width, without the indented module name. */
function shape(line: string): string {
  return line.replace(/[ \d]+\|/g, (m) => '#'.repeat(m.length - 1) + '|').replace(/\| +\S+$/, '|');
}

/** [indentation, name] of each timing line. */
function entries(lines: string[]): [number, string][] {
  return lines.slice(1).map((l) => {
    const m = /\| ( *)(\S+)$/.exec(l);
    assert.ok(m, l);
    return [m[1].length, m[2]];
  });
}

test('cli: -X importtime prints CPython\'s table', () => {
  const cpython = stderrLines('python3', ['-I', '-X', 'importtime', '-c', 'import json']);
  const pyts = stderrLines(process.execPath, [BIN, '-I', '-X', 'importtime', '-c', 'import json']);
  assert.equal(pyts[0], cpython[0], 'the header');
  // Every pyts line has the shape of CPython's lines (times padded to the same widths).
  const shapes = new Set(cpython.slice(1).map(shape));
  assert.equal(shapes.size, 1, 'CPython writes every line alike');
  for (const l of pyts.slice(1)) assert.ok(shapes.has(shape(l)), `line shape: ${JSON.stringify(l)}`);
  // json's own submodules come before it, one level deeper; json itself is at the top level.
  const e = entries(pyts);
  const json = e.findIndex(([, n]) => n === 'json');
  assert.ok(json > 0);
  assert.equal(e[json][0], 0);
  assert.ok(e.some(([indent, n]) => n === 'json.decoder' && indent === 2));
  // Start-up's imports are listed too (site and what it imports), as CPython lists them.
  for (const name of ['site', 'os', 'posixpath']) assert.ok(e.some(([, n]) => n === name), name);
  // Self times and cumulative times: the cumulative time is never less than the self time.
  for (const l of pyts.slice(1)) {
    const [self, cum] = l.split('|').map((x) => Number(x.replace(/\D/g, '')));
    assert.ok(cum >= self, l);
  }
});

test('cli: PYTHONPROFILEIMPORTTIME does what -X importtime does, -E ignores it', () => {
  const pyts = stderrLines(process.execPath, [BIN, '-c', 'pass'], { PYTHONPROFILEIMPORTTIME: '1' });
  const x = stderrLines(process.execPath, [BIN, '-X', 'importtime', '-c', 'pass']);
  assert.equal(pyts[0], x[0]);
  assert.deepEqual(entries(pyts), entries(x));
  assert.deepEqual(stderrLines(process.execPath, [BIN, '-E', '-c', 'pass'], { PYTHONPROFILEIMPORTTIME: '1' }), []);
});
