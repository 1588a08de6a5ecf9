// Token types, exact operator tokens and keywords, from CPython 3.14.2's `token` and `keyword` modules.
// Writes tools/cpython/tokens.json and src/parser/tokens.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/tokens.json';
const OUT = 'src/parser/tokens.generated.ts';

interface Data {
  names: [string, number][];
  exact: [string, number][];
  kwlist: string[];
  softkwlist: string[];
}

const QUERY = `
import token, keyword
def main(_):
    return {
        'names': sorted(((n, v) for v, n in token.tok_name.items()), key=lambda p: p[1]),
        'exact': sorted(token.EXACT_TOKEN_TYPES.items()),
        'kwlist': keyword.kwlist,
        'softkwlist': keyword.softkwlist,
    }
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const out = [generatedHeader('tools/gen/tokens.ts')];
  out.push('// Token type numbers are those of CPython\'s `token` module.\n');
  out.push('export enum Tok {');
  for (const [n, v] of d.names) out.push(`  ${n} = ${v},`);
  out.push('}\n');
  out.push('/** tok_name: number -> name. */');
  out.push(`export const TOK_NAME: readonly string[] = [${d.names.map(([n]) => `'${n}'`).join(', ')}];\n`);
  out.push('/** Operator and delimiter strings and their exact token types. */');
  out.push('export const EXACT_TOKEN_TYPES: ReadonlyMap<string, Tok> = new Map([');
  for (const [s, v] of d.exact) out.push(`  [${JSON.stringify(s)}, ${v}],`);
  out.push(']);\n');
  out.push(`export const KEYWORDS: readonly string[] = [${d.kwlist.map((k) => `'${k}'`).join(', ')}];`);
  out.push(`export const SOFT_KEYWORDS: readonly string[] = [${d.softkwlist.map((k) => `'${k}'`).join(', ')}];`);
  return { [OUT]: out.join('\n') + '\n' };
}

registerGolden({
  name: 'tokens',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Data>(QUERY, null));
  },
  render,
});
