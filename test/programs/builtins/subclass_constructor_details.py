# Constructors and subclasses: tuple(x)/list(x)/unpacking of a tuple subclass iterate with the
# subclass's own __iter__ (only an exact tuple is copied directly), and float() refuses keyword
# arguments unless a subclass's own __init__ takes them.
class Lying(tuple):
    def __iter__(self):
        yield 1


t = Lying((2,))
print(tuple(t), list(t), [*t], sorted(t), set(t), dict.fromkeys(t), ''.join(map(str, t)))
a, = t
print(a, len(t), t[0], t)


class Plain(tuple):
    pass


print(tuple(Plain((1, 2))), list(Plain((3, 4))))


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = WithInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)


class Sub(float):
    pass


for f in (lambda: float(x=1), lambda: Sub(x=0), lambda: Sub(1.5, newarg=3), lambda: float(1, 2), lambda: WithInit(1, 2, 3)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)


class WithNew(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


w = WithNew(1.25, newarg=4)
print(float(w), w.newarg)
