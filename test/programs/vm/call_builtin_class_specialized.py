# Calls of builtin classes run many times (specialized as CALL_STR_1, CALL_TUPLE_1, CALL_TYPE_1 and
# CALL_BUILTIN_CLASS once warm), then with other callables at the same call sites (the
# specialization's guard fails and the call is generic again): results and errors as unspecialized.

class S(str):
    pass

class Shows:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return self.v

class Bad:
    def __str__(self):
        return 42

def conv(f, x):
    return f(x)

def one(x):
    return str(x), tuple(x), type(x)

out = []
for i in range(300):
    out.append(one([i % 3, i]))
print(out[0], out[-1])
print([type(str(Shows(S('s')))).__name__ for _ in range(3)])
for f, arg in ((str, 'ab'), (tuple, 'ab'), (type, 'ab'), (list, 'ab'), (set, [3, 1]), (frozenset, [3, 1]),
               (sorted, 'ba'), (len, 'ab'), (repr, 'ab'), (S, 'ab'), (int, '7'), (float, '7'), (bool, ''),
               (bytes, 3), (bytearray, b'ab'), (str, 5)):
    r = [conv(f, arg) for _ in range(50)]
    print(f.__name__, type(r[-1]).__name__, r[-1])
for x in (Bad(), None, 3, (1, 2), range(2)):
    try:
        print(conv(str, x) if not isinstance(x, Bad) else conv(str, x))
        print(conv(tuple, x))
    except TypeError as e:
        print('TypeError', e)

def many():
    res = []
    for i in range(200):
        res.append((int(i), float(i), range(i % 5), dict(a=i), list(range(i % 3)), bool(i), complex(i, 1), slice(i)))
    return res[-1]
print(many())

def rebinding():
    global str
    r = []
    for i in range(100):
        if i == 60:
            str = lambda v: '<%s>' % (v,)
        r.append(str(i))
    del str
    return r[58:62]
print(rebinding(), str(1))

def kw():
    return [str(object=i) for i in range(40)][-1], [str(b'x', 'ascii') for _ in range(40)][-1]
print(kw())
try:
    [tuple(1, 2) for _ in range(5)]
except TypeError as e:
    print(e)
try:
    [type(1, 2) for _ in range(5)]
except TypeError as e:
    print(e)
