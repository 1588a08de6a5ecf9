# pow() edge cases: negative exponents with modulus, huge exponents, negative moduli, zero, float results
print(pow(2, 10, 1), pow(0, 0, 7), pow(5, 0, 1), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(3, -1, 11), pow(3, -2, 11), pow(10, -1, 7), pow(-2, -1, 5), pow(2, -1, -5), (pow(7, -1, 12) * 7) % 12)
print(pow(2, -3), pow(-2, -3), pow(2.5, 2), pow(-8, 1 / 3).real > 0, pow(0.0, 0), pow(-0.0, 3), pow(4, 0.5), pow(True, 5))
print(pow(10, 20) == 10 ** 20, pow(-1, 10 ** 20), pow(1, -(10 ** 6)), pow(2, 200) % 1000, pow(2, 200, 1000))
for args in [(0, -1), (0, -1, 5), (4, -1, 8), (2, 5, 0), (2.0, 2, 3), (2, 2.0, 3), ("2", 2)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
