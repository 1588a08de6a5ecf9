// Fuzzing the front end: mutated stdlib files (seeded, deterministic) and pathological programs.
// parse() (string and file input) and the tokenizer's extra-tokens view must end with a result or
// ParseError / FrontEndError -- never another JS exception (a RangeError stack overflow included),
// never hang -- and parse() must end the way CPython 3.14.2's parser
// ends (ok, or the same exception class; the messages' agreement is reported).
// Cases: test/parser/fuzz-cases.ts; goldens: tools/gen/parser-fuzz.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse } from '../../src/parser/index.ts';
import { FrontEndError, ParseError } from '../../src/parser/errors.ts';
import { allFuzzCases } from './fuzz-cases.ts';
import { Tokenizer } from '../../src/parser/tokenizer/index.ts';
import { decodeSource } from '../../src/parser/source.ts';
import { Tok } from '../../src/parser/tokens.generated.ts';
import { knownFailures, readGolden } from '../support/known.ts';

/** The tokenize module's view of the whole input (extra tokens): it must end cleanly too. */
function extraTokensOutcome(source: Uint8Array): string {
  try {
    const text = decodeSource(source, { filename: 'fuzz.py', input: 'file' }).text;
    const tok = new Tokenizer(text, { extraTokens: true });
    for (let t = tok.next(); t.type !== Tok.ENDMARKER && t.type !== Tok.ERRORTOKEN; t = tok.next());
    return 'ok';
  } catch (e) {
    if (e instanceof ParseError || e instanceof FrontEndError) return `${e.kind}: ${e.msg}`;
    return `JS ${e instanceof Error ? e.name : typeof e}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function outcome(source: Uint8Array, input: 'string' | 'file'): string {
  try {
    parse(source, { filename: 'fuzz.py', mode: 'exec', input });
    return 'ok';
  } catch (e) {
    if (e instanceof ParseError || e instanceof FrontEndError) return `${e.kind}: ${e.msg}`;
    return `JS ${e instanceof Error ? e.name : typeof e}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

const cls = (o: string): string => o.split(':')[0];

test('fuzz: mutated stdlib files and pathological programs end cleanly, as CPython ends', { timeout: 300_000 }, () => {
  const golden = readGolden<[string, string, string][]>('test/parser/goldens/fuzz.json');
  const cases = allFuzzCases();
  assert.equal(cases.length, golden.length, 'the cases changed: run `npm run goldens -- parser-fuzz`');
  const known = knownFailures('parser/fuzz');
  const jsErrors: string[] = [];
  const classMisses: string[] = [];
  let sameMessage = 0;
  let sameClass = 0;
  let compared = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const [name, hash, want] = golden[i];
    assert.equal(c.name, name);
    assert.equal(createHash('sha256').update(c.source).digest('hex').slice(0, 12), hash, `${name}: not the source the golden was made from`);
    const got = outcome(c.source, 'string');
    const gotFile = outcome(c.source, 'file');
    const gotExtra = extraTokensOutcome(c.source);
    for (const o of [got, gotFile, gotExtra]) if (o.startsWith('JS ')) jsErrors.push(`${name}: ${o.slice(0, 200)}`);
    if (want === 'oracle-crash') continue; // CPython's WebAssembly build overflows its own stack here
    compared++;
    if (got === want) sameMessage++;
    if (cls(got) === cls(want)) sameClass++;
    else if (!known.has(name)) classMisses.push(`${name}: ${got.slice(0, 120)} | CPython: ${want.slice(0, 120)}`);
  }
  console.log(`fuzz: ${cases.length} cases, ${sameClass}/${compared} with CPython's outcome class, ${sameMessage}/${compared} with its message too`);
  assert.deepEqual(jsErrors, [], 'JS exceptions escaped parse()');
  assert.deepEqual(classMisses, [], `${classMisses.length} cases end differently from CPython`);
});
