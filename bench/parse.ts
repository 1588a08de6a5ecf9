// Benchmark: source to AST over the standard library (python_stdlib.zip), pyts's parse() beside
// CPython's ast.parse (`python3` on this machine) in the same run, on the same files: those the
// local python3 can parse (it may be older than 3.14).  Throughput is source bytes per second,
// best of ROUNDS after a warm-up round; CPython's and pyts's rounds alternate, so both meet the same
// machine load.  The tokenizer alone is shown too.
//   npm run bench:parse [-- ROUNDS]
import { spawn } from 'node:child_process';
import readline from 'node:readline';
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
print(json.dumps({'version': sys.version.split()[0], 'ok': [n for n, _ in ok], 'bytes': sum(len(s) for _, s in ok)}), flush=True)
for line in sys.stdin:
    t = time.perf_counter()
    for n, s in ok:
        ast.parse(s, n)
    print(time.perf_counter() - t, flush=True)
`;

function mbps(bytes: number, seconds: number): string {
  return (bytes / seconds / 1e6).toFixed(2) + ' MB/s';
}

function seconds(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const zip = openStdlibZip();
const sources = zip
  .names()
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => [n, zip.read(n)!] as const);

// python3 parses a round each time it reads a line, and answers with the time it took.
const py = spawn('python3', ['-c', PY, stdlibZipPath()], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = readline.createInterface({ input: py.stdout })[Symbol.asyncIterator]();
async function nextLine(): Promise<string> {
  const r = await lines.next();
  if (r.done) {
    console.error('python3 failed');
    process.exit(1);
  }
  return r.value;
}
async function cpythonRound(): Promise<number> {
  py.stdin.write('go\n');
  return Number(await nextLine());
}
const cp = JSON.parse(await nextLine()) as { version: string; ok: string[]; bytes: number };
const same = new Set(cp.ok);
const subset = sources.filter(([n]) => same.has(n));
const subsetBytes = subset.reduce((a, [, s]) => a + s.length, 0);
const allBytes = sources.reduce((a, [, s]) => a + s.length, 0);

const parseSubsetRound = (): void => {
  for (const [n, s] of subset) parse(s, { filename: n });
};
const parseAllRound = (): void => {
  for (const [n, s] of sources) {
    try {
      parse(s, { filename: n });
    } catch {
      // A file CPython 3.14 rejects too (none in the stdlib today).
    }
  }
};
const tokenizeRound = (): void => {
  for (const [n, s] of sources) {
    const tok = createTokenizer(s, { filename: n });
    for (let t = tok.next(); t.type !== Tok.ENDMARKER && t.type !== Tok.ERRORTOKEN; t = tok.next());
  }
};

// A warm-up round each, then ROUNDS alternating rounds.
await cpythonRound();
parseSubsetRound();
parseAllRound();
tokenizeRound();
let cpSeconds = Infinity;
let parseSubset = Infinity;
let parseAll = Infinity;
let tokenizeAll = Infinity;
for (let r = 0; r < ROUNDS; r++) {
  cpSeconds = Math.min(cpSeconds, await cpythonRound());
  parseSubset = Math.min(parseSubset, seconds(parseSubsetRound));
  parseAll = Math.min(parseAll, seconds(parseAllRound));
  tokenizeAll = Math.min(tokenizeAll, seconds(tokenizeRound));
}
py.stdin.end();

console.log(`parse: ${subset.length} stdlib files CPython ${cp.version} can parse, ${(subsetBytes / 1e6).toFixed(2)} MB; best of ${ROUNDS} rounds`);
console.log(`  CPython ${cp.version} ast.parse   ${mbps(cp.bytes, cpSeconds)}`);
console.log(`  pyts parse()              ${mbps(subsetBytes, parseSubset)}   (${(cpSeconds / parseSubset).toFixed(2)}x CPython)`);
console.log(`all ${sources.length} files, ${(allBytes / 1e6).toFixed(2)} MB:`);
console.log(`  pyts parse()              ${mbps(allBytes, parseAll)}`);
console.log(`  pyts tokenizer alone      ${mbps(allBytes, tokenizeAll)}`);
