// Deterministic inputs for the parser fuzz test: mutations of real stdlib files (seeded PRNG) and
// pathological programs.  Shared by test/parser/fuzz.test.ts and tools/gen/parser-fuzz.ts, so both
// see byte-identical sources.
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';

export interface FuzzCase {
  name: string;
  source: Uint8Array;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = new TextEncoder();
/** Characters that matter to the tokenizer and parser, for insertions. */
const PALETTE = enc.encode('()[]{}:,;.\'"\\\n\t #=@*+-fbrtu0123456789xj_\r\x0c!<>%&|^~');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

type Mutation = (b: Uint8Array, r: () => number) => [string, Uint8Array];

const int = (r: () => number, n: number): number => Math.floor(r() * n);

const MUTATIONS: Mutation[] = [
  (b, r) => {
    const i = int(r, b.length + 1);
    const n = 1 + int(r, 8);
    return ['delete', concat(b.subarray(0, i), b.subarray(i + n))];
  },
  (b, r) => {
    const i = int(r, b.length + 1);
    const ins = Uint8Array.from({ length: 1 + int(r, 4) }, () => PALETTE[int(r, PALETTE.length)]);
    return ['insert', concat(b.subarray(0, i), ins, b.subarray(i))];
  },
  (b, r) => {
    const i = int(r, b.length + 1);
    const n = 1 + int(r, 40);
    return ['duplicate', concat(b.subarray(0, i + n), b.subarray(i, i + n), b.subarray(i + n))];
  },
  (b, r) => {
    const i = int(r, b.length);
    const j = int(r, b.length);
    const n = 1 + int(r, 20);
    const [x, y] = i < j ? [i, j] : [j, i];
    if (x + n > y) return ['swap', b];
    return ['swap', concat(b.subarray(0, x), b.subarray(y, y + n), b.subarray(x + n, y), b.subarray(x, x + n), b.subarray(y + n))];
  },
  (b, r) => ['truncate', b.subarray(0, int(r, b.length + 1))],
  (b, r) => {
    const i = int(r, b.length + 1);
    const rnd = Uint8Array.from({ length: 1 + int(r, 6) }, () => int(r, 256));
    return ['random bytes', concat(b.subarray(0, i), rnd, b.subarray(i))];
  },
  (b, r) => {
    const i = int(r, b.length + 1);
    const bad = [[0xff], [0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]][int(r, 6)];
    return ['invalid utf-8', concat(b.subarray(0, i), Uint8Array.from(bad), b.subarray(i))];
  },
  (b, r) => {
    const i = int(r, b.length + 1);
    return ['nul byte', concat(b.subarray(0, i), Uint8Array.of(0), b.subarray(i))];
  },
  (b, r) => {
    // Replace a line's indentation with tabs or odd spaces.
    const nl = b.indexOf(10, int(r, b.length));
    if (nl < 0) return ['indent', b];
    const ws = enc.encode(['\t', ' ', '   ', '\t ', ' \t', '\x0c'][int(r, 6)]);
    return ['indent', concat(b.subarray(0, nl + 1), ws, b.subarray(nl + 1))];
  },
];

/** Mutations of stdlib files: `files` files (the smaller ones, spread over the list) times `perFile` mutations. */
export function mutationCases(seed: number, files: number, perFile: number): FuzzCase[] {
  const zip = openStdlibZip();
  const names = zip
    .names()
    .filter((n) => n.endsWith('.py'))
    .sort()
    .filter((n) => {
      const size = zip.read(n)!.length;
      return size > 200 && size < 20000;
    });
  const r = prng(seed);
  const out: FuzzCase[] = [];
  for (let f = 0; f < files; f++) {
    const name = names[Math.floor((f * names.length) / files)];
    const orig = zip.read(name)!;
    for (let m = 0; m < perFile; m++) {
      let b: Uint8Array = orig;
      const steps = 1 + int(r, 3);
      const what: string[] = [];
      for (let s = 0; s < steps; s++) {
        const [kind, next] = MUTATIONS[int(r, MUTATIONS.length)](b, r);
        what.push(kind);
        b = next;
      }
      out.push({ name: `${name} #${m} (${what.join(', ')})`, source: b });
    }
  }
  return out;
}

const s = (name: string, text: string): FuzzCase => ({ name, source: enc.encode(text) });

/** Programs at and past the parser's and tokenizer's limits. */
export function pathologicalCases(): FuzzCase[] {
  return [
    s('300 nested parentheses', 'x = ' + '('.repeat(300) + '1' + ')'.repeat(300) + '\n'),
    s('1000 nested parentheses', 'x = ' + '('.repeat(1000) + '1' + ')'.repeat(1000) + '\n'),
    s('1000 open parentheses', 'x = ' + '('.repeat(1000) + '\n'),
    s('199 nested parentheses', 'x = ' + '('.repeat(199) + '1' + ')'.repeat(199) + '\n'),
    s('150 nested brackets', 'x = ' + '['.repeat(150) + ']'.repeat(150) + '\n'),
    s('150 nested braces and brackets', 'x = ' + '[{'.repeat(75) + '}]'.repeat(75) + '\n'),
    s('100000 unary minus', 'x = ' + '-'.repeat(100000) + '1\n'),
    s('1000 unary minus', 'x = ' + '-'.repeat(1000) + '1\n'),
    s('10000 unary invert', 'x = ' + '~'.repeat(10000) + '1\n'),
    s('10000 not', 'x = ' + 'not '.repeat(10000) + 'y\n'),
    s('10000 await', 'async def f():\n    return ' + 'await '.repeat(10000) + 'x\n'),
    s('5000 nested lambdas', 'f = ' + 'lambda: '.repeat(5000) + '1\n'),
    s('5000 nested conditional', 'x = ' + '1 if y else '.repeat(5000) + '2\n'),
    s('100000 additions', 'x = ' + '1 + '.repeat(100000) + '1\n'),
    s('100000 attribute chain', 'x = a' + '.b'.repeat(100000) + '\n'),
    s('50000 calls chain', 'x = f' + '()'.repeat(50000) + '\n'),
    s('50000 subscripts', 'x = a' + '[0]'.repeat(50000) + '\n'),
    s('20000 power chain', 'x = 2' + ' ** 2'.repeat(20000) + '\n'),
    s('1000 nested lists unclosed', '['.repeat(1000)),
    s('100 nested blocks', Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(100) + 'pass\n'),
    s('98 nested blocks', Array.from({ length: 98 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(98) + 'pass\n'),
    s('nested f-strings 149', 'x = ' + 'f"{'.repeat(149) + '1' + '}"'.repeat(149) + '\n'),
    s('nested f-strings 150', 'x = ' + 'f"{'.repeat(150) + '1' + '}"'.repeat(150) + '\n'),
    s('100000-line file', Array.from({ length: 100000 }, (_, i) => `x${i} = (${i} + y) * z  # line ${i}\n`).join('')),
    s('one 1000000-character line', 'x = ' + '"' + 'a'.repeat(1000000) + '"\n'),
    s('100000 statements on one line', 'x = 1; '.repeat(100000) + '\n'),
    s('10000 decorators', '@d\n'.repeat(10000) + 'def f(): pass\n'),
    s('10000 elifs', 'if x: pass\n' + 'elif x: pass\n'.repeat(10000)),
    s('nested tuples 1000 unclosed commas', 'x = ' + '(1,'.repeat(1000) + '\n'),
    s('10000 string concatenation', 'x = ' + '"a" '.repeat(10000) + '\n'),
    s('10000 f-string parts', 'x = f"' + '{a}'.repeat(10000) + '"\n'),
    s('deep dict display', 'x = ' + '{1:'.repeat(150) + '1' + '}'.repeat(150) + '\n'),
    s('deep starred', 'x = [' + '*('.repeat(150) + 'a' + ')'.repeat(150) + ']\n'),
    s('deep match pattern', 'match x:\n    case ' + '['.repeat(150) + ']'.repeat(150) + ':\n        pass\n'),
  ];
}

export const FUZZ_SEED = 0x5eed;
export const FUZZ_FILES = 50;
export const FUZZ_PER_FILE = 20;

/** Every fuzz case, in a fixed order: the pathological programs, then the mutations. */
export function allFuzzCases(): FuzzCase[] {
  return [...pathologicalCases(), ...mutationCases(FUZZ_SEED, FUZZ_FILES, FUZZ_PER_FILE)];
}
