# the other Decimal methods: compare*, copy_*, is_*, max/min, next_*, normalize, adjusted, number_class, shift/rotate/logical_*, logb/scaleb, fma
from decimal import *
D = Decimal
xs = [D("0"), D("-0"), D("1.50"), D("-2"), D("1E-999999"), D("1E-1000005"), D("inf"), D("-inf"), D("nan"), D("snan")]
for x in xs:
    print(x, x.is_finite(), x.is_infinite(), x.is_nan(), x.is_qnan(), x.is_snan(), x.is_signed(), x.is_zero(), x.is_normal(), x.is_subnormal(), x.is_canonical(), x.number_class(), x.adjusted(), x.copy_abs(), x.copy_negate(), x.canonical())
print(D(1).compare(D(2)), D(2).compare(D("2.0")), D("nan").compare(1), D(1).compare_total(D("1.0")), D("-nan").compare_total(D("-inf")), D(2).compare_total_mag(D(-3)), D("snan").compare_total(D("nan")))
try:
    D("nan").compare_signal(1)
except InvalidOperation as e:
    print("InvalidOperation", e)
print(D(1).max(D(2)), D(1).max(D("nan")), D(-3).max_mag(D(2)), D(1).min(D("1.0")), D(-1).min_mag(D(1)), D("1.0").max(D(1)), D(5).copy_sign(D("-0")), D("-5").copy_sign(1))
print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D("-inf").next_plus(), D("inf").next_minus(), D(1).next_toward(D(2)), D(1).next_toward(D(0)), D(1).next_toward(1))
print(D("1.2000").normalize(), D("0.00").normalize(), D("-1E+3").normalize(), D("120").normalize(), D("inf").normalize(), D(1).same_quantum(D("1.0")), D("1.1").same_quantum(D("2.2")), D("nan").same_quantum(D("nan")))
print(D(12345).shift(2), D(12345).shift(-2), D(12345).rotate(2), D(12345).rotate(-1), D(1101).logical_and(D(1011)), D(1101).logical_or(D(11)), D(1101).logical_xor(D(111)), D(101).logical_invert())
print(D(1234).logb(), D("0.001").logb(), D("inf").logb(), D(7).scaleb(3), D("7.5").scaleb(-2), D(2).fma(3, 5), D("1.5").fma(D(2), D("-3")), D(1).radix(), D("2.5").conjugate(), D("2.5").real, D("2.5").imag)
for expr in ["D(0).logb()", "D(12).logical_and(D(1))", "D(1).shift(100)", "D(1).scaleb(D('1.5'))", "D(1).fma(1.5, 1)"]:
    try:
        print(expr, eval(expr))
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(expr, type(e).__name__, e)
with localcontext(prec=5):
    print(D(12345).rotate(1), D(99999).next_plus(), D("1.23456789").normalize(), D(1).remainder_near(D(3)), D(10).remainder_near(D(6)), D(-10).remainder_near(D(6)))
