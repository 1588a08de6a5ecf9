# Uncaught-exception reports of many shapes, printed through sys.excepthook.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def nested():
    def inner(x):
        return x[3]
    def middle(x):
        return inner(x) * 2
    middle([1, 2])


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

    @property
    def ratio(self):
        return self.balance / 0

    @staticmethod
    def parse(s):
        return int(s)

    @classmethod
    def make(cls, s):
        return cls(cls.parse(s))


show(nested)
show(lambda: Account(10).withdraw(20))
show(lambda: Account(10).ratio)
show(lambda: Account.make("abc"))
show(lambda: [1 / x for x in range(3)])
show(lambda: {k: v for k, v in [(1, 2), (3,)]})
show(lambda: sum(x for x in [1, None]))


def gen():
    yield 1
    raise KeyError("gen")


show(lambda: list(gen()))


def body():
    class C:
        x = 1
        y = x + undefined_name
show(body)


def deep_lambda():
    f = lambda a: (lambda b: b.upper())(a)
    return f(3)
show(deep_lambda)

show(lambda: {}["missing"])
show(lambda: {}[("a", 1)])
show(lambda: [][0])
show(lambda: int("x"))
show(lambda: None())
show(lambda: len(5))
show(lambda: (1).foo)
show(lambda: "abc" + 1)
show(lambda: 1 + "abc")
show(lambda: [1, 2, 3].index(7))
show(lambda: next(iter([])))
show(lambda: exec("1/0"))
show(lambda: eval("x + 1", {}))


def raiser():
    raise
show(raiser)


class Boom(Exception):
    pass


class Outer:
    class Inner(Exception):
        pass


show(lambda: (_ for _ in ()).throw(Boom("thrown")))
def raise_inner():
    raise Outer.Inner("nested class")
show(raise_inner)
def raise_empty():
    raise Boom()
show(raise_empty)
def raise_class():
    raise Boom
show(raise_class)
def raise_args():
    raise Boom(1, "two", [3])
show(raise_args)
def raise_blank():
    raise ValueError("")
show(raise_blank)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


def raise_bad_str():
    raise BadStr("x")
show(raise_bad_str)


def final():
    data = {"a": [1, 2]}
    return data["a"][5]


final()
