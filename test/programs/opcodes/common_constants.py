# LOAD_COMMON_CONSTANT (AssertionError, NotImplementedError, tuple/all/any in optimized builtin calls), LOAD_SMALL_INT, LOAD_CONST
def uses_assert(x):
    assert x, "failed"
    return x
try:
    uses_assert(0)
except AssertionError as e:
    print(type(e).__name__, e)
def not_impl():
    raise NotImplementedError
try:
    not_impl()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(tuple(i for i in range(4)), all(i < 5 for i in range(4)), any(i > 2 for i in range(4)))
import builtins
saved = builtins.all
builtins.all = lambda it: "shadowed all"
print(all(x for x in [0]))
builtins.all = saved
def local_shadow():
    any = lambda it: "local any"
    return any(x for x in [1])
print(local_shadow())
print(0, 1, 255, 256, -5, -1, 1000000, 2 ** 63, 1.5, 1j, "s", b"b", None, True, False, ..., (1, 2), frozenset({1}))
