// Benchmark: source to code objects over the standard library (python_stdlib.zip), pyts beside
// CPython's compile() (`python3` on this machine) in the same run, on the same files (those the
// local python3 can compile: it may be older than 3.14). Throughput is source bytes per second,
// best of ROUNDS after a warm-up round; the rounds of CPython and pyts alternate, so that both meet
// the same machine load.   npm run bench:compile [-- ROUNDS]
import { spawnSync } from 'node:child_process';
import { openStdlibZip, stdlibZipPath } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { compileAst } from '../src/compiler/index.ts';
import type * as ast from '../src/ast/nodes.generated.ts';

const ROUNDS = Number(process.argv[2] ?? 3);

const PY = String.raw`
import json, sys, time, zipfile
zf = zipfile.ZipFile(sys.argv[1])
given = sys.stdin.read().split()
names = given or sorted(n for n in zf.namelist() if n.endswith('.py'))
srcs = [(n, zf.read(n)) for n in names]
ok = []
for n, s in srcs:
    if given:
        ok.append((n, s))
        continue
    try:
        compile(s, n, 'exec')
        ok.append((n, s))
    except SyntaxError:
        pass
best = None
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for n, s in ok:
        compile(s, n, 'exec')
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(json.dumps({'version': sys.version.split()[0], 'ok': [n for n, _ in ok], 'bytes': sum(len(s) for _, s in ok), 'seconds': best}))
`;

function mbps(bytes: number, seconds: number): string {
  return (bytes / seconds / 1e6).toFixed(2) + ' MB/s';
}

const zip = openStdlibZip();
const names = zip.names().filter((n) => n.endsWith('.py')).sort();
const sources = names.map((n) => [n, zip.read(n)!] as const);

/** One CPython measurement (best of `rounds`) in a fresh python3, over `names` or every file it compiles. */
function cpython(rounds: number, names: string[]): { version: string; ok: string[]; bytes: number; seconds: number } {
  const py = spawnSync('python3', ['-c', PY, stdlibZipPath(), String(rounds)], { input: names.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (py.status !== 0) {
    console.error(py.stderr);
    process.exit(1);
  }
  return JSON.parse(py.stdout);
}

const cp = cpython(1, []);
const same = new Set(cp.ok);
const subset = sources.filter(([n]) => same.has(n));
const subsetBytes = subset.reduce((a, [, s]) => a + s.length, 0);
const allBytes = sources.reduce((a, [, s]) => a + s.length, 0);

function seconds(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
}
const full = () => {
  for (const [n, s] of subset) compileAst(parse(s, { filename: n }), n);
};
const fullAll = () => {
  for (const [n, s] of sources) compileAst(parse(s, { filename: n }), n);
};
full(); // warm-up
let best = { cp: cp.seconds, full: Infinity, fullAll: Infinity, compileOnly: Infinity };
for (let r = 0; r < ROUNDS; r++) {
  const c = cpython(1, cp.ok).seconds;
  const f = seconds(full);
  const fa = seconds(fullAll);
  // The compiler alone: ASTs parsed beforehand (compileAst consumes its tree, so one parse per round).
  const trees: ast.mod[] = sources.map(([n, s]) => parse(s, { filename: n }));
  const co = seconds(() => trees.forEach((tree, i) => compileAst(tree, sources[i][0])));
  best = { cp: Math.min(best.cp, c), full: Math.min(best.full, f), fullAll: Math.min(best.fullAll, fa), compileOnly: Math.min(best.compileOnly, co) };
}
cp.seconds = best.cp;
const { full: fullS, fullAll: fullAllS, compileOnly } = best;

console.log(`stdlib: ${sources.length} files, ${(allBytes / 1e6).toFixed(2)} MB; CPython ${cp.version} compiles ${cp.ok.length} of them (${(subsetBytes / 1e6).toFixed(2)} MB)`);
console.log(`CPython ${cp.version} compile(), those files:   ${mbps(cp.bytes, cp.seconds)}  (${cp.seconds.toFixed(2)} s)`);
console.log(`pyts parse + compile, those files:    ${mbps(subsetBytes, fullS)}  (${fullS.toFixed(2)} s)  ${(fullS / cp.seconds).toFixed(1)}x CPython's time`);
console.log(`pyts parse + compile, all files:      ${mbps(allBytes, fullAllS)}  (${fullAllS.toFixed(2)} s)`);
console.log(`pyts compile only (AST -> code), all: ${mbps(allBytes, compileOnly)}  (${compileOnly.toFixed(2)} s)`);
