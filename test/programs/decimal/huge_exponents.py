# oracle: python3
# (64-bit decimal limits: Emax 999999999 exceeds the 32-bit oracle's MAX_EMAX; 3.11's libmpdec answers the same)
# Decimal operations on operands whose exponents are ~10**9 apart finish at once, and exp() of tiny
# operands rounds half-even whatever the context's rounding.
import time
from decimal import *
c = getcontext(); c.Emax = 999999999; c.Emin = -999999999; c.traps[Inexact] = False
tests = ["Decimal('2e-999999999').remainder_near(1)", "Decimal('-7e-999999999').remainder_near(Decimal('3e999999999'))",
 "Decimal('2e-999999999') % 1", "Decimal('2e-999999999') // 1", "divmod(Decimal('2e-999999999'), 1)",
 "Decimal(1).quantize(Decimal('1e-999999999'))", "Decimal('1e999999999').quantize(Decimal(1))",
 "Decimal(5).compare_total(Decimal('5e-999999999'))", "Decimal('1e-999999999').ln()", "Decimal('1e999999999').log10()",
 "Decimal('1e-999999999').exp()", "Decimal('1e-999999999').sqrt()", "Decimal('1e-999999999') ** 2", "Decimal(10) ** -999999999",
 "Decimal('1e-999999999').next_plus()", "Decimal('1e-999999999').normalize()", "Decimal('1e-999999999').to_integral_exact()",
 "Decimal('1e-999999999').is_subnormal()", "Decimal('1e-999999999').logb()", "float(Decimal('1e-999999999'))", "hash(Decimal('1e-999999999'))",
 "int(Decimal('1e-999999999'))", "Decimal('1e-999999999') == Decimal(0)", "Decimal('1e-999999999').__round__()",
 "Decimal('1e-999999999').next_toward(1)", "Decimal(3).fma(Decimal('1e999999999'), Decimal('-1e-999999999'))",
 "Decimal('1e-999999999').max_mag(Decimal('1e999999999'))", "format(Decimal('1e-999999999'), '.3f')", "Decimal('1e-999999999').same_quantum(1)",
 "Decimal('1.5e-999999998').quantize(Decimal('1e-999999999'))", "Decimal('123').scaleb(-999999999)", "str(Decimal('1e-999999999') + Decimal('1e-999999998'))"]
for t in tests:
    t0 = time.time()
    try: r = eval(t)
    except Exception as e: r = type(e).__name__
    print(t, '->', r)
for r in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_05UP):
    c2 = Context(prec=5, rounding=r)
    print(r, c2.exp(Decimal('1e-10')), c2.exp(Decimal('-1e-10')), c2.exp(Decimal('1e-7')), c2.exp(Decimal('-3e-7')), c2.flags[Inexact])
c3 = Context(prec=7, Emax=96, Emin=-95, clamp=1)
for s in ['0.9e-999999999', '1e-999999999', '0.1e-9999', '9e-1000000']: print(s, c3.create_decimal(s))
