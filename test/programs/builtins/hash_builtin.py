# oracle: python3
# hash(): numeric hash invariants, strings/bytes/tuples (64-bit SipHash with PYTHONHASHSEED=0)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(10 ** 30))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(0.1), hash(2.0) == hash(2))
print(hash(1 + 0j) == hash(1), hash(1j), hash(2 - 3j))
print(hash(""), hash("a"), hash("abc"), hash("é"), hash("日本"), hash("\U0001f600"))
print(hash(b""), hash(b"a"), hash(b"abc"), hash("abc") == hash(b"abc"))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", 1)), hash(((1,), (2,))), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(None) == hash(None), hash(True), hash(False), hash(range(3)) if False else "", hash(...) == hash(Ellipsis))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(Fraction(1, 3)), hash(Decimal("1.1")))
print(set(["apple", "banana", "cherry", "date", "elder", "fig"]))
print({"x", "y", "z", "w"}, frozenset(["one", "two", "three"]))
print(sorted({"b": 1, "a": 2}), list({"q", "r", "s"}))
import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.algorithm, sys.hash_info.inf, sys.hash_info.nan)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
