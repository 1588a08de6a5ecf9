// The parser's work stays polynomial however deeply constructs nest (a PEG parser without the right
// memoization backtracks exponentially), in the first pass and in the error pass; and any input ends
// in an AST, a ParseError or a FrontEndError, never a JS exception, however deep.
// Work is counted by the parser (token tests), not timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWithParser } from '../../src/parser/index.ts';
import { FrontEndError, ParseError } from '../../src/parser/errors.ts';

/** Builds a program nesting a construct `d` times. */
type Template = (d: number) => string;

const nest = (open: string, inner: string, close: string) => (d: number) => open.repeat(d) + inner + close.repeat(d);

const TEMPLATES: Record<string, Template> = {
  'parens expression': (d) => `x = ${nest('(', '1', ')')(d)}\n`,
  'parens target': (d) => `${nest('(', 'a', ')')(d)} = 1\n`,
  'parens tuple target': (d) => `${nest('(', 'a,', '),')(d)} = 1\n`,
  'list target': (d) => `${nest('[', 'a', ']')(d)} = 1\n`,
  'starred target': (d) => `*${nest('(', 'a', ')')(d)}, b = c\n`,
  'del parens': (d) => `del ${nest('(', 'a', ')')(d)}\n`,
  'del list': (d) => `del ${nest('[', 'a', ']')(d)}\n`,
  'for target': (d) => `for ${nest('(', 'a', ')')(d)} in b: pass\n`,
  'comprehension target': (d) => `x = [y for ${nest('(', 'a', ')')(d)} in b]\n`,
  'with target': (d) => `with a as ${nest('(', 'b', ')')(d)}: pass\n`,
  'with item': (d) => `with ${nest('(', 'a', ')')(d)}: pass\n`,
  'list display': (d) => `x = ${nest('[', '1', ']')(d)}\n`,
  'set display': (d) => `x = ${nest('{', '1', '}')(d)}\n`,
  'dict display': (d) => `x = ${nest('{1: ', '1', '}')(d)}\n`,
  'calls': (d) => `x = ${nest('f(', '1', ')')(d)}\n`,
  'call statement': (d) => `${nest('f(', '1', ')')(d)}\n`,
  'keyword arguments': (d) => `x = ${nest('f(a=', '1', ')')(d)}\n`,
  'subscripts': (d) => `x = ${nest('a[', '1', ']')(d)}\n`,
  'subscript target': (d) => `${nest('a[', '1', ']')(d)} = 1\n`,
  'slices': (d) => `x = ${nest('a[1:', '1', ']')(d)}\n`,
  'attribute calls': (d) => `${nest('a.b(', 'c', ').d')(d)} = 1\n`,
  'genexps': (d) => `x = ${nest('(x for x in ', 'y', ')')(d)}\n`,
  'lambdas': (d) => `x = ${nest('(lambda: ', '1', ')')(d)}\n`,
  'conditional': (d) => `x = ${nest('(a if ', 'b', ' else c)')(d)}\n`,
  'not': (d) => `x = ${nest('(not ', 'a', ')')(d)}\n`,
  'yield': (d) => `def f(): x = ${nest('(yield ', '1', ')')(d)}\n`,
  'walrus': (d) => `x = ${nest('(y := ', '1', ')')(d)}\n`,
  'decorator': (d) => `@${nest('f(', '1', ')')(d)}\ndef g(): pass\n`,
  'annotation': (d) => `x: ${nest('(', 'int', ')')(d)} = 1\n`,
  'default': (d) => `def f(a=${nest('(', '1', ')')(d)}): pass\n`,
  'lambda default': (d) => `f = lambda a=${nest('(', '1', ')')(d)}: a\n`,
  'parens pattern': (d) => `match x:\n    case ${nest('(', '1', ')')(d)}: pass\n`,
  'sequence pattern': (d) => `match x:\n    case ${nest('[', '1', ']')(d)}: pass\n`,
  'mapping pattern': (d) => `match x:\n    case ${nest('{1: ', '1', '}')(d)}: pass\n`,
  'class pattern': (d) => `match x:\n    case ${nest('C(', '1', ')')(d)}: pass\n`,
  'match subject': (d) => `match ${nest('(', 'x', ')')(d)}:\n    case 1: pass\n`,
  'fstring field': (d) => `x = f"{${nest('(', '1', ')')(d)}}"\n`,
  'type param default': (d) => `type X[T = ${nest('(', 'int', ')')(d)}] = T\n`,
  'except type': (d) => `try:\n    pass\nexcept ${nest('(', 'E', ')')(d)}:\n    pass\n`,
  'nested blocks': (d) => {
    let s = '';
    for (let i = 0; i < d; i++) s += '  '.repeat(i) + 'if x:\n';
    return s + '  '.repeat(d) + 'pass\n';
  },
};

function steps(src: string): { steps: number; outcome: string } {
  const r = parseWithParser(src, { filename: '<robustness>' });
  const outcome = r.tree !== null ? 'ok' : r.error instanceof ParseError || r.error instanceof FrontEndError ? r.error.kind : `JS ${String(r.error)}`;
  return { steps: r.parser?.steps ?? 0, outcome };
}

for (const [name, tmpl] of Object.entries(TEMPLATES)) {
  test(`nesting stays polynomial: ${name}`, () => {
    for (const suffix of ['', ' +\n']) {
      const small = tmpl(8).replace(/\n$/, suffix || '\n');
      const big = tmpl(16).replace(/\n$/, suffix || '\n');
      const a = steps(small);
      const b = steps(big);
      assert.ok(!a.outcome.startsWith('JS') && !b.outcome.startsWith('JS'), `${a.outcome} / ${b.outcome}`);
      // Doubling the depth: at most quadratic growth (x4), with slack; exponential would be x256.
      assert.ok(b.steps <= 8 * a.steps, `${name}${suffix ? ' (error pass)' : ''}: ${a.steps} -> ${b.steps} token tests`);
    }
  });
}

test('deep nesting ends in an AST or a Python error, never a JS exception', () => {
  // CPython: "MemoryError: Parser stack overflowed - Python source too complex to parse" for
  // 100,000 nested unary minus signs (the oracle, WebAssembly, cannot be asked: its stack ends first).
  const unary = parseWithParser('-'.repeat(100000) + '1\n', { filename: '<deep>' });
  assert.ok(unary.error instanceof FrontEndError && unary.error.kind === 'MemoryError');
  assert.equal(unary.error.msg, 'Parser stack overflowed - Python source too complex to parse');
  const sources = [
    'not '.repeat(100000) + 'x\n',
    'lambda:'.repeat(20000) + '1\n',
    '1 if 2 else '.repeat(20000) + '1\n',
    '2**'.repeat(20000) + '1\n',
    'x = ' + '('.repeat(199) + '1' + ')'.repeat(199) + '\n',
    'x = ' + '['.repeat(199) + '1' + ']'.repeat(199) + ' +\n',
    'x = ' + '{1:'.repeat(199) + '1' + '}'.repeat(199) + '\n',
    'x = ' + 'f('.repeat(199) + '1' + ')'.repeat(199) + '\n',
    'if a: pass\n' + 'elif b: pass\n'.repeat(5000),
    'x = ' + Array(100000).fill('1').join(' + ') + '\n',
    'x = ' + Array(100000).fill('"a"').join(' ') + '\n',
    'x = ' + Array(100000).fill('a').join('.') + '\n',
    'x = ' + 'a'.repeat(100000) + '\n',
  ];
  for (const src of sources) {
    const r = parseWithParser(src, { filename: '<deep>' });
    assert.ok(r.tree !== null || r.error instanceof ParseError || r.error instanceof FrontEndError, `${src.slice(0, 30)}: ${String(r.error)}`);
  }
});
