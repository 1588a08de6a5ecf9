# ExceptionGroup / BaseExceptionGroup API
eg = ExceptionGroup("group msg", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(eg).__name__, isinstance(eg, Exception))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
m2, r2 = eg.split(Exception)
print(m2 is eg, r2)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
m, r = nested.split(TypeError)
print(repr(m), repr(r))

beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"), lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "+", excs)
meg = MyEG("mine", [ValueError(1), KeyError(2)])
a, b = meg.split(KeyError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
eg.add_note("group note")
sm, sr = eg.split(TypeError)
print(sm.__notes__, sr.__notes__)
print(eg.exceptions[0].__traceback__)
print(ExceptionGroup("one", (ValueError(),)).exceptions)
print(str(ExceptionGroup("many", [ValueError()] * 3)))
