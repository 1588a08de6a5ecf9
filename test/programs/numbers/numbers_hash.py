# oracle: python3
# hash() of ints, floats and complex numbers (64-bit CPython's numeric hash, modulus 2**61 - 1), and the
# equal-values-equal-hashes invariant across int, float, complex, bool and Fraction-like values.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64 + 3, 10**30, -(10**30), 2**1000, -(3**500), True, False,
        0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e300, -1e300, 5e-324, 2.0**-1074, 1.7976931348623157e308, float('inf'), float('-inf'),
        2.0**60, 2.0**61, 2.0**62, 123.456, -987.654e-30, 1e16, 3.0, 0j, 1j, 1 + 1j, -1j, complex(0.5, -2.5), complex(1e300, 1e-300),
        complex(float('inf'), 0), complex(0, float('inf')), complex(2**60, 3), complex(-1, 0), complex(3.5, 1000003)]
for v in vals:
    print(repr(v), hash(v))
for a, b in [(1, 1.0), (1, True), (0, -0.0), (2**61, float(2**61)), (10**30, 1e30), (1.5, complex(1.5, 0)), (-1, -1.0), (2**100, float(2**100))]:
    print(a, b, a == b, hash(a) == hash(b))
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
print(hash(I(5)), hash(F(2.5)), hash(C(1, 2)), hash(I(-1)), hash(F(-1.0)))
s = {1, 1.0, True, 2, 2.0, complex(2, 0), 0.5, 0}
print(len(s), sorted(s, key=lambda x: (abs(x), str(x))))
d = {1: 'a', 1.0: 'b', True: 'c', 2**64: 'd', float(2**64): 'e'}
print(d)
