# '%c' with a non-integer argument names its type fully qualified (module.qualname, except for
# builtins and __main__), as 3.14's %T does; format()'s 'c' for comparison.
class PseudoFloat:
    def __init__(self, value):
        self.value = float(value)
    def __int__(self):
        return int(self.value)

class Outer:
    class Inner:
        pass

class Elsewhere:
    __module__ = 'pkg.mod'

for v in (PseudoFloat(3.14), Outer.Inner(), Elsewhere(), 3.5, 'ab', '', [], None, b'x', 65, 0x1F600, -1, 0x110000, True):
    for f in ('%c', '{:c}'):
        try:
            print(ascii(f % v if f[0] == '%' else f.format(v)))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
