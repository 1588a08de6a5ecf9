# Pickling support: __reduce__, __setstate__, and round trips through copy.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


e = ValueError("x", 1)
print(e.__reduce__())
e.__dict__
print(e.__reduce__())
e.attr = [1]
print(e.__reduce__())

s = ValueError()
print(s.__setstate__({"a": 1, "b": 2}), s.a, s.b)
print(s.__setstate__(None))
attempt("setstate list", lambda: s.__setstate__([1]))
attempt("setstate bad key", lambda: s.__setstate__({1: 2}))

print(ImportError("m").__reduce__())
print(ImportError("m", name="n", path="p").__reduce__())
print(ImportError("m", name=None).__reduce__())
print(ImportError(name_from="z").__reduce__())
i = ImportError("m", name="n")
i.note = 1
print(i.__reduce__())

print(AttributeError("a").__reduce__())
print(AttributeError("a", name="n", obj=object()).__reduce__())
print(AttributeError("a").__getstate__())

print(OSError(9999, "s").__reduce__())
print(OSError(9999, "s", "f").__reduce__())
print(OSError(9999, "s", "f", None, "g").__reduce__())
print(OSError("just text").__reduce__())

print(NameError("n", name="x").__reduce__())
print(StopIteration(5).__reduce__())
print(SystemExit(3).__reduce__())
print(KeyError("k").__reduce__())
print(SyntaxError("m", ("f", 1, 2, "t")).__reduce__())

