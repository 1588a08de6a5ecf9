# less common special methods: __call__, __getitem__ with slices on classes, __length_hint__, __sizeof__, __bytes__, __fspath__, __class_getitem__ interplay
import operator, os
class Path:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.fspath(Path("/tmp/x")), os.path.join(Path("a"), "b"))
class Hint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 3
print(operator.length_hint(Hint()), list(Hint()))
class BadHint:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"B-bytes"
print(bytes(B()), b"%b" % B() if hasattr(B, "__buffer__") else "no buffer")
class Call:
    def __call__(self, *a, **k):
        return a, k
c = Call()
print(c(), c(1, x=2), callable(c), Call.__call__(c, 3))
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
    def __repr__(self):
        return "Ctx()"
with Ctx() as ctx:
    print(ctx)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return NotImplemented
    def __ne__(self, o):
        return NotImplemented
a, b = Cmp(1), Cmp(1)
print(a == b, a != b, a == a, a != a)
class Del:
    def __del__(self):
        pass
d = Del()
del d
print("deleted without output")
class Hashy:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, Hashy) and self.h == o.h
print(len({Hashy(1), Hashy(1), Hashy(2)}), Hashy(1) in {Hashy(1): 0})
class Format:
    def __format__(self, spec):
        return spec[::-1]
print(f"{Format():abc}", format(Format(), "xyz"), "{:123}".format(Format()))
class Sizeable:
    def __sizeof__(self):
        return 42
import sys
print(sys.getsizeof(Sizeable()) >= 42)
