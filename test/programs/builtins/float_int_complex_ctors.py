# int(), float(), complex() constructors: from strings, with bases, special methods
print(int(), int(3.9), int(-3.9), int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), int(b"12"), int(True), int("٣"))
print(float(), float("1e3"), float(" -inf "), float("nan"), float("1_0.5"), float(7), float(2 ** 70), float(b"2.5"), float("  .5"), float("infinity"))
print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex("-j"), complex(" (1-2j) "), complex(1j, 1j), complex("1e3j"))
class I:
    def __int__(self):
        return 7
    def __index__(self):
        return 8
class F:
    def __float__(self):
        return 2.5
class C:
    def __complex__(self):
        return 1 + 1j
class T:
    def __trunc__(self):
        return 3
class Idx:
    def __index__(self):
        return 9
print(int(I()), float(F()), complex(C()), float(Idx()), complex(F()), int(Idx()))
try:
    print(int(T()))
except TypeError as e:
    print(type(e).__name__, e)
bad = [lambda: int("1.5"), lambda: int(""), lambda: int("0x", 16), lambda: int("12", 1), lambda: int("12", 37), lambda: int(1.5, 10), lambda: int([]),
       lambda: int("1" * 5000), lambda: float("1e"), lambda: float([]), lambda: float("0x10"), lambda: complex("1+"), lambda: complex("j1"), lambda: complex("1", 2),
       lambda: complex(1, "2"), lambda: complex([]), lambda: int(x="1"), lambda: float(x=1), lambda: int("1", base="2"), lambda: int(float("inf")), lambda: int(None)]
for c in bad:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, str(e)[:100])
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
class ReturnsSub:
    def __int__(self):
        return IntSub(5)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = int(ReturnsSub())
    print(r, type(r).__name__, [str(x.message)[:60] for x in w])
print(int("10", base=0) if False else int("0o17", base=0), int("-  5".replace(" ", "")), int("+5"), int("\t\n7\n"))
