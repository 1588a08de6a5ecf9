// Goldens for code generation, from CPython 3.14.2: for each program of
// test/compiler/programs/codegen.py, CPython's AST (JSON) and, for every code object, `dis` output
// and its co_* attributes and raw tables. Writes test/compiler/goldens/codegen.json.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { readCorpus } from '../../test/compiler/support/corpus.ts';
import { AST_TO_JSON } from '../../test/compiler/support/ast-json.ts';

export const CODEGEN_GOLDEN = 'test/compiler/goldens/codegen.json';

/** Python: per-code-object facts, shared with the stdlib sweep (tools/gen/compiler-stdlib.ts). */
export const CODE_FACTS = String.raw`
import dis as _dis, io as _io, re as _re
_ADDR = _re.compile(r' at 0x[0-9a-f]+')
_FSET = _re.compile(r'frozenset\(\{([^{}]*)\}\)')
def normalize_dis(text):
    text = _ADDR.sub(' at 0x0000', text)
    return _FSET.sub(lambda m: 'frozenset({' + ', '.join(sorted(m.group(1).split(', '))) + '})', text)
def const_repr(c):
    if hasattr(c, 'co_code'):
        return '<code ' + c.co_qualname + '>'
    if isinstance(c, frozenset):
        return 'frozenset({' + ', '.join(sorted(const_repr(x) for x in c)) + '})'
    if isinstance(c, tuple):
        return '(' + ', '.join(const_repr(x) for x in c) + (',)' if len(c) == 1 else ')')
    return repr(c)
def code_facts(co, out):
    f = _io.StringIO()
    _dis.disassemble(co, file=f)
    out.append({
        'qualname': co.co_qualname, 'name': co.co_name, 'firstlineno': co.co_firstlineno,
        'flags': co.co_flags, 'stacksize': co.co_stacksize, 'argcount': co.co_argcount,
        'posonlyargcount': co.co_posonlyargcount, 'kwonlyargcount': co.co_kwonlyargcount,
        'nlocals': co.co_nlocals, 'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars), 'names': list(co.co_names),
        'consts': [const_repr(c) for c in co.co_consts],
        'code': co.co_code.hex(), 'linetable': co.co_linetable.hex(), 'exceptiontable': co.co_exceptiontable.hex(),
        'dis': normalize_dis(f.getvalue()),
    })
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            code_facts(c, out)
    return out
`;

const QUERY = AST_TO_JSON + CODE_FACTS + String.raw`
import ast
def main(arg):
    name, src = arg
    tree = ast.parse(src, name)
    co = compile(src, name, 'exec')
    return {'ast': ast_to_json(tree), 'codes': code_facts(co, [])}
`;

registerGolden({
  name: 'compiler-codegen',
  async query(oracle) {
    const programs = readCorpus('test/compiler/programs/codegen.py');
    const rows = await Promise.all(programs.map(async (p) => ({ name: p.name, ...(await oracle.call<object>(QUERY, [`${p.name}.py`, p.source])) })));
    writeJson(CODEGEN_GOLDEN, rows);
  },
});
