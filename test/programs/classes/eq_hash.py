# __eq__/__hash__ rules: defining __eq__ sets __hash__ to None, explicit __hash__, inheritance
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Hashable(EqOnly):
    def __hash__(self):
        return hash(self.v)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(3) in s, Hashable(2) in s)

class InheritsNone(EqOnly):
    pass
print(InheritsNone.__hash__)

class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc
print(isinstance(ExplicitNone(), collections.abc.Hashable), isinstance(Default(), collections.abc.Hashable))

class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

class NEOnly:
    def __ne__(self, other):
        return "custom ne"
print(NEOnly() != 1, NEOnly() == NEOnly(), NEOnly.__hash__ is object.__hash__)

class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
    __hash__ = object.__hash__
x = EqReturnsNonBool()
print(x == 1, x != 1, [x].count(1), 1 in [x], [x].index(1))

class KeepsHashWithEq:
    def __eq__(self, o):
        return NotImplemented
    __hash__ = object.__hash__
print(hash(KeepsHashWithEq()) is not None)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print({1: "a", 1.0: "b", True: "c"})
