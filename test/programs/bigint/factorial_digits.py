# big integer workloads: factorials, digit sums, powers of two, exact rational accumulation
import math
f100 = math.factorial(100)
print(f100)
print(sum(map(int, str(f100))), len(str(f100)), str(f100).rstrip("0")[-5:], len(str(f100)) - len(str(f100).rstrip("0")))
p = 2 ** 1000
print(sum(int(d) for d in str(p)), p.bit_length(), p % 10 ** 10, p // 10 ** 290)
from fractions import Fraction
h = sum(Fraction(1, k) for k in range(1, 31))
print(h, float(h), h.numerator.bit_length(), h.denominator % 1000)
print(math.comb(200, 100), math.comb(200, 100) % (10 ** 9 + 7))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, str(fib[-1])[:20])
print(int("1" * 200) % 97, int("9" * 50) * int("9" * 50) == 10 ** 100 - 2 * 10 ** 50 + 1, (10 ** 40 + 1) ** 3 % (10 ** 9 + 9))
