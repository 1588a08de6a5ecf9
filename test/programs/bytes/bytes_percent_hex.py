# bytes % formatting, hex() and fromhex().
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

for T in ('b', 'bytearray(b'):
    close = ')' if T != 'b' else ''
    def f(s):
        return T + repr(s)[1:] + close
    for fmt, arg in [(b'%s', b'abc'), (b'%b', bytearray(b'x')), (b'%s', memoryview(b'mv')), (b'%5s|', b'ab'), (b'%-5b|', b'ab'), (b'%.1s', b'abc'),
                     (b'%r', 'é'), (b'%a', b'x'), (b'%a', [1, 'é']), (b'%c', 65), (b'%c', b'z'), (b'%3c|', bytearray(b'q')), (b'%d', 42),
                     (b'%5.2f', 3.14159), (b'%x %X %o', (255, 255, 8)), (b'%#x %#o', (255, 8)), (b'%+d % d', (5, 5)), (b'%e', 12345.678),
                     (b'%g', 0.0001), (b'%(a)s %(b)d', {b'a': b'A', b'b': 2}), (b'%%', ()), (b'%s', 'str'), (b'%s', 5), (b'%b', None),
                     (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'), (b'%c', bytearray(b'ab')), (b'%d', 'x'), (b'%f', 'x'), (b'%x', 1.5),
                     (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'x', 5), (b'x', b'y'), (b'x', bytearray()), (b'x', []), (b'x', {}),
                     (b'%z', 1), (b'%\xff', 1), (b'%', ()), (b'%(a)s', 5), (b'%(a)s', {'a': 1}), (b'%*d', (4, 2)), (b'%.*f', (1, 2.0)),
                     (b'%*d', ('4', 2)), (b'%08.3f|', -3.14159), (b'%-08d|', 7), (b'%u %i', (3, 4)), (b'%.3d', 7), (b'%#.0f', 2.0),
                     (b'%a', '\U0001f600'), (b'%r', b'x'), (b'%5%', ()), (b'%ld', 3)]:
        try:
            r = (eval(f(fmt)) % arg)
            print(f(fmt), type(arg).__name__ if isinstance(arg, memoryview) else repr(arg), repr(r))
        except Exception as e:
            print(f(fmt), type(arg).__name__ if isinstance(arg, memoryview) else repr(arg), type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'BYTES'
class NB:
    def __bytes__(self):
        return 'str'
show("b'%s' % B()")
show("b'%s' % NB()")
show("b'%s' % (1,)")
show("bytearray(b'%s') % b'x'")
show("type(bytearray(b'%s') % b'x').__name__")
show("b'%s'.__mod__(b'x'), b'%d'.__rmod__(1)")

for d in [b'', b'\x00', b'\xff', b'abc', b'\x01\x02\x03\x04\x05', bytes(range(7))]:
    out = [d.hex(), bytearray(d).hex(), memoryview(d).hex()]
    for sep, n in [(':', 1), ('-', 2), (b' ', 3), ('_', -2), ('.', -1), ('|', 10), (':', 0), ('x', -10)]:
        out.append(d.hex(sep, n))
    out.append(d.hex('/'))
    out.append(d.hex(sep='+', bytes_per_sep=2))
    print(repr(d), out)
show("b'ab'.hex('::')")
show("b'ab'.hex('')")
show("b'ab'.hex('é')")
show("b'ab'.hex(b'\\xff')")
show("b'ab'.hex(1)")
show("b'ab'.hex([1])")
show("b'ab'.hex(':', 'x')")
show("b'ab'.hex(':', 2**40)")
show("b'ab'.hex(bytes_per_sep=2)")
show("memoryview(b'abcd').hex(' ', 2)")
for s in ['', '00', '0a0B', ' 01 02 ', '01\t02\n03', 'abcdef', '1', '123', '0g', 'g0', '01 2', ' 1', 'é', '0é', '01\x0b02', '\x1c01', '01  ']:
    for T in (bytes, bytearray):
        try:
            print(repr(s), T.__name__, repr(T.fromhex(s)))
        except Exception as e:
            print(repr(s), T.__name__, type(e).__name__, e)
show("bytes.fromhex(b'41 42')")
show("bytes.fromhex(bytearray(b'41'))")
show("bytes.fromhex(memoryview(b'4142'))")
show("bytes.fromhex(1)")
show("bytes.fromhex()")
show("bytes.fromhex(b'4\\xff')")
class SB(bytes):
    def __new__(cls, v):
        print('SB.__new__', v)
        return super().__new__(cls, v)
show("SB.fromhex('4142')")
class SBA(bytearray):
    def __init__(self, v=b''):
        print('SBA.__init__', v)
        super().__init__(v)
show("SBA.fromhex('4142')")
