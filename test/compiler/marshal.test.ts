// marshal: CPython's marshal data for a sample of the stdlib loads into code objects equal to the
// ones pyts compiles from the same source; what pyts dumps loads back equal; assorted values load
// with CPython's repr and survive a dumps/loads round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { parse } from '../../src/parser/index.ts';
import { compileAst } from '../../src/compiler/index.ts';
import { dumps, loads } from '../../src/modules/marshal.ts';
import { PyCode } from '../../src/objects/code.ts';
import { PyTuple } from '../../src/objects/tuple.ts';
import { PyList } from '../../src/objects/list.ts';
import { PyDict } from '../../src/objects/dict.ts';
import { PyExc_StopIteration } from '../../src/objects/exceptions.ts';
import type { PyValue } from '../../src/objects/object.ts';
import { PySetObject, setItems } from '../../src/objects/set.ts';
import { typeOf } from '../../src/objects/type.ts';
import { codeFacts, constFactRepr } from './support/code-facts.ts';

const ROOT = process.env.PYTS_ROOT ?? process.cwd();
const golden = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(ROOT, 'test/compiler/goldens/marshal.json.gz'))).toString('utf8')) as {
  files: [string, string][];
  values: [string, string][];
};

function b64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}

/** repr() for the values in the golden; frozensets sorted (their order follows hashes). */
function repr(v: PyValue): string {
  if (v === PyExc_StopIteration) return "<class 'StopIteration'>";
  if (v instanceof PyList) return '[' + v.items.map(repr).join(', ') + ']';
  if (v instanceof PyDict) {
    const parts: string[] = [];
    for (let i = v.next(0); i >= 0; i = v.next(i + 1)) parts.push(repr(v.keys[i]) + ': ' + repr(v.values[i]));
    return '{' + parts.join(', ') + '}';
  }
  if (v instanceof PyTuple) return '(' + v.items.map(repr).join(', ') + (v.items.length === 1 ? ',)' : ')');
  if (v instanceof PySetObject) {
    const name = typeOf(v).tp_name;
    if (!v.size) return name + '()';
    const body = '{' + setItems(v).map(repr).sort().join(', ') + '}';
    return name === 'set' ? body : name + '(' + body + ')';
  }
  return constFactRepr(v);
}

function sortFrozensets(r: string): string {
  return r.replace(/frozenset\(\{([^{}]*)\}\)/g, (_, items: string) => 'frozenset({' + items.split(', ').sort().join(', ') + '})');
}

test('loads of CPython marshal data equals our compile, and dumps round-trips', () => {
  const zip = openStdlibZip();
  assert.ok(golden.files.length >= 25);
  for (const [name, data] of golden.files) {
    const loaded = loads(b64(data));
    assert.ok(loaded instanceof PyCode, name);
    const ours = compileAst(parse(zip.read(name)!, { filename: name }), name);
    const want = codeFacts(ours);
    assert.deepEqual(codeFacts(loaded), want, `${name}: loads(CPython's marshal data)`);
    assert.deepEqual(codeFacts(loads(dumps(ours)) as PyCode), want, `${name}: loads(dumps(code))`);
  }
});

test('values load with their CPython repr and round-trip', () => {
  assert.ok(golden.values.length > 40);
  for (const [data, want] of golden.values) {
    const v = loads(b64(data));
    assert.equal(repr(v), sortFrozensets(want));
    assert.equal(repr(loads(dumps(v))), sortFrozensets(want), `round trip of ${want}`);
  }
});

test('shared objects are written once and referenced', () => {
  const s = new PyTuple(['x']);
  const data = dumps(new PyTuple([s, s]));
  const back = loads(data) as PyTuple;
  assert.equal(back.items[0], back.items[1]);
});
