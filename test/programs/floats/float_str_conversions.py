# float <-> str conversions: rounding of repr, parsing edge strings, formatting exponents
import math
for s in ["1e-10", "1.0e10", "1E+2", "-0", "+0.0", ".5", "5.", "1_0.2_5", "inf", "-Infinity", "nAn", "1e310", "-1e-400", "0x1p-2" if False else "2.5e-3", "  7  "]:
    print(repr(s), float(s))
for bad in ["", "1.2.3", "1e", "e1", "--1", "1_", "_1", "inf inity", "0x10", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(1e16), repr(1.5e16), repr(123e-20), repr(0.1 * 3), repr(100.0 / 3), str(1e-7), str(-1.5e300))
print(math.floor(2.5), round(2.675, 2), f"{2.675:.20f}", f"{0.1:.25f}", f"{1e-7:f}", f"{123456789.0:e}", f"{1.0:.0e}")
print([repr(2.0 ** e) for e in (52, 53, 54, -1, -10)], repr(2.0 ** 63), repr(float(2 ** 63 - 1)))
print(float.hex(1.0 / 3), float.fromhex("0x1.5555555555555p-2") == 1 / 3, (0.1).hex(), float.fromhex(" -0X1.8P+1 "))
