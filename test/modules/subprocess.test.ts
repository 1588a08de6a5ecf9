// Child processes: subprocess, os.pipe, os.popen, os.system, waitpid and kill behave as CPython's.
// The oracle cannot start processes, so each program runs under pyts (bin/pyts) and under
// python3 (when the machine has one; CPython 3.11 and 3.14 agree on all of this) and must print the
// same; the concrete values each prints are asserted too, so the test means something without python3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/known.ts';
import { CaptureHost } from '../../src/runtime/capture-host.ts';
import { createInterpreter, runMain } from '../../src/runtime/run.ts';

const BIN = path.join(ROOT, 'bin', 'pyts');

/** Runs `code` after a line with sys.executable; returns the rest of stdout with that path as <EXE>. */
function run(command: string, code: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(command, ['-c', `import sys\nprint(sys.executable)\n${code}`], { encoding: 'utf8', timeout: 60000, cwd: ROOT });
  const nl = (r.stdout ?? '').indexOf('\n');
  const exe = r.stdout.slice(0, nl);
  return { stdout: r.stdout.slice(nl + 1).split(exe).join('<EXE>'), stderr: r.stderr, status: r.status };
}

const hasPython3 = spawnSync('python3', ['-c', 'pass']).status === 0;

// The cases run as one program (each interpreter starts once): a marker line opens each case.
const CASES: { name: string; code: string; want: string }[] = [];
const MARK = '=== case ';
let results: Map<string, { pyts: string; python3: string | null; stderr: string }> | null = null;

function program(): string {
  return CASES.map((c, i) => `print(${JSON.stringify(MARK + i)})\ndef case_${i}():\n${c.code.replace(/^/gm, '    ')}\ncase_${i}()\n`).join('');
}

function split(out: string): string[] {
  const parts = out.split(new RegExp(`^${MARK}\\d+\\n`, 'm'));
  return parts.slice(1);
}

function runAll(): Map<string, { pyts: string; python3: string | null; stderr: string }> {
  if (results !== null) return results;
  const src = program();
  const got = run(BIN, src);
  const py = hasPython3 ? run('python3', src) : null;
  const mine = split(got.stdout);
  const theirs = py === null ? null : split(py.stdout);
  results = new Map();
  CASES.forEach((c, i) => results!.set(c.name, { pyts: mine[i] ?? '', python3: theirs === null ? null : (theirs[i] ?? ''), stderr: got.stderr + (py?.stderr ?? '') }));
  return results;
}

/** A case: under pyts and under python3, `code` must print `want`. */
function same(name: string, code: string, want: string): void {
  CASES.push({ name, code, want });
  test(`subprocess: ${name}`, () => {
    const r = runAll().get(name)!;
    assert.equal(r.pyts, want, `pyts differs; stderr:\n${r.stderr}`);
    if (r.python3 !== null) assert.equal(r.python3, want, `python3 disagrees; stderr:\n${r.stderr}`);
  });
}

same(
  'run, capture_output, returncode, input, stderr=STDOUT',
  `import subprocess
r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
r = subprocess.run([sys.executable, '-c', 'import sys; print(42); print("err", file=sys.stderr); sys.exit(3)'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run(['cat'], input=b'hello there', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text mode', capture_output=True, text=True).stdout)
print(subprocess.check_output('echo $((1+2)); echo x >&2', shell=True, stderr=subprocess.STDOUT))
print(subprocess.run('exit 5', shell=True).returncode)
print(subprocess.getstatusoutput('echo x; exit 4'))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
`,
  `CompletedProcess(args=['echo', 'hi'], returncode=0, stdout=b'hi\\n', stderr=b'')
3 b'42\\n' b'err\\n'
b'hello there'
text mode
b'3\\nx\\n'
5
(4, 'x')
Command '['false']' returned non-zero exit status 1.
`,
);

same(
  'a missing program or directory: FileNotFoundError',
  `import subprocess
for kw in [dict(args=['nosuch-program-xyz']), dict(args=['ls'], cwd='/nonexistent-dir-xyz'), dict(args=['/nonexistent-dir-xyz/prog'])]:
    try:
        subprocess.run(**kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(['/'])
except PermissionError as e:
    print(type(e).__name__, e.errno, e.filename)
`,
  `FileNotFoundError 2 No such file or directory nosuch-program-xyz
FileNotFoundError 2 No such file or directory /nonexistent-dir-xyz
FileNotFoundError 2 No such file or directory /nonexistent-dir-xyz/prog
PermissionError 13 /
`,
);

same(
  'timeouts kill the child',
  `import subprocess, time
for capture in (False, True):
    t = time.monotonic()
    try:
        subprocess.run(['sleep', '5'], timeout=0.5, capture_output=capture)
    except subprocess.TimeoutExpired as e:
        print('timeout', e.cmd, 0.4 < time.monotonic() - t < 3)
`,
  `timeout ['sleep', '5'] True
timeout ['sleep', '5'] True
`,
);

same(
  'Popen: pipelines, communicate, poll, terminate, kill, waitpid',
  `import subprocess, os, signal
p1 = subprocess.Popen(['printf', 'b\\\\na\\\\nc\\\\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=subprocess.PIPE if False else p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate(), p1.wait(), p2.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
p.stdin.write(b'line1\\n')
p.stdin.flush()
print(p.stdout.readline())
print(p.communicate(b'line2\\n'))
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGKILL)
print(p.wait(), p.poll())
p = subprocess.Popen(['sh', '-c', 'exit 7'])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, status, os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status))
p = subprocess.Popen(['sleep', '10'])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGTERM)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(e)
`,
  `(b'a\\nb\\nc\\n', None) 0 0
b'line1\\n'
(b'line2\\n', b'')
None
-15
-9 -9
True 1792 7 True 7
(0, 0)
True 15
[Errno 10] No child processes
`,
);

same(
  'os.pipe, os.popen, os.system',
  `import os, select
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(select.select([r], [w], [], 0)[0])
os.write(w, b'abc')
print(select.select([r], [], [], 0)[0] == [r])
print(os.read(r, 2), os.read(r, 10))
with open(w, 'wb', closefd=False) as f:
    f.write(b'through io')
os.close(w)
with open(r, 'rb') as f:
    print(f.read())
with os.popen('echo popen') as f:
    print(f.read(), end='')
print(os.popen('exit 3').close())
print(os.system('exit 2'))
`,
  `False False True
[]
True
b'ab' b'c'
b'through io'
popen
768
512
`,
);

/** Runs `code` in this process (an embedding's CaptureHost); `noProcesses` removes the host's process calls, as in a browser. */
function inProcess(code: string, noProcesses: boolean): string {
  const file = '/pyts-test/modules/subprocess_case.py';
  const source = new TextEncoder().encode(code);
  const host = new CaptureHost(new Map([[file, source]]), '', '/pyts-test');
  if (noProcesses) {
    const h = host as unknown as Record<string, unknown>;
    for (const name of ['pipe', 'spawn', 'waitpid', 'kill', 'pollEvents', 'setBlocking', 'getBlocking']) h[name] = undefined;
  }
  const ip = createInterpreter(host, [file], '/pyts-test');
  const status = runMain(ip, source, file);
  return host.stdout + host.stderr + (status === 0 ? '' : `status ${status}\n`);
}

test('subprocess: a host without processes fails as a system without fork', () => {
  const got = inProcess(
    `import os, subprocess
for f in (os.pipe, lambda: os.waitpid(1234, 0), lambda: os.kill(1234, 9), lambda: subprocess.run(['true'])):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno)
`,
    true,
  );
  assert.equal(got, 'OSError 38\nChildProcessError 10\nProcessLookupError 3\nOSError 38\n');
});

test('subprocess: an embedding starts children too (the worker does not keep Node alive)', () => {
  const got = inProcess(
    `import subprocess
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 4'], capture_output=True))
`,
    false,
  );
  assert.equal(got, "CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2; exit 4'], returncode=4, stdout=b'out\\n', stderr=b'err\\n')\n");
});
