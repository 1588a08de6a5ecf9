// Golden: what CPython 3.14.2's compile(..., 'exec', ast.PyCF_ONLY_AST) makes of each seeded mutation
// of standard-library code (test/parser/mutation-cases.ts): the SHA-256 prefix of
// ast.dump(include_attributes=True), or the error (class, msg, lineno, offset, end_lineno, end_offset).
// Each row starts with a hash of its program, so a change in the cases is noticed.
// Writes test/parser/goldens/mutations.json.
import { createHash } from 'node:crypto';
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { mutationCases } from '../../test/parser/mutation-cases.ts';

export const MUTATIONS_GOLDEN = 'test/parser/goldens/mutations.json';

export type MutationResult = [string, string, number | null, number | null, number | null, number | null] | ['ok', string];

const QUERY = `
import ast, hashlib, warnings
def main(src):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            d = ast.dump(compile(src, '<mutation>', 'exec', ast.PyCF_ONLY_AST), include_attributes=True)
            return ['ok', hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()[:16]]
        except SyntaxError as e:
            return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception as e:
            return [type(e).__name__, str(e), None, None, None, None]
`;

export function sourceHash(src: string): string {
  return createHash('sha256').update(src, 'utf8').digest('hex').slice(0, 12);
}

registerGolden({
  name: 'parser-mutations',
  async query(oracle) {
    const cases = mutationCases();
    const rows: [string, MutationResult][] = [];
    for (let i = 0; i < cases.length; i += 64) {
      const batch = cases.slice(i, i + 64);
      const results = await Promise.all(batch.map((src) => oracle.call<MutationResult>(QUERY, src)));
      batch.forEach((src, k) => rows.push([sourceHash(src), results[k]]));
    }
    writeJson(MUTATIONS_GOLDEN, rows);
  },
});
