// Benchmark: source to code objects over the standard library (python_stdlib.zip), pyts beside
// CPython's compile() (`python3` on this machine) in the same run, on the same files (those the
// local python3 can compile: it may be older than 3.14). Throughput is source bytes per second,
// best of ROUNDS after a warm-up round.   npm run bench:compile [-- ROUNDS]
import { spawnSync } from 'node:child_process';
import { openStdlibZip, stdlibZipPath } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { compileAst } from '../src/compiler/index.ts';
import type * as ast from '../src/ast/nodes.generated.ts';

const ROUNDS = Number(process.argv[2] ?? 3);

const PY = String.raw`
import json, sys, time, zipfile
zf = zipfile.ZipFile(sys.argv[1])
names = sorted(n for n in zf.namelist() if n.endswith('.py'))
srcs = [(n, zf.read(n)) for n in names]
ok = []
for n, s in srcs:
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

const py = spawnSync('python3', ['-c', PY, stdlibZipPath(), String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(1);
}
const cp = JSON.parse(py.stdout) as { version: string; ok: string[]; bytes: number; seconds: number };
const same = new Set(cp.ok);

function timeIt(f: () => void): number {
  let best = Infinity;
  f(); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    const t = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

const subset = sources.filter(([n]) => same.has(n));
const subsetBytes = subset.reduce((a, [, s]) => a + s.length, 0);
const allBytes = sources.reduce((a, [, s]) => a + s.length, 0);
const full = timeIt(() => {
  for (const [n, s] of subset) compileAst(parse(s, { filename: n }), n);
});
const fullAll = timeIt(() => {
  for (const [n, s] of sources) compileAst(parse(s, { filename: n }), n);
});
// The compiler alone: ASTs parsed beforehand (compileAst consumes its tree, so one parse per round).
let trees: ast.mod[] = [];
let compileOnly = Infinity;
for (let r = 0; r <= ROUNDS; r++) {
  trees = sources.map(([n, s]) => parse(s, { filename: n }));
  const t = process.hrtime.bigint();
  trees.forEach((tree, i) => compileAst(tree, sources[i][0]));
  if (r > 0) compileOnly = Math.min(compileOnly, Number(process.hrtime.bigint() - t) / 1e9);
}

console.log(`stdlib: ${sources.length} files, ${(allBytes / 1e6).toFixed(2)} MB; CPython ${cp.version} compiles ${cp.ok.length} of them (${(subsetBytes / 1e6).toFixed(2)} MB)`);
console.log(`CPython ${cp.version} compile(), those files:   ${mbps(cp.bytes, cp.seconds)}  (${cp.seconds.toFixed(2)} s)`);
console.log(`pyts parse + compile, those files:    ${mbps(subsetBytes, full)}  (${full.toFixed(2)} s)  ${(full / cp.seconds).toFixed(1)}x CPython's time`);
console.log(`pyts parse + compile, all files:      ${mbps(allBytes, fullAll)}  (${fullAll.toFixed(2)} s)`);
console.log(`pyts compile only (AST -> code), all: ${mbps(allBytes, compileOnly)}  (${compileOnly.toFixed(2)} s)`);
