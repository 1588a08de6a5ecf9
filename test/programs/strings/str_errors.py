# Argument errors of every str method: counts, keywords, types.
names = sorted(m for m in str.__dict__ if not m.startswith('_'))
argsets = [(), (1,), ('a',), ('a', 'b'), ('a', 'b', 'c'), ('a', 1, 2, 3), (None,), (1.5,), (b'x',)]
for name in names:
    meth = getattr('abc', name)
    out = []
    for a in argsets:
        try:
            r = meth(*a)
            out.append(repr(r) if not isinstance(r, dict) else 'dict')
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    try:
        meth(nope=1)
        out.append('ok')
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
for name in names:
    try:
        getattr(str, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
    try:
        getattr(str, name)(1)
    except Exception as e:
        print(name, type(e).__name__, e)
print([getattr(str, n).__text_signature__ for n in names])
print(str.__doc__ is not None, str.count.__qualname__, str.maketrans.__qualname__, repr(str.split))
