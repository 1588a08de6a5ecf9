// Goldens for what the tokenizer gives the parser beyond plain tokens, checked through parse():
//   type comments: ast.dump(ast.parse(src, type_comments=True), include_attributes=True)
//   warnings:      the SyntaxWarnings compile() issues (category, message, line), and the
//                  SyntaxError raised instead when warnings are errors
//   debug text:    f-string `=` and t-string expression text (ast.dump of the parsed tree)
// Writes test/parser/goldens/tokenizer-extras.json.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';

export const EXTRAS_GOLDEN = 'test/parser/goldens/tokenizer-extras.json';

export const TYPE_COMMENT_CASES: string[] = [
  'x = 1  # type: int\n',
  'x = 1 # type:int\n',
  'x = 1  #type: int\n',
  'x = 1  # type:\tList[int]\n',
  'x = 1  # type: ignore\n',
  'x = 1  # type: ignore[misc]\n',
  'x = 1  # type: ignored\n',
  'x = 1  # type: ignore # noqa\n',
  '# type: ignore\nx = 1\n',
  'import os  # type: ignore\nimport sys # type: ignore[import]\n',
  'def f(a, b):  # type: (int, str) -> None\n    pass\n',
  'def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\n',
  'for x in y:  # type: int\n    pass\n',
  'with a as b:  # type: int\n    pass\n',
  'async def f():\n    async for x in y:  # type: int\n        pass\n    async with a as b:  # type: str\n        pass\n',
  'x = [  # type: ignore\n  1,\n]\n',
  'def f():\n    # type: () -> int\n    return 1\n',
  'x = 1  # type: int  # more\n',
  'x = 1  # type : int\n',
  'x = 1  # Type: int\n',
  'x = "caf\u00e9"  # type: str\n',
  'x = 1  # type: ignore\u00e9\n',
  'x = 1  # type: ignore\n# type: ignore\n',
];

export const WARNING_CASES: string[] = [
  'x = 1if y else 2\n',
  'x = [0x1for x in y]\n',
  'x = 1or 2\n',
  'x = 0o7and 1\n',
  'x = 0b1in y\n',
  'x = 1jif y else 2\n',
  'x = 1e5is y\n',
  'x = 1.0not in y\n',
  'x = 1_0else\n',
  "x = f'\\{a}'\n",
  "x = f'\\}}'\n",
  "x = rf'\\{a}'\n",
  "x = t'\\{a}'\n",
  'if 1if 1 else 0:\n    pass\n',
];

export const DEBUG_TEXT_CASES: string[] = [
  "f'{x=}'\n",
  "f'{x = }'\n",
  "f'{x=!r}'\n",
  "f'{x=:>10}'\n",
  "f'{x=!s:^{w}}'\n",
  "f'{x + 1 = }'\n",
  "f'{ x [0] = }'\n",
  "f'''{x # comment\n=}'''\n",
  "f'''{x # comment\n=!r}'''\n",
  "f'''{\"#\" # c\n=}'''\n",
  "f'''{'a' # c\n=}'''\n",
  "f'{x=}{y=}'\n",
  "f'{x:{y=}}'\n",
  "f'{f\"{x=}\"=}'\n",
  "t'{x}'\n",
  "t'{x + 1}'\n",
  "t'{x!r:>{w}}'\n",
  "t'{ x = }'\n",
  "t'''{x # c\n}'''\n",
  "t'{x:{y}}'\n",
  "t'{x}{y!a}'\n",
];

const QUERY = `
import ast, warnings
def err(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
def main(arg):
    kind, src = arg
    if kind == 'type':
        try:
            return ast.dump(ast.parse(src, type_comments=True), include_attributes=True)
        except SyntaxError as e:
            return err(e)
    if kind == 'debug':
        try:
            return ast.dump(ast.parse(src), include_attributes=True)
        except SyntaxError as e:
            return err(e)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile(src, 'w.py', 'exec', ast.PyCF_ONLY_AST)
            res = None
        except SyntaxError as e:
            res = err(e)
    recorded = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'w.py', 'exec', ast.PyCF_ONLY_AST)
            as_error = None
        except SyntaxError as e:
            as_error = err(e)
    return [recorded, res, as_error]
`;

registerGolden({
  name: 'tokenizer-extras',
  async query(oracle) {
    const out: Record<string, unknown[]> = { type: [], warning: [], debug: [] };
    for (const src of TYPE_COMMENT_CASES) out.type.push([src, await oracle.call(QUERY, ['type', src])]);
    for (const src of WARNING_CASES) out.warning.push([src, await oracle.call(QUERY, ['warning', src])]);
    for (const src of DEBUG_TEXT_CASES) out.debug.push([src, await oracle.call(QUERY, ['debug', src])]);
    writeJson(EXTRAS_GOLDEN, out);
  },
});
