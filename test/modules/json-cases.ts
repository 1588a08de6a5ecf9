// Cases for _json (through the json package, which uses it as CPython does, and directly): decoding
// of every kind of term and each error with its position, hooks, strict mode, encoding with indent,
// separators, sort_keys, skipkeys, allow_nan, default and the notes on errors, circular references,
// subclasses of int/float/dict, escaping, and the types' arguments and attributes.
import type { Suite } from './support/cases.ts';

const DOCS = [
  '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\\\n\\\\u00e9\\\\ud83d\\\\ude00"}}',
  '[]', '{}', '  [1 , 2 ]  ', '"\\\\ud800"', '"\\\\ud800\\\\u0041"', '"\\\\udc00\\\\ud800"', '[NaN, Infinity, -Infinity]',
  '123456789012345678901234567890', '1.5e400', '-0', '-0.0', '0.1e1', '1E5', '1e', '1.', '01', '-', '--1', '-a', '1e+', '2E-3',
  '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\\\x"', '"\\\\u12"', '"\\\\u12g4"', '"\\\\ud800\\\\u12g4"', '"tab\\there"',
  '', ' ', 'nul', 'tru', 'fals', 'nulll', '[1] x', '{"a":', '[', '{', '{"a": [1, {"b": null}]}', '"\\\\/\\\\b\\\\f\\\\r\\\\t"',
  '{"a":1, "a":2}', '[-Infinity, -Inf]', '"\\\\', '{"é": "😀", "k": ["😀", 1]}', '["😀", x]', '\\ufeff[1]',
  '{\\n  "a": 1,\\n  "b" 2\\n}', '[1,\\n2,\\n]',
];

export const JSON_SUITE: Suite = {
  name: 'json',
  setup: `
import json, _json
from collections import OrderedDict
def loads(s, **kw):
    try:
        return json.loads(s, **kw)
    except json.JSONDecodeError as e:
        return ('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
def dumps(o, **kw):
    try:
        return json.dumps(o, **kw)
    except Exception as e:
        return (type(e).__name__, str(e), getattr(e, '__notes__', None))
class C:
    pass
import enum
class IE(enum.IntEnum):
    A = 1
class FE(float):
    def __repr__(self):
        return 'FE!'
class MyDict(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
`,
  cases: [
    'json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring, json.encoder.c_make_encoder is _json.make_encoder',
    ...DOCS.map((d) => `loads(${JSON.stringify(d)})`),
    "loads('1' * 5000)",
    "loads('{\"x\": 1.25, \"y\": 2}', parse_float=str, parse_int=lambda s: int(s) * 10)",
    "loads('[NaN, 1.5]', parse_constant=lambda c: 'C:' + c, parse_float=float)",
    "loads('{\"a\": 1, \"b\": 2}', object_pairs_hook=OrderedDict), loads('{\"a\": 1}', object_hook=lambda d: sorted(d.items()))",
    "loads('{\"a\": {\"b\": 1}}', object_pairs_hook=lambda p: p, object_hook=lambda d: 'unused')",
    "loads('\"ctl\\x01\"', strict=False), loads('\"ctl\\x01\"')",
    "loads('[1, 2]', parse_int=lambda s: 1 / 0) if False else loads('[\"\\\\u00e9\"]', strict=False)",
    "_json.scanstring('\"abc\" rest', 1), _json.scanstring('x\\\\n\"', 0), _json.scanstring('ab\"', 1, False)",
    "r = []\nfor a in [('abc', -1), ('abc', 10), (1, 0), ('abc', 'x'), ('abc',)]:\n    try: r.append(_json.scanstring(*a))\n    except Exception as e: r.append((type(e).__name__, str(e)))",
    "_json.encode_basestring_ascii('é\\n\"\\\\\\x01\\U0001f600\\x7f'), _json.encode_basestring('é\\n\"\\\\\\x01\\U0001f600\\x7f\\x1f ')",
    "r = []\nfor f in (_json.encode_basestring, _json.encode_basestring_ascii):\n    try: f(1)\n    except TypeError as e: r.append(str(e))",
    ...[
      "{'a': [1, 2.5, None, True, False, 'x'], 'b': {'c': (1, 2)}}", '[]', '{}', '[[]]', '[{}, [[], {}]]', "{1: 2, 2.5: 3, True: 4, None: 5, False: 6}",
      "float('nan')", '1e300 * 1e10', '-1e300 * 1e10', "'é😀'", "{'z': 1, 'a': 2}", '10**30', '1.0', '-0.0', '3.141592653589793', '1e16', '1e-7',
      '[IE.A, FE(1.5), True]', '{IE.A: 1, FE(2.5): 2}', 'MyDict(x=1)', "(1, 'two', [3.0])",
    ].flatMap((o) => [
      `dumps(${o})`,
      `dumps(${o}, indent=2)`,
      `dumps(${o}, ensure_ascii=False, separators=(',', ':'))`,
      `dumps(${o}, sort_keys=True, indent='\\t')`,
    ]),
    "dumps([1, [2, [3]]], indent=0), dumps({'a': [1, {'b': [2, 3]}, []], 'c': {}}, indent=' -')",
    "dumps({'a': 1, 'b': 2}, sort_keys=True, indent=1, separators=(';', '='))",
    "dumps({(1, 2): 3}), dumps({(1, 2): 3, 'k': 1}, skipkeys=True), dumps({1: 1, 'a': 2}, sort_keys=True)",
    "dumps(float('inf'), allow_nan=False), dumps([1.5, {'k': float('-inf')}], allow_nan=False)",
    "l = []; l.append(l); d = {}; d['d'] = [d]; r = dumps(l), dumps(d), dumps([l], check_circular=False) if False else 0",
    "dumps({'a': [1, C()]}), dumps({'a': C()}, default=lambda o: 'C!')",
    "dumps([C()], default=lambda o: [o.__class__.__name__, {1}] if isinstance(o, C) else sorted(o))",
    "dumps([set()], default=lambda o: 1 / 0)",
    "dumps({'k': [1, (2, {'x': C()})]})",
    "x = [1, 2]; r = dumps([x, x, {'a': x}])",
    "deep = []\nfor i in range(200): deep = [deep]\nr = len(dumps(deep)), len(str(loads(dumps(deep))))",
    "enc = _json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', False, False, True)\nr = enc([1, 'a', {'b': None}], 0), enc.markers, enc.sort_keys, enc.skipkeys, enc.key_separator, enc.item_separator, enc.indent, enc.default is str, enc.encoder is _json.encode_basestring",
    "enc = _json.make_encoder({}, str, _json.encode_basestring_ascii, '  ', ':', ',', True, True, False)\nr = enc({'b': [1], 'a': 'é', (1,): 2}, 1)",
    "r = []\nfor a in [([], str, str, None, ':', ',', 0, 0, 0), (None, str, str, None, 1, ',', 0, 0, 0), (None, str, str, None, ':', b',', 0, 0, 0), (None, str, str)]:\n    try: r.append(_json.make_encoder(*a))\n    except TypeError as e: r.append(str(e))",
    "enc = _json.make_encoder({}, str, lambda s: 5, None, ':', ',', False, False, True)\ntry: r = enc(['x'], 0)\nexcept TypeError as e: r = str(e)",
    "enc = _json.make_encoder({}, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)\nr = enc({'k': ['v']}, 0)",
    "sc = _json.make_scanner(json.decoder.JSONDecoder())\nr = sc('[1]', 0), sc.strict, sc.object_hook, sc.parse_float is float, sc.parse_int is int, type(sc).__name__, type(sc).__module__",
    "sc = _json.make_scanner(json.decoder.JSONDecoder())\nr = []\nfor a in [('x', 0), ('[1]', -1), ('[1]', 3), (1, 0), ('1', 'x'), ('  1', 2)]:\n    try: r.append(sc(*a))\n    except StopIteration as e: r.append(('StopIteration', e.value))\n    except Exception as e: r.append((type(e).__name__, str(e)))",
    "sc = _json.make_scanner(json.decoder.JSONDecoder())\ntry: sc.strict = False\nexcept AttributeError as e: r = str(e)",
    "try: _json.make_scanner(object())\nexcept AttributeError as e: r = str(e)",
    "json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('  {}', 2)",
    "json.dumps('x', cls=json.JSONEncoder), list(json.JSONEncoder().iterencode([1, {'a': 2}]))",
    "list(json.JSONEncoder(indent=2).iterencode({'a': [1]}, _one_shot=True))",
  ],
};
