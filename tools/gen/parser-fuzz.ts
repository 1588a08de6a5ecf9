// Golden for the parser fuzz test: for every case of test/parser/fuzz-cases.ts, how CPython 3.14.2's
// parser ends: "ok", or the exception class and message (compile(..., ast.PyCF_ONLY_AST)).
// A RecursionError while CPython converts a very deep tree to Python objects counts as "ok": the
// parser itself succeeded.  Some pathological inputs overflow the WebAssembly build's own stack
// and kill the oracle ("oracle-crash": native CPython's answer is unknown, the test then only
// requires a clean outcome).  Writes test/parser/goldens/fuzz.json: [name, sha256 prefix of the
// source, outcome].
import { createHash } from 'node:crypto';
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { Oracle } from '../oracle/client.ts';
import { mutationCases, pathologicalCases, type FuzzCase, FUZZ_SEED, FUZZ_FILES, FUZZ_PER_FILE } from '../../test/parser/fuzz-cases.ts';

export const FUZZ_GOLDEN = 'test/parser/goldens/fuzz.json';

const QUERY = `
import ast, base64
def main(b64):
    src = base64.b64decode(b64)
    try:
        compile(src, 'fuzz.py', 'exec', ast.PyCF_ONLY_AST)
    except RecursionError:
        return 'ok'
    except Exception as e:
        return type(e).__name__ + ': ' + (e.msg if isinstance(e, SyntaxError) else str(e))
    return 'ok'
`;

export function sourceHash(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex').slice(0, 12);
}

/** Asks a fresh oracle process about each case in turn; a crash costs only that process. */
async function isolated(cases: FuzzCase[]): Promise<string[]> {
  const out: string[] = [];
  for (const c of cases) {
    const o = new Oracle(1);
    try {
      out.push(await o.call<string>(QUERY, Buffer.from(c.source).toString('base64'), 120_000));
    } catch {
      out.push('oracle-crash');
    } finally {
      o.close();
    }
  }
  return out;
}

registerGolden({
  name: 'parser-fuzz',
  async query(oracle) {
    const rows: [string, string, string][] = [];
    const patho = pathologicalCases();
    const pathoOut = await isolated(patho);
    patho.forEach((c, i) => rows.push([c.name, sourceHash(c.source), pathoOut[i]]));
    const muts = mutationCases(FUZZ_SEED, FUZZ_FILES, FUZZ_PER_FILE);
    const mutOut = await Promise.all(muts.map((c) => oracle.call<string>(QUERY, Buffer.from(c.source).toString('base64'), 120_000)));
    muts.forEach((c, i) => rows.push([c.name, sourceHash(c.source), mutOut[i]]));
    writeJson(FUZZ_GOLDEN, rows);
  },
});
