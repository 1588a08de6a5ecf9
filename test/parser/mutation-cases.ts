// Seeded mutations of standard-library code for the parser's error parity: a window of lines of a
// stdlib file, dedented, with one or two tokens deleted, inserted or replaced. Deterministic: the
// golden (tools/gen/parser-mutations.ts) and the test (mutations.test.ts) build the same programs.
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { Tokenizer } from '../../src/parser/tokenizer/index.ts';
import { Tok } from '../../src/parser/tokens.generated.ts';

export const MUTATION_SEED = 2026;
export const MUTATION_COUNT = 1200;

const INSERTS = [
  '(', ')', '[', ']', '{', '}', ':', ',', '=', '==', 'if', 'else', 'for', 'in', 'not', 'lambda', '*', '**',
  'yield', 'await', 'async', 'def', 'class', 'return', 'import', 'from', 'as', 'with', 'try', 'except',
  'finally', '.', '...', '@', ':=', '->', 'f"{', '"', "'", '\\', 'pass', 'None', '1', 'x', 'match', 'case',
  '|', ';', '\n', '    ', 't"{x}"', 'b"x"', 'is', 'and', 'or', 'del', 'global', 'raise', 'while', 'elif',
  '/', '%', '0x', '1_', '"""', 'u"é"', '€', '\t', 'print x', '*a,', '**k', 'type X =', '!', '$', '?',
];

/** A linear congruential generator (deterministic across runs and platforms). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function mutate(src: string, rnd: () => number): string {
  const spans: [number, number][] = [];
  const tok = new Tokenizer(src, { extraTokens: true });
  for (;;) {
    const t = tok.next();
    if (t.type === Tok.ENDMARKER || t.type === Tok.ERRORTOKEN) break;
    if (t.end > t.start) spans.push([t.start, t.end]);
  }
  if (spans.length === 0) return src;
  const [s, e] = spans[Math.floor(rnd() * spans.length)];
  const op = rnd();
  const ins = INSERTS[Math.floor(rnd() * INSERTS.length)];
  if (op < 0.33) return src.slice(0, s) + src.slice(e);
  if (op < 0.66) return src.slice(0, s) + ins + ' ' + src.slice(s);
  return src.slice(0, s) + ins + src.slice(e);
}

/** The mutated programs. */
export function mutationCases(count = MUTATION_COUNT, seed = MUTATION_SEED): string[] {
  const rnd = random(seed);
  const zip = openStdlibZip();
  const names = zip
    .names()
    .filter((n) => n.endsWith('.py'))
    .sort();
  const out: string[] = [];
  while (out.length < count) {
    const name = names[Math.floor(rnd() * names.length)];
    const lines = new TextDecoder().decode(zip.read(name)!).split('\n');
    const start = Math.floor(rnd() * Math.max(1, lines.length - 30));
    const window = lines.slice(start, start + 5 + Math.floor(rnd() * 25));
    const indent = /^[ \t]*/.exec(window[0])![0].length;
    let src = window.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length))).join('\n') + '\n';
    const n = 1 + Math.floor(rnd() * 2);
    for (let i = 0; i < n; i++) src = mutate(src, rnd);
    out.push(src);
  }
  return out;
}
