# augmented assignment fallbacks across types: __iadd__ missing -> __add__ -> __radd__; immutable targets rebind
class OnlyRadd:
    def __radd__(self, other):
        return f"radd({other})"
x = 5
x += OnlyRadd()
print(x)
class IaddReturnsNI:
    def __iadd__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd used"
y = [1]
y += (2,)
print(y)
t = (1,)
before = id(t)
t += (2,)
print(t, id(t) != before)
s = {1}
same = s
s |= {2}
print(s is same, s)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs is fs2, fs, fs2)
n = 2
n **= 0.5
print(n, type(n).__name__)
try:
    z = [1]
    z -= [1]
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __iadd__(self, o):
        print("  __iadd__")
        return self
    def __add__(self, o):
        print("  __add__")
        return self
b = Both()
b += 1
b = b + 1
