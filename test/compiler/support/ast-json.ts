// ASTs made by CPython, carried as JSON: lets the compiler be tested on exactly CPython's tree,
// independently of our parser. The oracle runs AST_TO_JSON; astFromJson rebuilds our node classes.
//
// Encoding: a node is [ClassName, ...field values, ...attribute values] in NODE_SPECS order; a
// simple-sum value ('Load', 'Add') is its class name; lists are arrays; None is null. Constants:
// None null, bool true/false, str a string, int a number (or {"i": digits} beyond 2**53), float
// {"f": float.hex()}, complex {"c": [re, im]}, bytes {"b": base64}, Ellipsis {"e": 1},
// tuple {"t": [...]}, frozenset {"s": [...]}.
import * as ast from '../../../src/ast/nodes.generated.ts';
import { NODE_SPECS, SIMPLE_SUMS } from '../../../src/ast/nodes.generated.ts';
import { None, Ellipsis, type PyValue } from '../../../src/objects/object.ts';
import { PyFloat } from '../../../src/objects/float.ts';
import { PyComplex } from '../../../src/objects/complex.ts';
import { PyBytes } from '../../../src/objects/bytes.ts';
import { PyTuple } from '../../../src/objects/tuple.ts';
import { makeFrozenSet } from '../../../src/compiler/consts.ts';

/** Python: defines ast_to_json(node) returning the encoding above (a JSON-serialisable value). */
export const AST_TO_JSON = String.raw`
import ast as _ast, base64 as _b64
def _const(v):
    if v is None or v is True or v is False or isinstance(v, str): return v
    if isinstance(v, int): return v if -2**53 < v < 2**53 else {'i': str(v)}
    if isinstance(v, float): return {'f': v.hex()}
    if isinstance(v, complex): return {'c': [v.real.hex(), v.imag.hex()]}
    if isinstance(v, bytes): return {'b': _b64.b64encode(v).decode()}
    if v is Ellipsis: return {'e': 1}
    if isinstance(v, tuple): return {'t': [_const(x) for x in v]}
    if isinstance(v, frozenset): return {'s': [_const(x) for x in v]}
    raise TypeError(type(v))
_CONST_FIELDS = {('Constant', 'value'), ('MatchSingleton', 'value'), ('Interpolation', 'str')}
def ast_to_json(x, owner=None, field=None):
    if (owner, field) in _CONST_FIELDS:
        return _const(x)
    if isinstance(x, _ast.AST):
        cls = type(x).__name__
        if not x._fields and not x._attributes:
            return cls
        return ([cls] + [ast_to_json(getattr(x, f, None), cls, f) for f in x._fields]
                + [getattr(x, a, None) for a in x._attributes])
    if isinstance(x, list):
        return [ast_to_json(v) for v in x]
    return x
`;

export type AstJson = unknown;

function hexFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  const m = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad float hex ${s}`);
  const frac = m[3] ?? '';
  const mant = Number(BigInt('0x' + m[2] + frac));
  const v = mant * 2 ** (Number(m[4]) - 4 * frac.length);
  return m[1] ? -v : v;
}

/** Decodes a constant of the encoding above. */
export function constFromJson(j: unknown): PyValue {
  if (j === null) return None;
  if (typeof j === 'boolean' || typeof j === 'string') return j;
  if (typeof j === 'number') return j;
  const o = j as Record<string, unknown>;
  if ('i' in o) {
    const b = BigInt(o.i as string);
    return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
  }
  if ('f' in o) return new PyFloat(hexFloat(o.f as string));
  if ('c' in o) {
    const [re, im] = o.c as [string, string];
    return new PyComplex(hexFloat(re), hexFloat(im));
  }
  if ('b' in o) return new PyBytes(new Uint8Array(Buffer.from(o.b as string, 'base64')));
  if ('e' in o) return Ellipsis;
  if ('t' in o) return new PyTuple((o.t as unknown[]).map(constFromJson));
  if ('s' in o) return makeFrozenSet((o.s as unknown[]).map(constFromJson));
  throw new Error(`bad constant ${JSON.stringify(j)}`);
}

const CLASSES = ast as unknown as Record<string, new (...args: unknown[]) => ast.Node>;

function decodeField(type: string, q: string, v: unknown): unknown {
  if (type === 'constant' && q === '') return constFromJson(v);
  if (v === null || v === undefined) return null;
  if (q === '*' || q === '?*') return (v as unknown[]).map((x) => decodeField(type, '', x));
  if (type === 'constant') return constFromJson(v);
  if (type === 'identifier' || type === 'string' || type === 'int') return v;
  if (SIMPLE_SUMS.has(type)) return v;
  return astFromJson(v);
}

/** Rebuilds our AST node classes from CPython's tree. */
export function astFromJson(j: unknown): ast.Node {
  const arr = j as unknown[];
  const name = arr[0] as string;
  const spec = NODE_SPECS[name];
  if (!spec) throw new Error(`unknown node ${name}`);
  const args: unknown[] = [];
  spec.fields.forEach(([, type, q], i) => args.push(decodeField(type, q, arr[1 + i])));
  spec.attributes.forEach((_, i) => args.push(arr[1 + spec.fields.length + i] ?? 0));
  const cls = CLASSES[name === 'arguments' ? 'arguments_' : name];
  return new cls(...args);
}
