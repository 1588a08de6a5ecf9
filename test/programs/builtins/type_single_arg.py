# type(x) with one argument for many values; type is its own type
values = [1, True, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, ..., NotImplemented, range(1), slice(1),
          len, print, [].append, int.__add__, (1).__add__, type, object(), lambda: 0, (x for x in []), iter([]), iter(""), iter({}), memoryview(b""),
          property(), staticmethod(len), classmethod(len), super(int, 1), zip(), map(len, []), filter(None, []), enumerate([]), reversed([])]
print([type(v).__name__ for v in values])
print(type(type), type(type(1)), type(1).__class__, (1).__class__ is int)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print(type(K), type(K()), type(Meta), K.__class__, type(K()).__class__.__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(name="x")
except TypeError as e:
    print(type(e).__name__, e)
