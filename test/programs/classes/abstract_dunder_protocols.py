# protocols via special methods only (no ABCs): sequence-like, mapping-like, numeric-like, callable, context manager, iterator
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
sq = Squares(6)
print(list(sq), sq[-1], sq[1:4], 16 in sq, list(reversed(sq)), sorted(sq, reverse=True)[:2], len(sq), sq[::2])
class Env:
    def __init__(self, **kw):
        self.d = kw
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
print(dict(Env(a=1)), {**Env(b=2)}, "{a}-{b}".format_map(Env(a="x", b="y")))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __lt__(self, o):
        return self.cents < o.cents
print(sum([Money(150), Money(275)]), min(Money(5), Money(3)), sorted([Money(9), Money(1)]))
