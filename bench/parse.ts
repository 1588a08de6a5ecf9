// Benchmark: source to AST over the standard library (python_stdlib.zip), pyts's parse() beside
// CPython's ast.parse (`python3` on this machine) in the same run, on the same files: those the
// local python3 can parse (it may be older than 3.14).  Throughput is source bytes per second,
// best of ROUNDS after a warm-up round; the tokenizer alone is shown too.
//   npm run bench:parse [-- ROUNDS]
import { spawnSync } from 'node:child_process';
import { openStdlibZip, stdlibZipPath } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { createTokenizer } from '../src/parser/tokenizer/index.ts';
import { Tok } from '../src/parser/tokens.generated.ts';

const ROUNDS = Number(process.argv[2] ?? 5);

const PY = String.raw`
import ast, json, sys, time, zipfile
zf = zipfile.ZipFile(sys.argv[1])
names = sorted(n for n in zf.namelist() if n.endswith('.py'))
srcs = [(n, zf.read(n)) for n in names]
ok = []
for n, s in srcs:
    try:
        ast.parse(s, n)
        ok.append((n, s))
    except SyntaxError:
        pass
best = None
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for n, s in ok:
        ast.parse(s, n)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(json.dumps({'version': sys.version.split()[0], 'ok': [n for n, _ in ok], 'bytes': sum(len(s) for _, s in ok), 'seconds': best}))
`;

function mbps(bytes: number, seconds: number): string {
  return (bytes / seconds / 1e6).toFixed(2) + ' MB/s';
}

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

const zip = openStdlibZip();
const sources = zip
  .names()
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => [n, zip.read(n)!] as const);

const py = spawnSync('python3', ['-c', PY, stdlibZipPath(), String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(1);
}
const cp = JSON.parse(py.stdout) as { version: string; ok: string[]; bytes: number; seconds: number };
const same = new Set(cp.ok);
const subset = sources.filter(([n]) => same.has(n));
const subsetBytes = subset.reduce((a, [, s]) => a + s.length, 0);
const allBytes = sources.reduce((a, [, s]) => a + s.length, 0);

const parseSubset = timeIt(() => {
  for (const [n, s] of subset) parse(s, { filename: n });
});
const parseAll = timeIt(() => {
  for (const [n, s] of sources) {
    try {
      parse(s, { filename: n });
    } catch {
      // A file CPython 3.14 rejects too (none in the stdlib today).
    }
  }
});
const tokenizeAll = timeIt(() => {
  for (const [n, s] of sources) {
    const tok = createTokenizer(s, { filename: n });
    for (let t = tok.next(); t.type !== Tok.ENDMARKER && t.type !== Tok.ERRORTOKEN; t = tok.next());
  }
});

console.log(`parse: ${subset.length} stdlib files CPython ${cp.version} can parse, ${(subsetBytes / 1e6).toFixed(2)} MB; best of ${ROUNDS} rounds`);
console.log(`  CPython ${cp.version} ast.parse   ${mbps(cp.bytes, cp.seconds)}`);
console.log(`  pyts parse()              ${mbps(subsetBytes, parseSubset)}   (${(cp.seconds / parseSubset).toFixed(2)}x CPython)`);
console.log(`all ${sources.length} files, ${(allBytes / 1e6).toFixed(2)} MB:`);
console.log(`  pyts parse()              ${mbps(allBytes, parseAll)}`);
console.log(`  pyts tokenizer alone      ${mbps(allBytes, tokenizeAll)}`);
