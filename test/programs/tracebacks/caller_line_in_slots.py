# a Python-level special method sees its caller's current line (sys._getframe(1).f_lineno), and a
# warning raised inside an operator is attributed to the operator's line
import sys, warnings

class Probe:
    def __add__(self, other):
        return sys._getframe(1).f_lineno
    def __invert__(self):
        return sys._getframe(1).f_lineno
    def __getitem__(self, key):
        return sys._getframe(1).f_lineno
    def __contains__(self, item):
        return sys._getframe(1).f_lineno == 23
    def __neg__(self):
        warnings.warn("negated", stacklevel=2)
        return 0

p = Probe()
x = 1
print(p + 1,
      ~p,
      p[0],
      1 in p,
      )
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    y = (
        -p
    )
    print([(str(m.message), m.lineno) for m in w])
t = True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(~t,
          ~t)
    print([m.lineno for m in w])
