// Cases for _pickle: the exact bytes Pickler writes for every kind of value and protocol 0-5 (memo,
// framing, batching, globals, reductions), what Unpickler makes of every opcode and of bad input,
// the Pickler/Unpickler attributes (memo proxies, persistent ids, dispatch tables, reducer_override,
// fast mode, buffer_callback), PickleBuffer, and the error messages with their notes.
import type { Suite } from './support/cases.ts';

const VALUES = [
  'None', 'True', 'False', '0', '1', '-1', '255', '256', '65535', '65536', '-2**31', '2**31-1', '2**31', '-2**31-1', '2**63', '-2**63',
  '2**64', '2**100', '-2**100', '-128', '-129', '-256', '1.5', '-0.0', "float('inf')", "float('-inf')", '1e300', '1e-300', '1/3',
  "'abc'", "''", "'\\xe9'", "'\\u20ac'", "'\\U0001f600'", "'\\udc80'", "'a\\\\b\\nc\\rd\\x00e\\x1a'", "'x' * 300", "b''", "b'xyz'",
  "b'\\x00\\xff' * 200", "bytearray(b'ab')", 'bytearray()', '()', '(1,)', '(1, 2)', '(1, 2, 3)', '(1, 2, 3, 4)', '((),)', '[]', '[1]',
  '[1, 2]', "[[], [[]]]", '{}', '{1: 2}', "{1: 2, 'a': [3]}", 'set()', '{1, 2, 3}', 'frozenset()', 'frozenset([1, 2])', 'int', 'len',
  'type(None)', '...', 'NotImplemented', 'type(...)', 'type(NotImplemented)', 'complex(1, 2)', 'range(3)', 'slice(1, 2, 3)',
  'list(range(1001))', 'list(range(2500))', '{i: i for i in range(1001)}', 'set(range(1001))', 'frozenset(range(5))',
  'collections.OrderedDict(a=1)', 'collections.deque([1, 2])', 'collections.Counter([1, 1, 2])', 'functools.partial(max, 1)',
  'datetime.date(2020, 1, 2)', 'datetime.datetime(2020, 1, 2, 3, 4, 5)', 'decimal.Decimal("1.5")', 'fractions.Fraction(1, 3)',
  'pk.C(5)', 'pk.S()', 'pk.Outer.Inner', 'pk.Outer.Inner()', 'pk.R()', 'pk.NE()', 'pk.NE2()', 'pk.Color.RED', 'pk.D(a=1)',
  'pk.L([1, 2])', 'pk.T((1, 2))', 'pk.STR("s")', 'pk.INT(7)', 'pk.f', 'pk.Outer.meth', 'pk.rec_list()', 'pk.rec_tuple()',
  'pk.rec_dict()', 'pk.shared()', 'pk.SS()', 'pk.SetState()', 'pk.Setter()', 'pickle.PickleBuffer(b"abc")',
  'pickle.PickleBuffer(bytearray(b"abc"))', "'x' * 70000", "b'y' * 70000", "[b'z' * 66000, 'w', b'z' * 10]",
  'operator.itemgetter(1)', 'copyreg._reconstructor',
];

const PROTOS = [0, 1, 2, 3, 4, 5];

function dumpsCases(): string[] {
  const out: string[] = [];
  for (const v of VALUES) {
    for (const p of PROTOS) out.push(`dumps(${v}, ${p})`);
  }
  return out;
}

const LOADS = [
  "b''", "b'N'", "b'\\x80\\x05'", "b'\\x80\\x06N.'", "b'X'", "b'(.'", "b'0'", "b'\\xff'", "b'}q\\x00h\\x05.'", "b'I12x\\n.'",
  "b'I12\\n.'", "b'I01\\n.'", "b'I00\\n.'", "b'I1\\n.'", "b'I 5\\n.'", "b'I99999999999999999999999\\n.'", "b'L123L\\n.'", "b'L12x\\n.'",
  "b'F1.5\\n.'", "b'Fx\\n.'", "b'F 1.5\\n.'", "b'S\"abc\\n.'", "b\"S'a\\\\x41b'\\n.\"", "b'S\\'abc\\'\\n.'", "b'Vab\\\\u20ac\\n.'",
  "b'T\\x03\\x00\\x00\\x00abc.'", "b'U\\x03abc.'", "b'\\x8a\\x00.'", "b'\\x8a\\x02\\xff\\x7f.'", "b'\\x8b\\xff\\xff\\xff\\xff.'",
  "b'\\x80\\x04\\x95\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00N.'", "b'\\x80\\x04\\x95\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00N.'",
  "b'\\x80\\x04\\x95\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00N\\x95\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00.'", "b'(I1\\nI2\\nd.'",
  "b'(I1\\nd.'", "b'(I1\\nl.'", "b'(I1\\nt.'", "b'(I1\\n1N.'", "b'(0N.'", "b'N0.'", "b'0.'", "b']I1\\na.'", "b'N(I1\\ne.'",
  "b'}I1\\nI2\\ns.'", "b'}(I1\\nI2\\nI3\\nu.'", "b'cbuiltins\\nlen\\n.'", "b'c__builtin__\\nset\\n.'", "b'\\x80\\x02c__builtin__\\nset\\n.'",
  "b'\\x80\\x03c__builtin__\\nset\\n.'", "b'cnosuchmodule\\nx\\n.'", "b'cbuiltins\\nnosuch\\n.'",
  "b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x03len\\x93.'", "b'\\x80\\x04K\\x01K\\x02\\x93.'",
  "b'\\x80\\x04\\x8c\\x0bcollections\\x8c\\x13OrderedDict.fromkeys\\x93.'", "b'\\x80\\x04\\x8c\\x0bcollections\\x8c\\x0cOrderedDict.x\\x93.'",
  "b'g0\\n.'", "b'h\\x00.'", "b'j\\x00\\x00\\x00\\x00.'", "b'Np0\\ng0\\n.'", "b'Np-1\\n.'", "b'\\x80\\x04N\\x94h\\x00.'",
  "b'\\x82\\x01.'", "b'\\x82\\x00.'", "b'\\x97.'", "b'Pabc\\n.'", "b'NQ.'", "b'cbuiltins\\nlen\\n)R.'", "b'cbuiltins\\nlen\\nNR.'",
  "b'cbuiltins\\nobject\\n)\\x81.'", "b'K\\x01)\\x81.'", "b'cbuiltins\\nobject\\nN\\x81.'", "b'cbuiltins\\nobject\\n)N\\x92.'",
  "b'cbuiltins\\nobject\\n)}\\x92.'", "b'\\x8f(K\\x01K\\x02\\x90.'", "b'(K\\x01K\\x02\\x91.'", "b'\\x96\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00abc.'",
  "b'C\\x03abc\\x98.'", "b'\\x96\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00a\\x98.'", "b'N2.'", "b'(2.'", "b'\\x80\\x02N\\x85N\\x86N\\x87.'",
  "b'\\x8c\\x02\\xff\\xfe.'", "b'X\\x03\\x00\\x00\\x00\\xed\\xb2\\x80.'", "b'B\\x03\\x00\\x00\\x00abc.'", "b'C\\x05abc.'", "b'X\\x05\\x00\\x00\\x00a.'",
  "b'cbuiltins\\nobject\\n)\\x81}b.'", "b'cbuiltins\\nobject\\n)\\x81Nb.'", "b'cbuiltins\\nobject\\n)\\x81I1\\nb.'",
  "b'(cpk\\nC\\nI3\\no.'", "b'(I3\\nipk\\nC\\n.'", "b'(ipk\\nOld\\n.'",
];

function loadsCases(): string[] {
  return LOADS.map((d) => `loads(${d})`);
}

export const PICKLE_SUITE: Suite = {
  name: 'pickle',
  setup: `
import pickle, _pickle, io, re, sys, types, hashlib, copyreg, collections, functools, datetime, decimal, fractions, enum, operator, pickletools
pk = types.ModuleType('pk')
sys.modules['pk'] = pk
exec('''
import enum
class C:
    def __init__(self, a): self.a = a; self.b = [a, a]
    def __eq__(self, o): return type(o) is C and self.__dict__ == o.__dict__
    def __repr__(self): return f'C({self.__dict__})'
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'two'
    def __repr__(self): return f'S({self.x}, {self.y})'
class SS(S):
    def __init__(self): super().__init__(); self.z = 3
    def __repr__(self): return f'SS({self.x}, {self.y}, {self.z})'
class Outer:
    class Inner:
        def __repr__(self): return 'Inner()'
    def meth(self): pass
class R:
    def __reduce__(self): return (R, (), {'k': 1}, iter([1]), iter([(2, 3)]))
    def append(self, x): self.__dict__.setdefault('items', []).append(x)
    def extend(self, xs):
        for x in xs: self.append(x)
    def __setitem__(self, k, v): self.__dict__[k] = v
    def __repr__(self): return f'R({sorted(self.__dict__.items())})'
class NE:
    def __new__(cls, *a, **k):
        o = object.__new__(cls); o.args = (a, k); return o
    def __getnewargs_ex__(self): return ((1, 2), {'z': 3})
    def __repr__(self): return f'NE{self.args}'
class NE2:
    def __new__(cls, *a):
        o = object.__new__(cls); o.args = a; return o
    def __getnewargs__(self): return (4, 5)
    def __repr__(self): return f'NE2{self.args}'
class SetState:
    def __init__(self): self.v = 1
    def __getstate__(self): return ('st', self.v)
    def __setstate__(self, s): self.v = s
    def __repr__(self): return f'SetState({self.v})'
def setter(obj, state): obj.__dict__['set_by'] = state
class Setter:
    def __reduce__(self): return (Setter, (), 7, None, None, setter)
    def __repr__(self): return f'Setter({self.__dict__})'
class Color(enum.Enum):
    RED = 1
class D(dict): pass
class L(list): pass
class T(tuple): pass
class STR(str): pass
class INT(int): pass
class Old:
    def __repr__(self): return 'Old()'
def f(): pass
def rec_list():
    l = [1, 2]; l.append(l); return l
def rec_tuple():
    t = ([],); t[0].append(t); return t
def rec_dict():
    d = {}; d['self'] = d; return d
def shared():
    s = [1]; return [s, s, 'x', 'x']
''', pk.__dict__)

def short(b):
    return b.hex() if len(b) < 600 else (len(b), b[:200].hex(), b[-100:].hex(), hashlib.sha1(b).hexdigest())

def noaddr(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)

def dumps(v, p):
    try:
        return short(pickle.dumps(v, p))
    except Exception as e:
        return (type(e).__name__, noaddr(str(e)), getattr(e, '__notes__', None))

def loads(b, **kw):
    try:
        r = pickle.loads(b, **kw)
        return (type(r).__name__, r if ' at 0x' not in repr(r) else '...')
    except Exception as e:
        return (type(e).__name__, str(e))

def roundtrip(v, p):
    return pickle.loads(pickle.dumps(v, p))

def dis(b):
    out = io.StringIO()
    pickletools.dis(b, out)
    return out.getvalue()

def local():
    def h(): pass
    return h
`,
  cases: [
    'pickle.Pickler is _pickle.Pickler',
    'pickle.Unpickler is _pickle.Unpickler',
    'pickle.PicklingError is _pickle.PicklingError',
    'pickle.PickleBuffer is _pickle.PickleBuffer',
    '(_pickle.PickleError.__mro__, _pickle.PicklingError.__module__, _pickle.UnpicklingError.__bases__)',
    '(pickle.Pickler.__module__, pickle.Pickler.__qualname__, pickle.PickleBuffer.__module__)',
    'sorted(n for n in dir(_pickle) if not n.startswith("__"))',
    'sorted(n for n in dir(_pickle.Pickler) if not n.startswith("__"))',
    'sorted(n for n in dir(_pickle.Unpickler) if not n.startswith("__"))',
    '_pickle.dumps.__text_signature__',
    '_pickle.loads.__text_signature__',
    '(_pickle.Pickler.__text_signature__, _pickle.Unpickler.__text_signature__, _pickle.PickleBuffer.__text_signature__)',
    '[(m, getattr(_pickle.Pickler, m).__text_signature__) for m in ("dump", "clear_memo", "persistent_id")]',
    '[(m, getattr(_pickle.Unpickler, m).__text_signature__) for m in ("load", "find_class", "persistent_load")]',
    '(str.maketrans.__self__, str.maketrans.__qualname__, str.maketrans.__reduce__(), repr(bytes.maketrans).split(" at ")[0])',
    '[pickle.dumps(m, p).hex() for p in range(6) for m in (str.maketrans, bytearray.maketrans, dict.fromkeys)]',
    ...dumpsCases(),
    ...loadsCases(),
    "[roundtrip(v, p) for p in range(6) for v in [pk.C(5), pk.SS(), pk.SetState(), pk.Setter(), pk.R(), pk.NE(), pk.NE2()]]",
    "[(lambda r: r[2] is r)(roundtrip(pk.rec_list(), p)) for p in range(6)]",
    "[(lambda r: r[0][0] is r)(roundtrip(pk.rec_tuple(), p)) for p in range(6)]",
    "[(lambda r: r[0] is r[1])(roundtrip(pk.shared(), p)) for p in range(6)]",
    "[type(roundtrip(pk.Color.RED, p)) for p in range(6)]",
    "[roundtrip(x, 5) for x in [pk.D(a=1), pk.L([1]), pk.T((1,)), pk.STR('s'), pk.INT(3)]]",
    "[type(roundtrip(x, 5)).__name__ for x in [pk.D(a=1), pk.L([1]), pk.T((1,)), pk.STR('s'), pk.INT(3)]]",
    // errors and their notes
    'dumps(local(), 4)',
    'dumps(local(), 2)',
    'dumps(lambda: 1, 0)',
    'dumps([1, local()], 2)',
    "dumps({'k': local()}, 2)",
    "dumps({'k': local()}, 0)",
    'dumps((local(),), 4)',
    'dumps({local()}, 4)',
    'dumps(frozenset([local()]), 4)',
    'dumps(io.StringIO(), 2)',
    'dumps(pk.C(local()), 2)',
    'dumps(pickle.PickleBuffer(b"x"), 4)',
    'dumps(1, 6)',
    "dumps(sys, 2)",
    "dumps(types.SimpleNamespace(f=local()), 4)",
    "pickle.dumps(1, 2, buffer_callback=print)",
    "pickle.dumps('x', protocol='a')",
    "pickle.dumps(1, -1)[:2]",
    "pickle.dumps(1, None)[:2]",
    "pickle.dumps(pk.f, 2, fix_imports=False).hex()",
    // extensions
    "copyreg.add_extension('pk', 'C', 240); r = [dumps(pk.C, p) for p in range(6)]; copyreg.remove_extension('pk', 'C', 240)",
    "copyreg.add_extension('pk', 'C', 0x1234); r = [dumps(pk.C, p) for p in range(6)]; copyreg.remove_extension('pk', 'C', 0x1234)",
    "copyreg.add_extension('pk', 'C', 0x123456); r = [dumps(pk.C, p) for p in range(6)]; copyreg.remove_extension('pk', 'C', 0x123456)",
    "copyreg.add_extension('pk', 'C', 240); r = loads(bytes.fromhex('8002 82f0 2e'.replace(' ', ''))); copyreg.remove_extension('pk', 'C', 240)",
    "loads(bytes.fromhex('80028200012e'))",
    "loads(bytes.fromhex('8002 83 3412 2e'.replace(' ', '')))",
    // Python 2 names and strings
    "[dumps(x, 2) for x in [range, collections.UserDict, ValueError, OSError, str, bytes, dict.fromkeys]]",
    "loads(b'c__builtin__\\nxrange\\n.')",
    "loads(b'cexceptions\\nStandardError\\n.')",
    "loads(b'c__builtin__\\nxrange\\n.', fix_imports=False)",
    "loads(b'U\\x03\\xe9ab.')",
    "loads(b'U\\x03\\xe9ab.', encoding='latin1')",
    "loads(b'U\\x03\\xe9ab.', encoding='bytes')",
    "loads(b'U\\x03\\xe9ab.', encoding='ascii', errors='replace')",
    "loads(b'S\\'\\\\xe9\\'\\n.', encoding='latin1')",
    "loads(b'N.', encoding=1)",
    "loads('N.')",
    "loads(bytearray(b'N.'))",
    "loads(memoryview(b'N.'))",
    "loads(b'N.trailing')",
    // Pickler object
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dump([1, 'a']); p.dump('a'); r = f.getvalue().hex()",
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dump([1, 'a']); p.clear_memo(); p.dump('a'); r = f.getvalue().hex()",
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dump(['a', 'b']); r = sorted(v for v in p.memo.copy().values())",
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dump(['a']); m = p.memo; p2 = pickle.Pickler(f, 2); p2.memo = m; p2.dump('a'); r = f.getvalue().hex()",
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.memo = {}; r = len(p.memo.copy())",
    "p = pickle.Pickler(io.BytesIO()); p.memo = 1",
    "p = pickle.Pickler(io.BytesIO()); p.memo = {1: 2}",
    "p = pickle.Pickler(io.BytesIO()); del p.memo",
    "p = pickle.Pickler(io.BytesIO()); r = (p.bin, p.fast, hasattr(p, 'dispatch_table'))",
    "p = pickle.Pickler(io.BytesIO(), 0); r = (p.bin, p.fast)",
    "p = pickle.Pickler(io.BytesIO()); p.fast = 'x'",
    "pickle.Pickler(1)",
    "pickle.Pickler(io.BytesIO(), 9)",
    "pickle.Pickler(io.BytesIO(), 2, buffer_callback=len)",
    "class P(pickle.Pickler):\\n    def __init__(self): pass\\nP().dump(1)",
    "class U(pickle.Unpickler):\\n    def __init__(self): pass\\nU().load()",
    "f = io.BytesIO(); p = pickle.Pickler(f, 1); p.fast = 1; p.dump([['a'], ['a']]); r = f.getvalue().hex()",
    "l = []; l.append(l); p = pickle.Pickler(io.BytesIO(), 1); p.fast = 1\ntry: p.dump(l)\nexcept ValueError as e: r = noaddr(str(e))",
    // persistent ids
    "class P(pickle.Pickler):\\n    def persistent_id(self, obj): return 'X' if obj == 42 else None\\nf = io.BytesIO(); P(f, 0).dump([1, 42]); r = f.getvalue().hex()",
    "class P(pickle.Pickler):\\n    def persistent_id(self, obj): return ('X', 1) if obj == 42 else None\\nf = io.BytesIO(); P(f, 2).dump([1, 42]); r = f.getvalue().hex()",
    "class P(pickle.Pickler):\\n    def persistent_id(self, obj): return '\\xe9' if obj == 42 else None\\nf = io.BytesIO(); P(f, 0).dump(42)",
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.persistent_id = lambda o: 'P' if o == 7 else None; p.dump([7, 8]); r = (f.getvalue().hex(), p.persistent_id(7))",
    "class U(pickle.Unpickler):\\n    def persistent_load(self, pid): return ('loaded', pid)\\nr = U(io.BytesIO(bytes.fromhex('80025d7100284b01580100000050710187710251652e'))).load()",
    "u = pickle.Unpickler(io.BytesIO(b'(lp0\\nI1\\naPX\\np1\\na.')); u.persistent_load = lambda pid: [pid]; r = u.load()",
    "pickle.Unpickler(io.BytesIO(b'PX\\n.')).load()",
    "pickle.loads(b'PX\\n.')",
    // dispatch tables and reducer_override
    "f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = {complex: lambda c: (complex, (9, 9))}; p.dump(1+2j); r = pickle.loads(f.getvalue())",
    "class P(pickle.Pickler):\\n    dispatch_table = {int: lambda i: (str, ('x',))}\\nf = io.BytesIO(); P(f, 2).dump([1, pk.INT(2)]); r = pickle.loads(f.getvalue())",
    "class P(pickle.Pickler):\\n    def reducer_override(self, obj):\\n        return (str, ('over',)) if obj is pk.f else NotImplemented\\nf = io.BytesIO(); P(f, 4).dump([pk.f, pk.C]); r = pickle.loads(f.getvalue())",
    "class P(pickle.Pickler):\\n    def reducer_override(self, obj): return 'f'\\nf = io.BytesIO(); P(f, 4).dump(pk.C(1)); r = f.getvalue().hex()",
    "class P(pickle.Pickler):\\n    def reducer_override(self, obj): return 1\\nf = io.BytesIO(); P(f, 4).dump(pk.C(1))",
    // bad __reduce__ values
    "class B:\\n    def __reduce__(self): return (1,)\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (1, ())\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (list, 1)\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (list, (), None, 1)\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (list, (), None, None, 1)\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (list, (), None, None, None, 1)\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return 1\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return 'nope'\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj__, ())\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj__, (1,))\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj__, (list,))\\nr = dumps(B(), 2)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj_ex__, (list,))\\nr = dumps(B(), 4)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj_ex__, (1, (), {}))\\nr = dumps(B(), 4)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj_ex__, (list, 1, {}))\\nr = dumps(B(), 4)",
    "class B:\\n    def __reduce__(self): return (copyreg.__newobj_ex__, (list, (), 1))\\nr = dumps(B(), 4)",
    "class B:\\n    def __reduce_ex__(self, p): raise ValueError(p)\\nr = dumps(B(), 3)",
    // Unpickler object
    "u = pickle.Unpickler(io.BytesIO(b'(lp0\\nS\\'a\\'\\np1\\na.')); r = (u.load(), sorted(u.memo.copy()))",
    "u = pickle.Unpickler(io.BytesIO(b'g0\\n.')); u.memo = {0: 'm'}; r = u.load()",
    "u = pickle.Unpickler(io.BytesIO(b'g0\\n.')); u.memo = {'a': 1}",
    "u = pickle.Unpickler(io.BytesIO(b'g0\\n.')); u.memo = {-1: 1}",
    "u = pickle.Unpickler(io.BytesIO(b'g0\\n.')); u.memo = 1",
    "u = pickle.Unpickler(io.BytesIO(b'(lp0\\nS\\'a\\'\\np1\\na.')); u.load(); m = u.memo; u.memo.clear(); r = m.copy()",
    "u = pickle.Unpickler(io.BytesIO(b'N.N.')); r = (u.load(), u.load())",
    "u = pickle.Unpickler(io.BytesIO(b'N.')); u.load(); u.load()",
    "pickle.Unpickler(1)",
    "pickle.Unpickler(io.BytesIO(), encoding=1)",
    "class U(pickle.Unpickler):\\n    def find_class(self, m, n): return (m, n)\\nr = U(io.BytesIO(b'\\x80\\x04\\x8c\\x01a\\x8c\\x03b.c\\x93.')).load()",
    "f = io.BytesIO(pickle.dumps([1, 2], 4) + b'rest'); r = (pickle.load(f), f.read())",
    "f = io.BytesIO(pickle.dumps(list(range(20000)), 4) + b'rest'); r = (len(pickle.load(f)), f.read())",
    "f = io.BufferedReader(io.BytesIO(pickle.dumps([b'x' * 100000, 'y'], 5) + b'rest')); x = pickle.load(f); r = (len(x[0]), x[1], f.read())",
    "f = io.BytesIO(); pickle.dump({'a': b'x' * 70000}, f, 5); r = pickle.loads(f.getvalue()) == {'a': b'x' * 70000}",
    // framing and out-of-band buffers
    "r = [len(pickle.dumps(list(range(n)), 4)) for n in (1, 10, 20000, 40000)]",
    "d = pickle.dumps(['a' * 40000, 'b' * 40000, 'c'], 4); r = [op.name for op, arg, pos in pickletools.genops(d)]",
    "d = pickle.dumps([b'a' * 70000, 'b'], 4); r = [(op.name, pos) for op, arg, pos in pickletools.genops(d)]",
    "bufs = []; d = pickle.dumps([pickle.PickleBuffer(b'ab'), pickle.PickleBuffer(bytearray(b'cd'))], 5, buffer_callback=bufs.append); r = (d.hex(), len(bufs), [type(x).__name__ for x in pickle.loads(d, buffers=bufs)])",
    "d = pickle.dumps(pickle.PickleBuffer(b'ab'), 5, buffer_callback=lambda b: False); pickle.loads(d)",
    "d = pickle.dumps(pickle.PickleBuffer(b'ab'), 5, buffer_callback=lambda b: False); pickle.loads(d, buffers=[])",
    "d = pickle.dumps(pickle.PickleBuffer(b'ab'), 5, buffer_callback=lambda b: False); r = bytes(pickle.loads(d, buffers=[bytearray(b'xy')]))",
    "d = pickle.dumps(pickle.PickleBuffer(b'ab'), 5, buffer_callback=lambda b: False); v = pickle.loads(d, buffers=[bytearray(b'xy')]); r = (type(v).__name__, v.readonly)",
    // PickleBuffer
    "b = pickle.PickleBuffer(b'abc'); m = memoryview(b); r = (bytes(m), m.readonly, bytes(b.raw()), b.raw().format)",
    "b = pickle.PickleBuffer(bytearray(b'abc')); m = memoryview(b); m[0] = 65; r = (bytes(m), m.readonly)",
    "b = pickle.PickleBuffer(b'abc'); b.release(); b.raw()",
    "b = pickle.PickleBuffer(b'abc'); b.release(); memoryview(b)",
    "b = pickle.PickleBuffer(b'abc'); b.release(); b.release(); r = 'ok'",
    "pickle.PickleBuffer(1)",
    "pickle.PickleBuffer()",
    "pickle.PickleBuffer(b'a', b'b')",
    "b = pickle.PickleBuffer(memoryview(b'abcd')[::2]); b.raw()",
    "b = pickle.PickleBuffer(memoryview(b'abcd')[::2]); pickle.dumps(b, 5)",
    "import array; b = pickle.PickleBuffer(array.array('i', [1, 2])); m = memoryview(b); r = (m.format, m.itemsize, m.shape, b.raw().format, b.raw().nbytes)",
    "with pickle.PickleBuffer(b'x') as b: pass",
    // dis of what the C pickler writes
    "dis(pickle.dumps([pk.C(1), {'a': (1, 2)}, pk.Color.RED, pk.Outer.Inner], 2))",
    "dis(pickle.dumps([pk.C(1), {'a': (1, 2)}, pk.Color.RED, pk.Outer.Inner], 4))",
    "dis(pickle.dumps([pk.C(1), 'x', 'x', (1, 2)], 0))",
    // the memo proxies
    "hash(pickle.Pickler(io.BytesIO()).memo)",
    "type(pickle.Pickler(io.BytesIO()).memo).__name__",
    "type(pickle.Unpickler(io.BytesIO()).memo).__name__",
    "p = pickle.Pickler(io.BytesIO(), 2); p.dump(['x']); r = pickle.Pickler(io.BytesIO()).memo.__reduce__()",
    "u = pickle.Unpickler(io.BytesIO(b'(lp0\\nS\\'a\\'\\np1\\na.')); u.load(); r = u.memo.__reduce__()",
    "dumps(pickle.Pickler(io.BytesIO()), 2)",
  ],
};
