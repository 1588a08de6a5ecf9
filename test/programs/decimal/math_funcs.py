# sqrt, exp, ln, log10 and power at several precisions (correctly rounded half-even)
from decimal import Decimal as D, localcontext, getcontext, InvalidOperation, DivisionByZero
for prec in [5, 28, 60]:
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D("0.01").sqrt(), D(100).sqrt(), D("1.44").sqrt(), D("1e-7").sqrt(), D(10).sqrt())
        print(prec, D(1).exp(), D(-1).exp(), D("0.001").exp(), D(100).exp(), D("-23.5").exp())
        print(prec, D(2).ln(), D(10).ln(), D("0.5").ln(), D("1.0000001").ln(), D("1e100").ln())
        print(prec, D(2).log10(), D(1000).log10(), D("0.001").log10(), D("1.000").log10(), D(7).log10(), D("3.16227766").log10())
        print(prec, D(2) ** D("0.5"), D("1.5") ** D("2.5"), D(10) ** D("-0.5"), D("0.9") ** 100, D(3) ** 50, D("1.0001") ** 1000)
print(D(0).sqrt(), D("-0").sqrt(), D("inf").sqrt(), D(0).exp(), D("-inf").exp(), D("inf").ln(), D(1).ln(), D("100").log10(), D("1E+5").log10())
for expr in ["D(-1).sqrt()", "D(0).ln()", "D(-2).ln()", "D(0).log10()", "D(-1).log10()", "D('nan').exp()", "D('snan').sqrt()"]:
    try:
        print(expr, eval(expr))
    except (InvalidOperation, DivisionByZero) as e:
        print(expr, type(e).__name__, e)
with localcontext(prec=10, Emax=99, Emin=-99) as c:
    c.traps.update({k: False for k in c.traps})
    print(D(1000).exp(), D(-1000).exp(), D(10) ** 200, D(10) ** -200, c.flags)
print(D(1) ** D("inf"), D(2) ** D("inf"), D("0.5") ** D("inf"), D("inf") ** -1, D("-inf") ** 3, D(1) ** 5, D("1.0") ** 3, D("1.00") ** D("0.5"))
