# bytes: construction, repr, indexing, slicing, operators, comparison, iteration, conversions.
B3 = b'abc'
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

show("bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(5)), bytes(b'ab'), bytes(bytearray(b'c')), bytes(memoryview(b'de'))")
show("bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes(source='x', encoding='utf-16-le')")
show("bytes('\\xff', 'ascii', 'replace'), bytes('abc', 'ascii', errors='strict')")
show("bytes(x for x in [1, 2])")
show("bytes({1: 2})")
show("bytes(True)")
show("bytes('abc')")
show("bytes('abc', errors='strict')")
show("bytes(1, 'ascii')")
show("bytes(encoding='ascii')")
show("bytes(errors='strict')")
show("bytes(-1)")
show("bytes([256])")
show("bytes([-1])")
show("bytes(['a'])")
show("bytes([1.0])")
show("bytes(1.5)")
show("bytes(None)")
show("bytes(2**100)")
show("bytes('a', 'b', 'c', 'd')")
show("bytes(x=1)")
show("bytes(b'x', 'ascii')")
class B:
    def __bytes__(self):
        return b'from-bytes'
class BB:
    def __bytes__(self):
        return 'nope'
class I:
    def __index__(self):
        return 3
show("bytes(B()), bytes(I())")
show("bytes(BB())")
show("[bytes([i]) for i in (0, 9, 10, 13, 31, 32, 39, 34, 92, 126, 127, 128, 255)]")
show("b'it\\'s', b'say \"hi\"', b'both \\' \"', b'\\\\'")
show("b'abc'[0], b'abc'[-1], b'abc'[1:], b'abc'[::-1], b'abcdef'[1:5:2], b'abc'[5:], b'abc'[True]")
show("b'abc'[3]")
show("b'abc'[-4]")
show("B3['a']")
show("B3[1.5]")
show("b'abc'[2**100]")
show("b'ab' + b'cd', b'ab' + bytearray(b'x'), b'ab' + memoryview(b'yz'), b'ab' * 3, 2 * b'x', b'x' * 0, b'x' * -2")
show("b'a' + 'b'")
show("b'a' + 1")
show("b'a' + [1]")
show("'b' + b'a'")
show("b'a' * b'b'")
show("b'a' * 1.0")
show("b'a' < b'b', b'ab' < b'a', b'' < b'\\x00', b'a' == b'a', b'a' != b'a', b'a' == bytearray(b'a'), b'a' == memoryview(b'a'), b'a' == 'a'")
show("b'a' < 'b'")
show("b'a' < bytearray(b'b'), bytearray(b'b') > b'a'")
show("97 in b'abc', b'bc' in b'abc', b'' in b'', bytearray(b'c') in b'abc', memoryview(b'x') in b'x'")
show("256 in b'abc'")
show("-1 in b'abc'")
show("'a' in b'abc'")
show("None in b'abc'")
show("1.0 in b'abc'")
show("list(b'abc'), list(reversed(b'ab')), sorted(b'cab'), type(iter(b'')).__name__")
show("len(b''), len(b'abc'), bool(b''), bool(b'\\x00')")
show("int.from_bytes(b'\\x01\\x00', 'big'), (258).to_bytes(2, 'little')")
show("b'abc'.__getnewargs__(), b'x'.__bytes__()")
show("hash(b'abc') == hash(b'abc')")
show("str(b'abc'), repr(b'\\x00\\xff')")
show("'%s' % b'x', '{}'.format(b'x'), f'{b\"y\"!r}'")
show("format(b'x', '')")
show("format(b'x', '5')")
class SB(bytes):
    pass
sb = SB(b'sub')
show("sb, type(sb).__name__, sb + b'x', type(sb + b'x').__name__, type(sb[0:2]).__name__, sb.upper(), type(sb.upper()).__name__")
show("bytes(sb), type(bytes(sb)).__name__, SB(3), SB('é', 'utf-8'), SB.fromhex('41'), type(SB.fromhex('41')).__name__")
show("sb == b'sub', b'sub' == sb, isinstance(sb, bytes)")
show("sorted(bytes.__dict__)")
show("b'abc'.__sizeof__() > 0")
