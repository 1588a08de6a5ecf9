# The marshal module: dumps/loads/dump/load, their arguments and errors.
import marshal

print(marshal.version, sorted(n for n in dir(marshal) if n[:1] != '_'))
for n in ('dumps', 'loads', 'dump', 'load'):
    print(n, getattr(marshal, n).__text_signature__)

values = [None, True, False, ..., StopIteration, 0, -1, 2**31, -2**70, 1.5, -0.0, 1e300, 2j, 1-2j,
          b'', b'\x00\xff', '', 'abc', 'é€', '\U0001f600', (), (1,), (1, 'a', (2.5, None)),
          [], [1, [2]], {}, {'a': 1, 2: [3]}, frozenset(), frozenset({1, 2, 3}), set(), {4, 5},
          slice(1, None, -1), ['x' * 10] * 3]
for v in values:
    for version in range(6):
        try:
            data = marshal.dumps(v, version)
        except ValueError as e:
            print('dumps', repr(v), version, 'ValueError', e)
            continue
        back = marshal.loads(data)
        # Versions 3 and up mark shared objects by reference counts, which pyts does not have.
        print(repr(v), version, back == v, type(back).__name__, len(data) if version < 3 else '')

print(marshal.dumps(1, 2), marshal.dumps('a', 2), marshal.dumps((1, 'a'), 2), marshal.dumps(1.5, 1), marshal.dumps(-2**70, 2))
print(marshal.dumps(bytearray(b'ab'), 2), marshal.dumps(memoryview(b'cd'), 2), marshal.loads(bytearray(b'i\x07\x00\x00\x00')))
print(marshal.loads(b'i\x01\x00\x00\x00extra'))

co = compile('def f(x):\n    return x + 1\n', 'm.py', 'exec')
co2 = marshal.loads(marshal.dumps(co))
print(co2 == co, co2.co_consts[0].co_name if hasattr(co2.co_consts[0], 'co_name') else co2.co_consts)
ns = {}
exec(co2, ns)
print(ns['f'](41))


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', repr(r))


err(lambda: marshal.dumps(object()))
err(lambda: marshal.dumps(co, allow_code=False))
err(lambda: marshal.loads(marshal.dumps(co), allow_code=False))
err(lambda: marshal.loads(b''))
err(lambda: marshal.loads(b'z'))
err(lambda: marshal.loads(b'i\x01'))
err(lambda: marshal.loads('abc'))
err(lambda: marshal.dumps(1, 2, 3))
err(lambda: marshal.dumps(1, 'x'))
err(lambda: marshal.dumps(1, 2**40))
err(lambda: marshal.dumps(slice(1, 2), 4))
err(lambda: marshal.dumps([object()]))
err(lambda: marshal.dump(1, None))
err(lambda: marshal.load(None))
err(lambda: marshal.loads(b'(\x01\x00\x00\x000'))
err(lambda: marshal.loads(b'<\x01\x00\x00\x00[\x00\x00\x00\x00'))
err(lambda: marshal.loads(b'r\x05\x00\x00\x00'))


class F:
    def __init__(self, data=b''):
        self.data = data
        self.pos = 0
        self.calls = []

    def write(self, b):
        self.calls.append(('write', len(b)))
        self.data += b

    def read(self, n):
        self.calls.append(('read', n))
        b = self.data[self.pos:self.pos + n]
        self.pos += len(b)
        return b


class G(F):
    def readinto(self, buf):
        b = self.read(len(buf))
        buf[:len(b)] = b
        return len(b)


f = F()
marshal.dump((1, 'two', [3.0]), f)
marshal.dump({'k': None}, f, 2)
print(f.calls)
g = G(f.data)
print(marshal.load(g), marshal.load(g), g.pos == len(g.data))
print(g.calls)
err(lambda: marshal.load(g))
err(lambda: marshal.load(F(f.data)))


class Big(G):
    def readinto(self, buf):
        return len(buf) + 1


err(lambda: marshal.load(Big(b'x')))


class Sub(tuple):
    pass


err(lambda: marshal.dumps(Sub((1,))))
err(lambda: marshal.dumps(True, 0))
err(lambda: marshal.dumps(float('inf'), 1))
err(lambda: marshal.loads(marshal.dumps(float('-inf'), 1)))
err(lambda: marshal.loads(marshal.dumps(complex(float('nan'), 2), 0)))
err(lambda: marshal.loads(b'f\x03abc'))


class Str:
    def read(self, n):
        return 'x'


err(lambda: marshal.load(Str()))
