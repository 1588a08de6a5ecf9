# int methods on large values: bit_length, bit_count, to_bytes, as_integer_ratio, is_integer, conversions
for v in [0, 1, -1, 255, 2 ** 53, 2 ** 64 - 1, -(2 ** 100), 3 ** 80]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print(hex(3 ** 80), oct(3 ** 80), bin(2 ** 70 + 1), f"{3 ** 80:,}", f"{3 ** 80:e}", f"{2 ** 100:x}", f"{-(2 ** 70):_b}")
print(int("9" * 100) + 1 == 10 ** 100, str(2 ** 256), repr(-(2 ** 128)), int("-" + "1" * 60))
print(int("1" * 100, 2), int("z" * 20, 36), int("0x" + "f" * 30, 16), int("1_000_000_000_000_000_000_000"))
import math
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20), math.factorial(25), math.comb(100, 50), math.perm(30, 10))
print(math.log2(2 ** 1000), math.log10(10 ** 300), math.log(2 ** 2000) > 1386, math.sqrt(2 ** 100), math.floor(2 ** 80 + 0.5) if False else math.floor(10 ** 20 / 3))
import sys
print(sys.int_info.bits_per_digit > 0, sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(7 ** 10000)))
