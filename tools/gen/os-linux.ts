// Linux facts the posix, errno and _signal modules expose: errno numbers and their strerror() texts,
// open() flags and other posix constants, signal numbers and strsignal() texts.
// The oracle runs on Emscripten, whose numbers differ from Linux's, so these come from the machine's
// 64-bit Linux python3 (the kernel's and glibc's values; they are the same under CPython 3.14).
// Writes tools/cpython/os-linux.json and src/modules/linux.generated.ts.
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/os-linux.json';
const OUT = 'src/modules/linux.generated.ts';

interface Data {
  /** [name, number, strerror text] in number order (errno.errorcode's name first, then aliases). */
  errno: [string, number, string][];
  /** posix constants: [name, value]. */
  posix: [string, number][];
  /** [name, number, strsignal text or null]. */
  signals: [string, number, string | null][];
}

const PROGRAM = String.raw`
import errno, os, posix, signal, json
names = sorted((v, n != errno.errorcode[v], n) for n, v in vars(errno).items() if n.startswith('E') and isinstance(v, int))
err = [[n, v, os.strerror(v)] for v, _, n in names]
keep = ('O_', 'EX_', 'RTLD_', 'SEEK_', 'ST_', 'CLD_', 'WNOHANG', 'WUNTRACED', 'WCONTINUED', 'WEXITED', 'WSTOPPED', 'WNOWAIT', 'PRIO_', 'SCHED_', 'P_', 'GRND_')
px = sorted([n, getattr(posix, n)] for n in dir(posix) if isinstance(getattr(posix, n), int) and (n.startswith(keep) or n in ('F_OK', 'R_OK', 'W_OK', 'X_OK', 'TMP_MAX', 'NGROUPS_MAX', 'F_LOCK', 'F_TLOCK', 'F_ULOCK', 'F_TEST')))
sig = []
for n in sorted(dir(signal)):
    v = getattr(signal, n)
    if n.startswith('SIG') and not n.startswith('SIG_') and isinstance(v, int):
        try:
            s = signal.strsignal(v)
        except ValueError:
            s = None
        sig.append([n, int(v), s])
sig.sort(key=lambda r: (r[1], r[0]))
print(json.dumps({'errno': err, 'posix': px, 'signals': sig}))
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines: string[] = [generatedHeader('tools/gen/os-linux.ts').replace('from CPython 3.14.2', "from Linux's python3 (kernel and glibc values)")];
  lines.push("/** errno names, numbers and strerror() texts: [name, number, message]; for each number errorcode's name comes first. */");
  lines.push('export const ERRNO_TABLE: readonly (readonly [string, number, string])[] = [');
  for (const [n, v, m] of d.errno) lines.push(`  [${JSON.stringify(n)}, ${v}, ${JSON.stringify(m)}],`);
  lines.push('];');
  lines.push('');
  lines.push('/** posix constants: [name, value]. */');
  lines.push('export const POSIX_CONSTANTS: readonly (readonly [string, number])[] = [');
  for (const [n, v] of d.posix) lines.push(`  [${JSON.stringify(n)}, ${v}],`);
  lines.push('];');
  lines.push('');
  lines.push('/** Signals: [name, number, strsignal() text or null]. */');
  lines.push('export const SIGNAL_TABLE: readonly (readonly [string, number, string | null])[] = [');
  for (const [n, v, m] of d.signals) lines.push(`  [${JSON.stringify(n)}, ${v}, ${JSON.stringify(m)}],`);
  lines.push('];');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'os-linux',
  async query() {
    const r = spawnSync('python3', ['-c', PROGRAM], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
    writeJson(DATA, JSON.parse(r.stdout));
  },
  render,
});
