# A class's __base__ is the base with the most derived instance layout (best_base), not the first
# base: a mixin listed before a builtin type with its own layout.
import random, collections, io

class Mixin:
    def random(self):
        return random.Random.random(self)

class R(Mixin, random.Random):
    pass

class D(Mixin, collections.deque):
    pass

class S(Mixin, io.StringIO):
    pass

class T(Mixin, dict):
    pass

for cls in (R, D, S, T):
    print(cls.__name__, cls.__base__)

r = R(5)
print(0 <= r.randrange(42) < 42, r.random() < 1.0)
print(R.__new__(R).__class__.__name__)
try:
    object.__new__(R)
except TypeError as e:
    print('TypeError:', e)
