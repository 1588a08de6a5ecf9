// PYTHONIOENCODING=encoding[:errors]: the standard streams' encoding and error handler.  The oracle
// (Pyodide) has no process environment to set, so every expected value is what CPython 3.11.7 wrote
// for the same script, run as `env -i PATH=$PATH PYTHONIOENCODING=<value> python3 -c SCRIPT` (stdout's
// bytes, read as latin-1); 3.11 and 3.14 agree on config_init_stdio_encoding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/known.ts';

const BIN = path.join(ROOT, 'bin', 'pyts.mjs');

const SCRIPT =
  'import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stdin.encoding, sys.stdin.errors, sys.stderr.encoding, sys.stderr.errors); ' +
  'sys.stdout.flush(); sys.stdout.buffer.write("\\xa2\\xe9|".encode(sys.stdout.encoding, sys.stdout.errors))';

function run(value: string, extra: string[] = []): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...extra, '-c', SCRIPT], { encoding: 'latin1', env: { PATH: process.env.PATH ?? '', PYTHONIOENCODING: value } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const CASES: [string, string][] = [
  ['ascii:replace', 'ascii replace ascii replace ascii backslashreplace\n??|'],
  ['latin-1', 'iso8859-1 strict iso8859-1 strict iso8859-1 backslashreplace\n\u00a2\u00e9|'],
  [':ignore', 'utf-8 ignore utf-8 ignore utf-8 backslashreplace\n\u00c2\u00a2\u00c3\u00a9|'],
  [':', 'utf-8 surrogateescape utf-8 surrogateescape utf-8 backslashreplace\n\u00c2\u00a2\u00c3\u00a9|'],
  ['', 'utf-8 surrogateescape utf-8 surrogateescape utf-8 backslashreplace\n\u00c2\u00a2\u00c3\u00a9|'],
  ['utf8', 'utf-8 strict utf-8 strict utf-8 backslashreplace\n\u00c2\u00a2\u00c3\u00a9|'],
  ['latin-1:backslashreplace', 'iso8859-1 backslashreplace iso8859-1 backslashreplace iso8859-1 backslashreplace\n\u00a2\u00e9|'],
];

for (const [value, want] of CASES) {
  test(`PYTHONIOENCODING=${JSON.stringify(value)}`, () => {
    const r = run(value);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, want);
  });
}

test('PYTHONIOENCODING is ignored under -E', () => {
  assert.equal(run('latin-1', ['-E']).stdout, 'utf-8 surrogateescape utf-8 surrogateescape utf-8 backslashreplace\n\u00c2\u00a2\u00c3\u00a9|');
});

test('PYTHONIOENCODING naming an unknown codec is a fatal start-up error', () => {
  const r = run('foo');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  // CPython goes on to name the current thread; pyts stops after the exception.
  assert.ok(
    r.stderr.startsWith(
      'Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\nLookupError: unknown encoding: foo\n',
    ),
    r.stderr,
  );
});
