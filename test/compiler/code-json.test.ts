// The code cache's JSON form of code objects (src/runtime/code-json.ts): what it reads back is the
// code object it was given, for the frozen modules start-up runs and for constants of every type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { parse } from '../../src/parser/index.ts';
import { compileAst } from '../../src/compiler/index.ts';
import { codeToJson, codeFromJson, CodeJsonError } from '../../src/runtime/code-json.ts';
import { initObjects } from '../../src/objects/index.ts';
import { PyCode } from '../../src/objects/code.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyComplex } from '../../src/objects/complex.ts';
import { PyBytes } from '../../src/objects/bytes.ts';
import { PyTuple } from '../../src/objects/tuple.ts';
import { PySlice } from '../../src/objects/slice.ts';
import { PyList } from '../../src/objects/list.ts';
import { None, Ellipsis, type PyValue } from '../../src/objects/object.ts';
import { setAdd } from '../../src/objects/set.ts';
import { newFrozenSet } from '../../src/objects/set-type.ts';
import { typeOf } from '../../src/objects/type.ts';
import { codeFacts } from './support/code-facts.ts';

initObjects();

/** The facts of a code object and of the code objects in its constants, with each one's file name and kinds. */
function facts(co: PyCode): unknown[] {
  const out: unknown[] = [];
  const walk = (c: PyCode) => {
    out.push([c.co_filename, Array.from(c.co_localspluskinds.data)]);
    for (const k of c.co_consts.items) if (k instanceof PyCode) walk(k);
  };
  walk(co);
  return [codeFacts(co), out];
}

/** A constant's type and exact value (floats by their bits, so -0.0 and nan count). */
function shape(v: PyValue): unknown {
  if (v instanceof PyFloat) return ['float', Object.is(v.value, -0) ? '-0' : String(v.value)];
  if (v instanceof PyComplex) return ['complex', String(v.real), Object.is(v.imag, -0) ? '-0' : String(v.imag)];
  if (v instanceof PyTuple) return ['tuple', v.items.map(shape)];
  if (v instanceof PyBytes) return ['bytes', Array.from(v.data)];
  if (v instanceof PySlice) return ['slice', shape(v.start), shape(v.stop), shape(v.step)];
  if (v instanceof PyCode) return ['code', v.co_qualname];
  if (typeof v === 'object' && v !== null && 'ob_type' in v) return [typeOf(v).tp_name, v === None ? 'None' : v === Ellipsis ? '...' : ''];
  return [typeof v, String(v)];
}

const FROZEN_SOURCES = [
  'importlib/_bootstrap.py',
  'importlib/_bootstrap_external.py',
  'zipimport.py',
  'abc.py',
  'codecs.py',
  'io.py',
  '_collections_abc.py',
  '_sitebuiltins.py',
  'genericpath.py',
  'posixpath.py',
  'ntpath.py',
  'os.py',
  'site.py',
  'stat.py',
  'importlib/util.py',
  'importlib/machinery.py',
  'runpy.py',
  '__hello__.py',
];

test('code-json: the frozen modules read back as compiled', () => {
  const zip = openStdlibZip();
  for (const rel of FROZEN_SOURCES) {
    const code = compileAst(parse(zip.read(rel)!, { filename: rel }), `<frozen ${rel}>`);
    const back = codeFromJson(codeToJson(code, [1, 2]), [1, 2]);
    assert.ok(back instanceof PyCode, rel);
    assert.deepEqual(facts(back), facts(code), rel);
  }
});

test('code-json: constants of every type a code object holds', () => {
  const fs = newFrozenSet();
  for (const x of [1, 'a', new PyFloat(2.5), (1n << 80n) as PyValue]) setAdd(fs, x);
  const consts: PyValue[] = [
    None,
    true,
    false,
    Ellipsis,
    0,
    -7,
    Number.MAX_SAFE_INTEGER,
    -(1n << 70n),
    1n << 100n,
    new PyFloat(1),
    new PyFloat(-0),
    new PyFloat(NaN),
    new PyFloat(Infinity),
    new PyFloat(-Infinity),
    new PyFloat(5e-324),
    new PyComplex(0, -0),
    new PyComplex(Infinity, NaN),
    '',
    'caf\u00e9 \u20ac \ud83d\ude00',
    '\ud800 lone \udfff',
    new PyBytes(new Uint8Array([0, 255, 10, 13])),
    new PyBytes(new Uint8Array(0)),
    new PyTuple([]),
    new PyTuple([1, new PyTuple(['x', new PyFloat(2)]), None]),
    fs,
    new PySlice(1, None, new PyFloat(2)),
  ];
  const inner = compileAst(parse('def f(): pass\n', { filename: 'x' }), 'x');
  const code = inner.co_consts.items.find((c) => c instanceof PyCode) as PyCode;
  const withConsts = new PyCode({
    filename: 'consts.py',
    name: 'm',
    qualname: 'm',
    flags: 0,
    code: code.co_code.data,
    firstlineno: 3,
    linetable: code.co_linetable.data,
    consts: [...consts, code],
    names: ['a', 'b'],
    localsplusnames: [],
    localspluskinds: new Uint8Array(0),
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    stacksize: 2,
    exceptiontable: new Uint8Array([1, 2, 3]),
  });
  const back = codeFromJson(codeToJson(withConsts, [0, 0]), [0, 0]);
  assert.ok(back instanceof PyCode);
  assert.deepEqual(back.co_consts.items.map(shape), withConsts.co_consts.items.map(shape));
  assert.deepEqual(facts(back), facts(withConsts));
});

test('code-json: another stamp, version or a damaged document reads as null', () => {
  const code = compileAst(parse('x = 1\n', { filename: 'x' }), 'x');
  const text = codeToJson(code, [5, 6]);
  assert.ok(codeFromJson(text, [5, 6]) instanceof PyCode);
  assert.equal(codeFromJson(text, [5, 7]), null);
  assert.equal(codeFromJson(text.replace('"v":1', '"v":0'), [5, 6]), null);
  assert.equal(codeFromJson(text.slice(0, text.length >> 1), [5, 6]), null);
  assert.equal(codeFromJson('null', [5, 6]), null);
});

test('code-json: a constant it cannot hold is an error, not a wrong copy', () => {
  const code = compileAst(parse('x = 1\n', { filename: 'x' }), 'x');
  const bad = new PyCode({
    filename: 'x',
    name: 'm',
    qualname: 'm',
    flags: 0,
    code: code.co_code.data,
    firstlineno: 1,
    linetable: code.co_linetable.data,
    consts: [new PyList([])],
    names: [],
    localsplusnames: [],
    localspluskinds: new Uint8Array(0),
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    stacksize: 1,
    exceptiontable: new Uint8Array(0),
  });
  assert.throws(() => codeToJson(bad, [0, 0]), CodeJsonError);
});
