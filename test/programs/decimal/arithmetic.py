# arithmetic operators with context rounding, mixed with ints; float mixes raise TypeError
from decimal import Decimal as D, getcontext, localcontext, ROUND_UP, ROUND_FLOOR, DivisionByZero, InvalidOperation, DivisionUndefined
print(D("1.1") + D("2.20"), D("5") - D("7.50"), D("1.30") * D("1.2"), D(1) / D(3), D(2) / D(4), D(10) / D("0.5"), D("1E+2") / D(4), D(6) / D(3))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(-2), D(-7) % D(2), divmod(D(7), D("2.5")), divmod(D(-7), D(3)), D("5.5") % 2, 7 // D("2.5"))
print(D(2) ** 10, D("1.10") ** 2, D(2) ** -2, D(4) ** D("0.5"), D(10) ** -3, D("-2") ** 3, D("2.5") ** 0, pow(D(3), 4, 5), 2 ** D(3), D(0) ** 5)
print(1 + D("0.5"), D("0.5") + 1, 3 * D("0.1"), 10 - D(1), 1 / D(8), -D("0"), +D("-0"), abs(D("-3.50")), -D("1.5"), +D("1.23456789012345678901234567890"))
for a, b in [(D(1), 1.5), (1.5, D(1)), (D(1), "2"), (D(1), None), (D(1), [1])]:
    try:
        a + b
    except TypeError as e:
        print("TypeError", e)
for expr in ["D(1) / 0", "D(0) / 0", "D(1) // 0", "D(1) % 0", "D('inf') - D('inf')", "D(0) * D('inf')", "D(0) ** 0", "D(-1) ** D('0.5')", "D(10) ** 1000000000"]:
    try:
        print(expr, eval(expr))
    except (DivisionByZero, InvalidOperation, ArithmeticError) as e:
        print(expr, type(e).__name__, e)
with localcontext(prec=5) as c:
    print(D("1.23456789") + 0, D(1) / 7, D("99999.5") + 0, D("12345678") * 1, c.flags)
    c.rounding = ROUND_UP
    print(D(1) / 7, D("1.000001") * 1)
    c.rounding = ROUND_FLOOR
    print(D(-1) / 7, D(1) - D(1), D("-0") + D("0"))
    c.traps[DivisionByZero] = False
    c.traps[InvalidOperation] = False
    print(D(1) / 0, D(-1) / 0, D(0) / 0, D(5) % 0, divmod(D(1), D(0)), c.flags[DivisionByZero], c.flags[InvalidOperation])
x = D(0)
for i in range(10):
    x += D("0.1")
print(x, x == 1, sum([D("0.01")] * 100), D("1e-30") + D(1), D("1e30") + D("1e-30"))
print(D("1e50") - D("1e50") , D("123.45") - D("123.45000"), D("1.0") * D("1.00"), D("9" * 30) + 1)
