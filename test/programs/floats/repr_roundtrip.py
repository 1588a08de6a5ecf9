# float repr: shortest round-tripping digits, exponent thresholds, special values
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -0.0, 0.0, float("inf"), -float("inf"), float("nan"), 1.0, 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 2.675, 1.1, 3.14159265358979]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4"), (0.5).hex(), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (1e308).hex())
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
import math
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(float("1e500"), float("-1e500"), float("1e-500"), float("0x1p3") if False else "", float("  1.5e+3  "), float("1_000.000_1"))
