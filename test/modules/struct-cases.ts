// Cases for _struct: every format character in every byte order with in-range, boundary, out-of-range
// and wrong-type values, pad bytes, strings, alignment, the Struct type, the module functions and
// their errors. Native 'l', 'L', 'n', 'N' and 'P' depend on the C sizes: 64-bit python3 cases.
import type { ModuleCase, Suite } from './support/cases.ts';

const ORDERS = ['<', '>', '!', '=', '@', ''];
const INT_CHARS = 'bBhHiIlLqQ';
const INT_VALUES = ['0', '1', '-1', '127', '128', '-128', '-129', '255', '256', '32767', '32768', '-32769', '65535', '65536',
  '2**31 - 1', '2**31', '-2**31 - 1', '2**32 - 1', '2**32', '2**63 - 1', '2**63', '-2**63', '-2**63 - 1', '2**64 - 1', '2**64', '-2**70',
  'True', 'False', '1.5', '"1"', 'None', 'Idx(7)', 'Idx(-300)', 'BadIdx()', 'IntSub(9)'];
const FLOAT_VALUES = ['0.0', '-0.0', '1.5', '-2.75', '0.1', '65504.0', '65519.99', '65520.0', '1e-5', '6e-8', '5.960464477539063e-08',
  '2.9802322387695312e-08', '2.98023223876953125e-08 * 1.0000001', '1e-40', '3.4028234663852886e+38', '3.4028235677973366e+38',
  '1e39', '1e308', 'INF', '-INF', 'NAN', '-NAN', '3', '-7', '10**6', '10**40', '10**400', 'True', '"1.0"', 'None', 'Flt(2.5)', 'Idx(4)', 'BadFlt()'];
const NATIVE_SIZED = new Set(['l', 'L']);

function isNativeOrder(o: string): boolean {
  return o === '@' || o === '';
}

function intCases(): (string | ModuleCase)[] {
  const out: (string | ModuleCase)[] = [];
  for (const o of ORDERS) {
    for (const c of INT_CHARS) {
      // Native 'l' and 'L' are 8 bytes here and 4 in the oracle: NATIVE_ONLY has them.
      if (isNativeOrder(o) && NATIVE_SIZED.has(c)) continue;
      for (const v of INT_VALUES) out.push(`rt('${o}${c}', ${v})`);
    }
  }
  return out;
}

function floatCases(): string[] {
  const out: string[] = [];
  for (const o of ORDERS) for (const c of 'efd') for (const v of FLOAT_VALUES) out.push(`rt('${o}${c}', ${v})`);
  return out;
}

function complexCases(): string[] {
  const out: string[] = [];
  for (const o of ORDERS) {
    for (const c of 'FD') {
      for (const v of ['1+2j', 'complex(-0.0, -0.0)', '1.5', '3', 'True', 'complex(INF, NAN)', '1e39', 'complex(1, 1e39)', '10**40', '"x"', 'None', 'Cpx(2j)', 'Flt(0.5)']) {
        out.push(`rt('${o}${c}', ${v})`);
      }
    }
  }
  return out;
}

function unpackCases(): string[] {
  const out: string[] = [];
  const blobs = ['b"\\x00" * 16', 'b"\\xff" * 16', 'bytes(range(16))', 'bytes(range(240, 256))', 'b"\\x01\\x80" * 8', 'b"\\x00\\x7c\\x00\\xfc\\x01\\x7c\\x00\\x7e" * 2'];
  for (const o of ['<', '>']) {
    for (const c of 'bBhHiIlLqQ?efdFDc') {
      for (const b of blobs) out.push(`struct.unpack_from('${o}${c}', ${b})`);
    }
  }
  return out;
}

const NATIVE_ONLY: ModuleCase[] = [
  // In-range values only: python3 (3.11) words range errors of these differently from 3.14.
  ...['n', 'l', '@n', '@l'].flatMap((f) => ['0', '1', '-1', '2**63 - 1', '-2**63', 'Idx(-5)', '1.5', 'None', 'IntSub(-3)'].map((v) => ({ code: `rt('${f}', ${v})`, python3: true }))),
  ...['N', 'L', '@N', '@L'].flatMap((f) => ['0', '1', '2**63', '2**64 - 1', 'Idx(5)', '1.5', 'None', 'True'].map((v) => ({ code: `rt('${f}', ${v})`, python3: true }))),
  ...['P', '@P'].flatMap((f) => ['0', '1', '-1', '2**63', '2**64 - 1', '-2**63', 'Idx(5)', '1.5', 'None'].map((v) => ({ code: `rt('${f}', ${v})`, python3: true }))),
  ...['P', 'n', 'N', 'l', 'L', 'bl', 'bP', 'bn', 'lb', 'cL', '3l0P', 'hhl', 'llh0l', 'P2l', '@Lb', 'xN'].map((f) => ({ code: `struct.calcsize('${f}')`, python3: true })),
  { code: "struct.unpack('lLnNP', bytes(range(40)))", python3: true },
  { code: "struct.unpack('lLnNP', b'\\xff' * 40)", python3: true },
  { code: "struct.calcsize('9223372036854775807x')", python3: true },
  { code: "struct.calcsize('9223372036854775808x')", python3: true },
  { code: "struct.calcsize('4611686018427387904h')", python3: true },
  { code: "struct.calcsize('4611686018427387903h')", python3: true },
  { code: "struct.calcsize('b9223372036854775807x')", python3: true },
  { code: "struct.calcsize('1152921504606846976q')", python3: true },
  { code: "struct.Struct('i').__sizeof__(), struct.Struct('3i2h').__sizeof__(), struct.Struct('').__sizeof__(), struct.Struct('5s4x').__sizeof__()", python3: true },
  { code: "[struct.Struct(f).size for f in ('P', 'Pb', 'bP', 'lh', 'hl', 'q', 'N')]", python3: true },
];

export const STRUCT_SUITE: Suite = {
  name: 'struct',
  setup: `
import struct, _struct, sys, weakref
try:
    import array
except ImportError:
    array = None
INF = float('inf'); NAN = float('nan')
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIdx:
    def __index__(self): return 'no'
class IntSub(int): pass
class Flt:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class BadFlt:
    def __float__(self): raise ValueError('nope')
class Cpx:
    def __init__(self, v): self.v = v
    def __complex__(self): return self.v
def rt(fmt, *vals):
    b = struct.pack(fmt, *vals)
    return b, struct.unpack(fmt, b)
class Boom:
    def __bool__(self): raise ZeroDivisionError('boom')
class BytesSub(bytes): pass
class StrSub(str): pass
def nitems(fmt):
    return len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))
def pickle_it(o):
    import pickle
    return pickle.dumps(o)
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__module__ + '.' + type(e).__qualname__ + ': ' + str(e)
`,
  cases: [
    ...intCases(),
    ...floatCases(),
    ...complexCases(),
    ...unpackCases(),
    // bools, chars, strings, pads
    ...['0', '1', '2', '-1', '[]', '[0]', '""', '"x"', 'None', '0.0', 'NAN', 'Boom()'].flatMap((v) => [`rt('?', ${v})`, `rt('>?', ${v})`]),
    "struct.unpack('????', b'\\x00\\x01\\x02\\xff')",
    "struct.unpack('<?>?', b'\\x00\\x05') if False else struct.unpack('<??', b'\\x00\\x05')",
    ...['b"a"', 'b""', 'b"ab"', 'bytearray(b"a")', '"a"', '97', 'None', 'memoryview(b"a")', 'BytesSub(b"z")'].map((v) => `rt('c', ${v})`),
    "struct.unpack('3c', b'abc')",
    ...['0s', 's', '1s', '3s', '10s', '0p', 'p', '1p', '2p', '3p', '10p', '300p', '255p', '256p', '>5s', '<5p', '2s2s', '3s3p'].flatMap((f) =>
      ['b""', 'b"abc"', 'bytearray(b"abcdef")', '"abc"', 'memoryview(b"abc")', 'b"x" * 300', 'None', '1'].map((v) => `err(lambda: rt('${f}', *[${v}] * nitems('${f}')))`)
    ),
    "struct.unpack('5p', b'\\x09abcd')",
    "struct.unpack('5p', b'\\x02abcd')",
    "struct.unpack('1p', b'\\x09')",
    "struct.unpack('0p', b'')",
    "struct.unpack('3s0s2s', b'abcde')",
    "struct.pack('x'), struct.pack('3x'), struct.pack('b2xb', 1, 2), struct.unpack('b2xb', b'\\x01\\x00\\x00\\x02'), struct.pack('0x'), struct.pack('>2xh', 5)",
    "struct.pack('0i'), struct.unpack('0i', b''), struct.pack('0s'), struct.pack('i0i', 1)",
    // sizes and alignment
    ...['', 'x', 'b', 'h', 'i', 'q', 'e', 'f', 'd', 'F', 'D', '?', 'c', 's', 'p', '5s', '5p', 'bh', 'hb', 'bi', 'ib', 'bq', 'bd', 'be', 'bf', 'bF', 'bD', 'b?', 'cH', 'ci', 'ic', 'ih', 'hi',
      'bhiq', 'qihb', 'b0i', 'bi0q', '3b0h', 'iq0q', '5s i', ' b  h ', '\\tb\\nh', 'b\\x0bh\\x0ci\\rq', '2h3i', '10x', '0x', '0b0h', '3s2h', '5p1i', 'bbbbbbbbq', '7bq', '9s?d'].flatMap((f) =>
      ['', '@', '=', '<', '>', '!'].map((o) => `struct.calcsize('${o}${f}')`),
    ),
    "struct.calcsize(b'<i'), struct.calcsize(b'ii'), struct.pack(b'>h', 1), struct.unpack(b'<h', b'\\x01\\x00')",
    "struct.pack('bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('bq', 1, 2), struct.pack('bd', 1, 2.0), struct.pack('be', 1, 2.0), struct.pack('bh', 1, 2)",
    "struct.unpack('bi', b'\\x01\\xaa\\xbb\\xcc\\x02\\x00\\x00\\x00')",
    "struct.pack('@iq0q', 1, 2) , struct.pack('hq', 1, 2)",
    // format errors
    ...['z', 'Y', '3', '33', 'i3', '3 i', '<@i', '@<i', 'i\\x00', '\\x00', '<n', '>N', '!P', '=n', '<l5', '-1i', '+i', 'i ', ' ', '<', '>', '!', '=', '@', '99999999999999999999999999x', '18446744073709551616b',
      'é', '\\udce9', 'i\\u0100'].map((f) => `err(struct.calcsize, '${f}')`),
    "err(struct.calcsize, b'\\xe9')",
    "err(struct.calcsize, b'i\\x00')",
    "err(struct.calcsize, 1)",
    "err(struct.calcsize, None)",
    "err(struct.calcsize, bytearray(b'i'))",
    "err(struct.calcsize, [1])",
    "err(struct.calcsize, memoryview(b'i'))",
    "err(struct.calcsize)",
    "err(struct.calcsize, 'i', 'i')",
    "err(struct.calcsize, format='i')",
    "err(struct.calcsize, StrSub('<h'))",
    // pack argument errors
    "err(struct.pack)",
    "err(struct.pack, 'i')",
    "err(struct.pack, 'i', 1, 2)",
    "err(struct.pack, '2i', 1)",
    "err(struct.pack, '3s', b'a', b'b')",
    "err(struct.pack, '', 1)",
    "struct.pack('')",
    "err(struct.pack, 'i', x=1)",
    "err(struct.pack, 'hhh', 1, 2**20, 3)",
    "err(struct.pack, 'z', 1)",
    "err(struct.pack, 1, 1)",
    "err(struct.pack, b'\\xe9')",
    // pack_into
    "b = bytearray(8); struct.pack_into('<hh', b, 2, 1, -1); r = b",
    "b = bytearray(8); struct.pack_into('<hh', b, -4, 1, -1); r = b",
    "b = bytearray(b'\\xff' * 8); struct.pack_into('<bxb', b, 1, 1, 2); r = b",
    "b = bytearray(8); m = memoryview(b); struct.pack_into('>I', m, 4, 7); r = b",
    "b = array.array('B', [0] * 8); struct.pack_into('<I', b, 0, 0x01020304); r = b",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 6, 1, 1), b",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, -2, 1, 1)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, -9, 1, 1)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 9, 1, 1)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 0, 1)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b)",
    "r = err(struct.pack_into, '<hh')",
    "r = err(struct.pack_into)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 'x', 1, 2)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 2**70, 1, 2)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, 1.0, 1, 2)",
    "b = bytearray(8); r = err(struct.pack_into, '<hh', b, Idx(2), 1, 2), b",
    "r = err(struct.pack_into, '<h', bytes(4), 0, 1)",
    "r = err(struct.pack_into, '<h', 'abcd', 0, 1)",
    "r = err(struct.pack_into, '<h', memoryview(b'abcd'), 0, 1)",
    "r = err(struct.pack_into, '<h', memoryview(bytearray(8))[::2], 0, 1)",
    "r = err(struct.pack_into, '<h', None, 0, 1)",
    "b = bytearray(4); r = err(struct.pack_into, '<hh', b, 0, 1, 2**20), b",
    "b = bytearray(4); struct.pack_into('', b, 4); r = b",
    "b = bytearray(4); r = err(struct.pack_into, '', b, 5)",
    // unpack, unpack_from, iter_unpack
    "struct.unpack('<h', bytearray(b'\\x01\\x02')), struct.unpack('<h', memoryview(b'\\x01\\x02')), struct.unpack('<h', array.array('b', [1, 2]))",
    "struct.unpack('<h', memoryview(b'xx\\x01\\x02')[2:])",
    "err(struct.unpack, '<h', memoryview(b'\\x01\\x00\\x02\\x00')[::2])",
    "err(struct.unpack, '<h', b'\\x01')",
    "err(struct.unpack, '<h', b'\\x01\\x02\\x03')",
    "err(struct.unpack, '<h', 'ab')",
    "err(struct.unpack, '<h', None)",
    "err(struct.unpack, '<h')",
    "err(struct.unpack, '<h', b'ab', b'cd')",
    "err(struct.unpack, 'q', b'12345678'.hex())",
    "struct.unpack('', b'')",
    "err(struct.unpack, '', b'x')",
    "struct.unpack_from('<h', b'\\x01\\x02\\x03\\x04'), struct.unpack_from('<h', b'\\x01\\x02\\x03\\x04', 2), struct.unpack_from('<h', b'\\x01\\x02\\x03\\x04', offset=1)",
    "struct.unpack_from('<h', b'\\x01\\x02\\x03\\x04', -2), struct.unpack_from('<h', b'\\x01\\x02\\x03\\x04', -4), struct.unpack_from('<h', buffer=b'\\x01\\x02')",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', 3)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', 5)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', -1)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', -5)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', 2**70)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', 'x')",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', 1.0)",
    "err(struct.unpack_from, '<h', b'\\x01\\x02\\x03\\x04', Idx(1))",
    "err(struct.unpack_from, '<h')",
    "err(struct.unpack_from, format='<h', buffer=b'ab')",
    "err(struct.unpack_from, '<h', b'ab', 0, 0)",
    "err(struct.unpack_from, '<h', b'ab', bogus=1)",
    "struct.unpack_from('', b''), struct.unpack_from('', b'', 0), err(struct.unpack_from, '', b'', 1)",
    "list(struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00\\x03\\x00'))",
    "list(struct.iter_unpack('<hb', bytearray(b'\\x01\\x00\\x05\\x02\\x00\\x06')))",
    "list(struct.iter_unpack('<h', b''))",
    "it = struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00\\x03\\x00'); r = (it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))",
    "it = struct.iter_unpack('<h', b'\\x01\\x00'); r = (type(it), type(it).__name__, type(it).__module__, iter(it) is it)",
    "err(struct.iter_unpack, '<h', b'\\x01')",
    "err(struct.iter_unpack, '', b'')",
    "err(struct.iter_unpack, '0i', b'')",
    "err(struct.iter_unpack, '<h', 'ab')",
    "err(struct.iter_unpack, '<h', [1])",
    "err(struct.iter_unpack, '<h')",
    "err(type(struct.iter_unpack('<h', b'')))",
    "b = bytearray(b'\\x01\\x00\\x02\\x00'); it = struct.iter_unpack('<h', b); first = next(it); b[2] = 9; r = (first, next(it))",
    // the Struct type
    "s = struct.Struct('<hi'); r = (s, s.format, s.size, s.pack(1, 2), s.unpack(s.pack(1, 2)), s.unpack_from(b'xx' + s.pack(3, 4), 2))",
    "s = struct.Struct(b'>q'); r = (repr(s), s.format, type(s.format), s.size)",
    "s = struct.Struct('  i '); r = (s, s.format, s.size)",
    "s = struct.Struct('i'); r = (type(s), type(s).__module__, type(s).__name__, struct.Struct is _struct.Struct, struct.error is _struct.error)",
    "s = struct.Struct('i'); r = err(setattr, s, 'size', 3)",
    "s = struct.Struct('i'); r = err(setattr, s, 'format', 'h')",
    "s = struct.Struct('i'); r = err(setattr, s, 'x', 1)",
    "s = struct.Struct('i'); r = weakref.ref(s)() is s",
    "s = struct.Struct('i'); s.__init__('<h'); r = (s, s.size, s.pack(1))",
    "s = struct.Struct('i'); r = (err(s.__init__, 'z'), s, s.size)",
    "s = struct.Struct('i'); r = err(s.pack, 1, 2)",
    "s = struct.Struct('i'); r = err(s.pack, x=1)",
    "s = struct.Struct('i'); r = err(s.unpack_from, b'abcd', offset=-4)",
    "s = struct.Struct('i'); r = err(s.pack_into, bytearray(4), 0)",
    "s = struct.Struct('4s'); r = list(s.iter_unpack(b'abcdefgh'))",
    "err(struct.Struct)",
    "err(struct.Struct, 'i', 'h')",
    "err(struct.Struct, 1)",
    "err(struct.Struct, None)",
    "err(struct.Struct, bytearray(b'i'))",
    "err(struct.Struct, 'é')",
    "err(struct.Struct, 'z')",
    "struct.Struct(format='<i')",
    "err(struct.Struct, fmt='<i')",
    "class S(struct.Struct): pass\nr = (S('i'), S('i').size, S('<h').pack(5), type(S('i')).__mro__)",
    "class S(struct.Struct):\n    def __init__(self, a, b): super().__init__(a + b)\nr = (S('<', 'h'), S('>', 'i').size)",
    "class S(struct.Struct):\n    def __repr__(self): return 'S!'\nr = repr(S('i'))",
    "r = (struct.Struct.__doc__, struct.Struct.size.__doc__, struct.Struct.format.__doc__)",
    "sorted(n for n in dir(struct.Struct) if not n.startswith('__'))",
    "sorted(n for n in dir(_struct) if not n.startswith('__'))",
    "struct.Struct.unpack_from.__text_signature__, struct.Struct.unpack.__text_signature__, struct.Struct.iter_unpack.__text_signature__",
    "_struct.calcsize.__text_signature__, _struct.unpack.__text_signature__, _struct.unpack_from.__text_signature__, _struct.iter_unpack.__text_signature__, _struct._clearcache.__text_signature__",
    "_struct.__doc__.splitlines()[0], _struct.calcsize.__doc__",
    "struct.error.__mro__, struct.error.__module__, struct.error.__qualname__, repr(struct.error('x'))",
    "err(pickle_it, struct.Struct('i'))",
    "struct._clearcache(), struct.calcsize('i'), struct._clearcache()",
    "[struct.calcsize('%dx' % i) for i in range(150)][-3:]",
    "s1 = struct.Struct('<q'); r = [struct.pack('<q', i) == s1.pack(i) for i in (0, -1, 2**62)]",
    "struct.pack('<' + 'b' * 300, *range(-150, 150))[:10]",
    "len(struct.pack('1000s', b'a')), struct.calcsize('1000s')",
    "struct.pack('>I', 0xDEADBEEF).hex(), struct.unpack('!I', bytes.fromhex('deadbeef'))",
    "struct.pack('<Qd?e', 2**64 - 1, -1.5, True, 0.5).hex()",
    ...['2**70', '-2**70', 'Idx(2**70)', 'Idx(-2**70)', '"x"'].map((v) => `rt('P', ${v})`),
    ...NATIVE_ONLY,
  ],
};
