# int() of int/float subclasses with __int__/__index__ (results, DeprecationWarnings, TypeErrors), and
# the order of the digit-limit check against invalid text in int(str) and str(int).
import warnings
warnings.simplefilter('always')
class MyInt(int):
    def __int__(self): return 42
class BadInt(int):
    def __int__(self): return 42.0
print(int(MyInt(7)), MyInt(7) == 7)
try: int(BadInt(7))
except TypeError as e: print(e)
class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt1:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
for c in (BadIndex, BadIndex2, BadInt1, BadInt2):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        n = int(c())
    print(c.__name__, n, type(n), [str(x.message)[:40] for x in w])
class F(float):
    def __int__(self): return 99
print(int(F(2.5)), int(True), int(False), type(int(True)))
for c in ["int('8'*5000+'x')", "int('8'*5000+'_')", "int('8'*5000+' ')", "int('8'*2500+'_'+'8'*2500)", "int('8'*5000+'\u0661')", "int(' 8'+'8'*5000+'x')", "int('-'+'8'*5000+'__8')", "str(10**5000)", "str(-10**4299)", "str(-10**4300)"]:
    try: eval(c); print('ok')
    except ValueError as e: print(str(e)[:90])
