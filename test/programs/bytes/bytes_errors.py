# Argument errors of every bytes and bytearray method: counts, keywords, types.
def rep(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(map(rep, v)) + ')'
    return '<memory>' if isinstance(v, memoryview) else repr(v)
for T in (bytes, bytearray):
    names = sorted(m for m in T.__dict__ if not m.startswith('_'))
    argsets = [(), (1,), (b'a',), (b'a', b'b'), (b'a', b'b', b'c'), (b'a', 1, 2, 3), (None,), (1.5,), ('x',), (bytearray(b'a'),), (memoryview(b'a'),)]
    for name in names:
        out = []
        for a in argsets:
            obj = T(b'abc')
            try:
                r = getattr(obj, name)(*a)
                out.append(rep(r))
            except Exception as e:
                out.append(type(e).__name__ + ': ' + str(e))
        try:
            getattr(T(b'abc'), name)(nope=1)
            out.append('ok')
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
        print(T.__name__, name, out)
    for name in names:
        for args in [(), (1,)]:
            try:
                getattr(T, name)(*args)
            except Exception as e:
                print(T.__name__, name, args, type(e).__name__, e)
    print([(n, getattr(T, n).__text_signature__) for n in names])
print(bytes.__doc__ is not None, bytes.count.__qualname__, bytes.maketrans.__qualname__, repr(bytes.split), repr(bytearray.append))
