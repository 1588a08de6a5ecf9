# KeyError repr-of-key message, IndexError/StopIteration behaviours
d = {"a": 1}
for key in ["b", 1, (1, 2), None, "", 3.5, ("x",), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", e, "|", e.args)
try:
    raise KeyError("line1\nline2")
except KeyError as e:
    print(str(e))
import collections
dd = collections.defaultdict(int)
print(dd["missing"], dict(dd))
class M(dict):
    def __missing__(self, key):
        return f"missing {key}"
print(M()["k"])
class M2(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    M2()["z"]
except KeyError as e:
    print(e)
for seq in [[], (), "", range(0), b"", bytearray()]:
    try:
        seq[0]
    except IndexError as e:
        print(type(seq).__name__, "->", e)
for seq in [[1], (1,), bytearray(b"x")]:
    try:
        seq[5] = 1
    except (IndexError, TypeError) as e:
        print(type(seq).__name__, "assign ->", type(e).__name__, e)
try:
    del [][0]
except IndexError as e:
    print(e)
try:
    [].pop(3)
except IndexError as e:
    print(e)
try:
    [1].pop(3)
except IndexError as e:
    print(e)
try:
    [1].insert("a", 1)
except TypeError as e:
    print(e)
