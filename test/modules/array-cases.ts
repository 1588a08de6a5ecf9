// Cases for array.array: every typecode's conversions and messages, every method, the sequence and
// mapping protocols, comparison, repr, the buffer protocol (memoryview, bytes, struct), pickling and
// _array_reconstructor, the iterator. Typecodes 'l' and 'L' (8 bytes here, 4 in the oracle) and
// values between 2**31 and 2**64 (which overflow a 32-bit C long first) run on 64-bit python3.
import type { ModuleCase, Suite } from './support/cases.ts';

const INT_CODES = 'bBhHiIqQ';
// Values whose conversion is the same with a 32- and a 64-bit C long.
const PORTABLE = ['0', '1', '-1', '127', '128', '-128', '-129', '255', '256', '-256', '32767', '32768', '-32768', '-32769', '65535', '65536',
  '2**31 - 1', '-2**31', '2**64', '-2**64', '2**100', '-2**100',
  'True', '1.0', '"1"', 'None', 'Idx(5)', 'Idx(-5)', 'BadIdx()', 'IntSub(7)', 'b"x"'];
const WIDE = ['2**31', '-2**31 - 1', '2**32 - 1', '2**32', '-2**32', '2**40', '-2**40', '2**62', '2**63 - 1', '-2**63', '-2**63 - 1', '2**63', '2**64 - 1'];
const FLOATS = ['0.0', '-0.0', '1.5', '1e300', '-1e300', '1e-50', 'INF', 'NAN', '3', '10**400', 'True', '"1.0"', 'None', 'Flt(2.5)', 'BadFlt()', 'Idx(4)', '1+0j'];
const CHARS = ['"a"', '"é"', '"😀"', '"\\ud800"', '"\\x00"', '""', '"ab"', '97', 'None', 'b"a"', 'StrSub("z")'];

function valueCases(): (string | ModuleCase)[] {
  const out: (string | ModuleCase)[] = [];
  for (const c of INT_CODES) {
    for (const v of PORTABLE) out.push(`conv('${c}', ${v})`);
    for (const v of WIDE) out.push({ code: `conv('${c}', ${v})`, python3: true });
  }
  for (const c of 'lL') for (const v of [...PORTABLE, ...WIDE]) out.push({ code: `conv('${c}', ${v})`, python3: true });
  for (const c of 'fd') for (const v of FLOATS) out.push(`conv('${c}', ${v})`);
  for (const c of 'uw') for (const v of CHARS) out.push(`conv('${c}', ${v})`);
  return out;
}

const CODES = 'bBuwhHiIqQfd';
const SAMPLE: Record<string, string> = {
  b: '[1, -2, 3, 127, -128]', B: '[1, 2, 3, 255, 0]', u: "'abcé😀'", w: "'abcé😀'", h: '[1, -2, 300, -32768]', H: '[1, 2, 65535]',
  i: '[1, -2, 3, 2**31 - 1]', I: '[1, 2, 2**31]', l: '[1, -2, 2**63 - 1]', L: '[1, 2, 2**64 - 1]', q: '[1, -2, -2**63]', Q: '[1, 2**64 - 1]',
  f: '[1.5, -2.25, 0.1]', d: '[1.5, -2.25, 0.1]',
};

function perCode(make: (c: string, s: string) => string): (string | ModuleCase)[] {
  const out: (string | ModuleCase)[] = [];
  for (const c of CODES) out.push(make(c, SAMPLE[c]));
  for (const c of 'lL') out.push({ code: make(c, SAMPLE[c]), python3: true });
  return out;
}

export const ARRAY_SUITE: Suite = {
  name: 'array',
  setup: `
import array, sys, io, pickle, copy, struct, weakref, warnings, collections.abc
from array import array as A
warnings.simplefilter('ignore', DeprecationWarning)
INF = float('inf'); NAN = float('nan')
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIdx:
    def __index__(self): return 'no'
class IntSub(int): pass
class StrSub(str): pass
class Flt:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class BadFlt:
    def __float__(self): raise ValueError('nope')
class Sub(array.array):
    pass
class SubInit(array.array):
    def __init__(self, typecode, data=None, extra=0):
        self.extra = extra
def conv(code, v):
    a = A(code)
    try:
        a.append(v)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e), a
    return a, a.tobytes(), a[0]
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def state(a):
    return a, len(a), a.tobytes()
class Reader:
    def __init__(self, data): self.data = data
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
`,
  cases: [
    ...valueCases(),
    // construction
    ...perCode((c, s) => `state(A('${c}', ${s}))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); r = (repr(a), str(a), a.typecode, a.tolist(), list(a), a[0], a[-1], a[1:3], a[::-1], a[::2])`),
    ...perCode((c, s) => `a = A('${c}', ${s}); r = (A('${c}', a), A('${c}', iter(a)), A('${c}', tuple(a)), A('${c}', a.tobytes()) == a, A('${c}', bytearray(a.tobytes())) == a)`),
    ...CODES.split('').map((c) => `(A('${c}').itemsize, A('${c}', b'').tolist(), A('${c}'))`),
    { code: "[(c, A(c).itemsize) for c in array.typecodes if c != 'w']", python3: true },
    "array.typecodes, array.ArrayType is array.array, A.__module__, A.__name__, A.__qualname__",
    "err(A, 'z')", "err(A, 'ab')", "err(A, '')", "err(A, 1)", "err(A, b'i')", "err(A)", "err(A, 'i', [1], 2)", "err(A, 'i', initializer=[1])", "err(A, typecode='i')",
    "err(A, 'i', 'abc')", "err(A, 'b', A('u', 'x'))", "err(A, 'i', A('w', 'x'))", "err(A, 'u', [1])", "err(A, 'w', ['ab'])", "A('u', ['a', 'b']), A('w', ('c', 'd'))",
    "err(A, 'i', 5)", "err(A, 'i', [1, 'x'])", "err(A, 'b', [1, 200])", "err(A, 'i', b'abc')", "A('i', b'abcd'), A('h', bytearray(b'abcd'))",
    "err(A, 'i', A('d', [1.0]))", "A('d', A('i', [1, 2])), A('i', A('b', [1, 2])), A('w', A('u', 'xy'))",
    "A('i', range(5)), A('d', (x / 2 for x in range(3))), A('B', {3: 4}), A('w', iter('hey'))",
    "A('i', [Idx(3)]), A('f', [Flt(0.5)]), err(A, 'i', [BadIdx()])",
    "A('i', memoryview(b'abcdefgh')), A('b', memoryview(b'ab'))",
    "Sub('i', [1, 2]), type(Sub('i')[:1]), type(Sub('i') + Sub('i')), type(Sub('i') * 2), type(copy.copy(Sub('i')))",
    "SubInit('i', [1, 2], extra=5).extra, err(Sub, 'i', [1], x=1)",
    // deprecation warning of 'u'
    "with warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    A('u'); A('w')\nr = [(x.category.__name__, str(x.message)) for x in w]",
    // methods
    ...perCode((c, s) => `a = A('${c}', ${s}); b = a.__copy__(); a.reverse(); r = (a, b, a == b, copy.copy(a) == a, copy.deepcopy(a) == a, a.__deepcopy__({}) is a)`),
    ...perCode((c, s) => `a = A('${c}', ${s}); a.byteswap(); r = (a.tobytes(), len(a)); a.byteswap(); r += (a == A('${c}', ${s}),)`),
    ...perCode((c, s) => `a = A('${c}', ${s}); x = a[1]; r = (a.count(x), a.index(x), a.index(x, 1), err(a.index, x, 2), x in a, a.count(object()), err(a.remove, object()))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); x = a.pop(); y = a.pop(0); a.remove(a[0]); r = (x, y, a, err(A('${c}').pop), err(a.pop, 10), err(a.pop, -10))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); a.insert(0, a[-1]); a.insert(-1, a[0]); a.insert(100, a[1]); a.insert(-100, a[2]); r = a`),
    ...perCode((c, s) => `a = A('${c}', ${s}); a.extend(a); a.extend(list(a)[:2]); a += A('${c}', ${s}); r = (a, err(a.extend, 5), err(a.extend, A('${c === 'd' ? 'f' : 'd'}')), err(a.__iadd__, [1]))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); r = (a + a, a * 2, 2 * a, a * 0, a * -1, err(a.__add__, [1]), err(a.__add__, A('${c === 'd' ? 'f' : 'd'}')))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); a *= 3; b = A('${c}', ${s}); b *= 0; c = A('${c}', ${s}); c *= 1; r = (len(a), b, c)`),
    ...perCode((c, s) => `a = A('${c}', ${s}); b = A('${c}'); b.frombytes(a.tobytes()); b.fromlist(a.tolist()); r = (b, err(b.frombytes, b'x' * (a.itemsize + 1)) if a.itemsize > 1 else None, err(b.fromlist, (1,)), err(b.frombytes, 'str'))`),
    ...perCode((c, s) => `a = A('${c}', ${s}); f = io.BytesIO(); a.tofile(f); f.seek(0); b = A('${c}'); b.fromfile(f, len(a)); r = (b == a, f.getvalue() == a.tobytes(), err(b.fromfile, f, 1), b)`),
    "a = A('b', [1, 2, 3]); r = (err(a.fromlist, [4, 'x', 5]), a, err(a.fromlist, [4, 500]), a)",
    "a = A('i'); l = [1, 2, 3]\nclass Grow(int):\n    def __index__(self):\n        l.append(9)\n        return 1\nl.append(Grow(0)); r = (err(a.fromlist, l), a)",
    "a = A('i', [1]); r = (err(a.fromfile, io.BytesIO(b'ab'), 1), a, err(a.fromfile, io.BytesIO(b''), -1), err(a.fromfile, Reader('text'), 1), a)",
    "a = A('h', [1]); r = (err(a.fromfile, io.BytesIO(b'\\x02\\x00\\x03'), 2), a)",
    "a = A('i', [1]); r = (err(a.tofile, 5), err(a.fromfile, 5, 1), err(a.fromfile, io.BytesIO(), 'x'))",
    "a = A('i', [1, 2]); r = (a.clear(), a, len(a), a.tobytes())",
    "a = A('w', 'ab'); a.fromunicode('cé😀'); r = (a, a.tounicode(), err(a.fromunicode, 5), err(A('i').fromunicode, 'x'), err(A('i').tounicode))",
    "a = A('u', 'ab'); a.fromunicode(''); a.fromunicode('x'); r = (a, a.tounicode(), a.typecode)",
    "a = A('w'); a.frombytes(b'\\x00\\xd8\\x00\\x00'); r = (len(a), err(a.tounicode), err(repr, a), err(a.__getitem__, 0))",
    "a = A('w'); a.frombytes(b'\\x00\\x00\\x11\\x00'); r = (len(a), err(a.tounicode), err(a.__getitem__, 0), err(list, a))",
    "a = A('u'); a.frombytes(b'\\x00\\x00\\x11\\x00'); r = (len(a), err(a.tounicode), err(a.__getitem__, 0))",
    "a = A('u'); a.frombytes(b'\\xff\\xff\\xff\\xff'); r = (err(a.tounicode), err(a.__getitem__, 0))",
    "a = A('i', [1, 2]); r = (a.buffer_info()[1], type(a.buffer_info()[0]), A('i').buffer_info()[1])",
    "a = A('i', range(10)); r = (a.index(5, -6), a.index(5, 0, 6), err(a.index, 5, 0, 5), err(a.index, 5, 'x'), a.index(5, -100, 100), err(a.index, 5, None))",
    "a = A('i', range(3)); r = (err(a.insert, 'x', 1), err(a.insert, 0), err(a.pop, 'x'), err(a.pop, 2**70), err(a.insert, 2**70, 1))",
    "a = A('d', [NAN, 1.0]); r = (a.count(NAN), NAN in a, err(a.index, NAN), a == A('d', [NAN, 1.0]), a != a)",
    // subscripts
    "a = A('i', range(10)); r = (a[3], a[-1], err(a.__getitem__, 10), err(a.__getitem__, -11), err(a.__getitem__, 'x'), err(a.__getitem__, 2**70), a[Idx(2)], a[True])",
    "a = A('i', range(10)); r = (a[2:5], a[::3], a[::-2], a[5:2], a[-3:], a[100:], a[1:9:4], a[slice(None, None, -1)])",
    "a = A('i', range(10)); a[0] = 9; a[-1] = 8; r = (a, err(a.__setitem__, 10, 1), err(a.__setitem__, 0, 'x'), err(a.__setitem__, 'x', 1), err(a.__setitem__, 0, 2**100))",
    "a = A('i', range(10)); a[2:5] = A('i', [7]); r = a",
    "a = A('i', range(10)); a[2:3] = A('i', [7, 7, 7]); r = a",
    "a = A('i', range(10)); a[5:2] = A('i', [7, 7]); r = a",
    "a = A('i', range(10)); a[::2] = A('i', [0] * 5); r = (a, err(a.__setitem__, slice(None, None, 2), A('i', [1])))",
    "a = A('i', range(10)); a[::-3] = A('i', [1, 2, 3, 4]); r = a",
    "a = A('i', range(10)); a[:] = a; r = a",
    "a = A('i', range(10)); a[2:4] = a; r = a",
    "a = A('i', range(10)); r = (err(a.__setitem__, slice(0, 2), [1, 2]), err(a.__setitem__, slice(0, 2), A('h', [1, 2])), a)",
    "a = A('i', range(10)); del a[0]; del a[-1]; del a[2:4]; r = (a, err(a.__delitem__, 20))",
    "a = A('i', range(10)); del a[::2]; r = a",
    "a = A('i', range(10)); del a[::-3]; r = a",
    "a = A('i', range(10)); del a[1::4]; r = a",
    "a = A('i', range(10)); del a[5:2]; del a[100:]; r = a",
    "a = A('i', range(20)); del a[3:17:5]; r = a",
    // comparisons
    "A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('h', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) == [1, 2]",
    "A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('i', [1, 9]), A('b', [1]) <= A('b', [1]), A('B', [255]) > A('B', [1])",
    "A('i', [1, 2]) < A('d', [1, 2.5]), A('H', [1]) >= A('h', [-1]), A('Q', [2**64 - 1]) > A('Q', [1]), A('q', [-1]) < A('q', [0]), A('I', [2**31]) > A('I', [1])",
    "A('w', 'ab') < A('w', 'b'), A('u', 'ab') == A('w', 'ab'), A('w', 'ab') > A('u', 'aa'), A('w', '😀') > A('w', 'z')",
    "A('i') == A('i'), A('i') < A('i', [0]), err(lambda: A('i') < [1]), A('i') != 5, A('f', [0.1]) == A('d', [0.1])",
    "A('d', [1.0, NAN]) < A('d', [1.0, 2.0]), A('d', [NAN]) == A('d', [NAN]), A('d', [0.0]) == A('d', [-0.0])",
    "err(hash, A('i'))",
    // buffer protocol
    "a = A('i', [1, 2, 3]); m = memoryview(a); r = (m.format, m.itemsize, m.nbytes, m.shape, m.tolist(), m.readonly, bytes(m) == a.tobytes())",
    "a = A('d', [1.5]); m = memoryview(a); r = (m.format, m[0], m.cast('B').tolist()[:2], len(m))",
    "a = A('H', [1, 2]); m = memoryview(a); m[0] = 7; r = (a, err(a.append, 1), err(a.extend, [1]), err(a.pop), err(a.__delitem__, 0), err(a.clear), err(a.frombytes, b'ab'))",
    "a = A('H', [1, 2]); m = memoryview(a); a[0] = 5; a[0:2] = A('H', [8, 9]); r = (m.tolist(), err(a.__setitem__, slice(0, 1), A('H', [1, 2])), a.reverse(), m.tolist())",
    "a = A('H', [1, 2]); m = memoryview(a); m.release(); a.append(3); r = a",
    "a = A('H', [1, 2]); with memoryview(a) as m:\n    pass\na.append(3); r = (a, m)",
    "a = A('H', [1, 2]); m1 = memoryview(a); m2 = memoryview(a); m1.release(); r = err(a.append, 1); m2.release(); a.append(1); r = (r, a)",
    "a = A('w', 'ab'); m = memoryview(a); r = (m.format, m.itemsize, err(m.tolist), err(m.__getitem__, 0))",
    "a = A('u', 'ab'); m = memoryview(a); r = (m.format, m.itemsize, m.nbytes)",
    "a = A('b', [1, -1]); r = (bytes(a), bytearray(a), struct.unpack('bb', a), b''.join([a]), a.tobytes().hex())",
    "a = A('h', [1, 2]); r = (bytes(a), struct.unpack('<hh', a), err(A('b').frombytes, a), memoryview(b'x' * 4).cast('i').tolist())",
    "a = A('i', [0, 0]); struct.pack_into('<i', a, 4, -7); r = a",
    "a = A('B', [0] * 4); b = io.BytesIO(b'wxyz'); r = (b.readinto(a), a)",
    "a = A('d', [1.0]); r = (weakref.ref(a)() is a, err(setattr, a, 'x', 1), Sub('i').__dict__)",
    // pickling
    ...perCode((c, s) => `a = A('${c}', ${s}); r = (a.__reduce_ex__(2), a.__reduce_ex__(3)[1][:3], a.__reduce_ex__(4)[1][3] == a.tobytes())`),
    ...perCode((c, s) => `a = A('${c}', ${s}); r = [pickle.loads(pickle.dumps(a, p)) == a for p in range(6)]`),
    "a = Sub('i', [1, 2]); a.x = 5; b = pickle.loads(pickle.dumps(a)); r = (type(b).__name__, b, b.x, a.__reduce_ex__(3)[2])",
    "a = A('i', [1]); r = (err(a.__reduce_ex__, 'x'), err(a.__reduce_ex__), a.__reduce__() if hasattr(a, '__reduce__') else None)",
    "r = A('i', [1, 2]).__reduce_ex__(3)[0] is array._array_reconstructor, pickle.dumps(array._array_reconstructor)",
    "ar = array._array_reconstructor; r = (ar(A, 'i', 8, b'\\x01\\x00\\x00\\x00'), ar(A, 'h', 13, b'\\xff' * 8), ar(A, 'b', 3, b'\\x00\\x01'))",
    { code: "ar = array._array_reconstructor; r = (ar(A, 'i', 9, b'\\x00\\x00\\x00\\x01'), ar(A, 'q', 7, b'\\x00\\x00\\x00\\x01'), ar(A, 'b', 10, bytes(8)))", python3: true },
    "ar = array._array_reconstructor; r = (ar(A, 'd', 17, struct.pack('>d', 1.5)), ar(A, 'f', 15, struct.pack('>f', 2.5)), ar(A, 'f', 16, struct.pack('<d', 0.1)))",
    "ar = array._array_reconstructor; r = (ar(A, 'w', 21, 'hé'.encode('utf-32-be')), ar(A, 'u', 19, 'hé😀'.encode('utf-16-be')), ar(A, 'w', 18, 'x'.encode('utf-16-le')))",
    "ar = array._array_reconstructor; r = (ar(A, 'I', 10, (2**40).to_bytes(8, 'little')), ar(A, 'B', 12, (-3).to_bytes(8, 'little', signed=True)), ar(Sub, 'i', 8, b''))",
    "ar = array._array_reconstructor; r = [err(ar, *a) for a in [(5, 'i', 8, b''), (int, 'i', 8, b''), (A, 'z', 8, b''), (A, 'i', 22, b''), (A, 'i', -1, b''), (A, 'i', 8, 'x'), (A, 'i', 8, [1]), (A, 'i', 9, b'abc'), (A, 'ab', 8, b''), (A, 1, 8, b''), (A, 'i', 'x', b''), (A, 'w', 21, b'\\x00\\x11\\x00\\x00')]]",
    "array._array_reconstructor.__text_signature__, array._array_reconstructor.__doc__",
    // the iterator
    "a = A('i', [1, 2, 3]); it = iter(a); r = (type(it).__name__, type(it).__module__, next(it), it.__reduce__()[1:], list(it), it.__reduce__())",
    "a = A('i', [1, 2, 3]); it = iter(a); it.__setstate__(2); r = (list(it), err(it.__setstate__, 'x'))",
    "a = A('i', [1, 2, 3]); it = iter(a); it.__setstate__(-5); r = list(it)",
    "a = A('i', [1, 2, 3]); it = iter(a); it.__setstate__(50); r = list(it)",
    "a = A('i', [1, 2, 3]); it = iter(a); next(it); a.append(4); a.pop(0); r = list(it)",
    "a = A('i', [1, 2]); it = iter(a); r = pickle.loads(pickle.dumps(it)).__reduce__()[1:]",
    "err(type(iter(A('i'))))",
    // the type and the module
    "sorted(n for n in dir(A) if not n.startswith('__'))",
    "sorted(n for n in dir(array) if not n.startswith('__'))",
    "issubclass(A, collections.abc.MutableSequence), isinstance(A('i'), collections.abc.Sequence), A[int], A.__class_getitem__.__doc__",
    "A.typecode.__doc__, A.itemsize.__doc__, A.append.__text_signature__, A.index.__text_signature__, A.pop.__text_signature__, A.__reduce_ex__.__text_signature__",
    "array.__doc__.splitlines()[0], A.__text_signature__, A.__init__ is object.__init__",
    { code: "A('i', [1, 2]).__sizeof__(), A('i').__sizeof__(), A('d', range(10)).__sizeof__(), A('b', range(100)).__sizeof__()", python3: true },
    { code: "a = A('b'); r = []\nfor i in range(40):\n    a.append(i); r.append(a.__sizeof__())", python3: true },
    { code: "a = A('i', range(100)); r = []\nwhile a:\n    a.pop(); r.append(a.__sizeof__())", python3: true },
    { code: "a = A('i', range(10)); a.extend(range(50)); a.frombytes(bytes(40)); del a[:30]; r = a.__sizeof__()", python3: true },
    { code: "A('l', [2**63 - 1]).tobytes(), A('L', [2**64 - 1]).itemsize, A('l').__reduce_ex__(3)[1][2], A('L', [1]).__reduce_ex__(3)[1][2]", python3: true },
  ],
};
