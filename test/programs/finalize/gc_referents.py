# gc.get_referents() and gc.is_tracked() as CPython's tp_traverse and GC flags answer them.
import gc
def show(*objs):
    r = gc.get_referents(*objs)
    print(sorted(map(repr, r)))
show([1, 3, 5]); show((1, 3, 5)); show({1: 3, 5: 7}); show({'a': 1, 'b': [2]}); show([1, 2], {3: 4}, (0, 0, 0))
show(1, 'a', 4j, 1.5, None, b'x', bytearray(b'x'))
class C:
    pass
c = C(); c.x = 1
print(len(gc.get_referents(c)), [type(x).__name__ for x in gc.get_referents(c)])
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 5
print([repr(x) for x in gc.get_referents(s)])
print(sorted(map(repr, gc.get_referents({1, 2, 'x'}))), sorted(map(repr, gc.get_referents(frozenset({3})))))
f = lambda: 0
print(len(gc.get_referents(f)) > 0, gc.get_referents(int), gc.get_referents(range(3)))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked((1,)), gc.is_tracked(([],)))
print(gc.is_tracked(C), gc.is_tracked(c), gc.is_tracked(s), gc.is_tracked(f), gc.is_tracked(int), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(bytearray()))
