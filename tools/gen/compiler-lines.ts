// Goldens for the line and position tables as Python sees them, from CPython 3.14.2: for each
// program of test/compiler/programs/{lines,codegen}.py, every code object's co_lines(),
// co_positions(), co_lnotab and co_branches(). Writes test/compiler/goldens/lines.json.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { readCorpus } from '../../test/compiler/support/corpus.ts';

export const LINES_GOLDEN = 'test/compiler/goldens/lines.json';

const QUERY = String.raw`
import warnings
def facts(co, out):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        lnotab = co.co_lnotab.hex()
    out.append({
        'qualname': co.co_qualname,
        'lines': [list(t) for t in co.co_lines()],
        'positions': [list(t) for t in co.co_positions()],
        'lnotab': lnotab,
        'branches': [list(t) for t in co.co_branches()],
    })
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            facts(c, out)
    return out
def main(arg):
    name, src = arg
    return facts(compile(src, name, 'exec'), [])
`;

registerGolden({
  name: 'compiler-lines',
  async query(oracle) {
    const programs = [...readCorpus('test/compiler/programs/lines.py'), ...readCorpus('test/compiler/programs/codegen.py')];
    const rows = await Promise.all(programs.map(async (p) => ({ name: p.name, codes: await oracle.call<object>(QUERY, [`${p.name}.py`, p.source]) })));
    writeJson(LINES_GOLDEN, rows);
  },
});
