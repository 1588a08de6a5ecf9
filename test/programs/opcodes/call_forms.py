# CALL / CALL_KW / CALL_FUNCTION_EX / PUSH_NULL / LOAD_ATTR method calls / CALL_INTRINSIC_1 list-to-tuple
def f(*args, **kwargs):
    return args, kwargs
class C:
    def m(self, *a, **k):
        return a, k
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x):
        return x
c = C()
print(f(), f(1), f(1, 2, 3), f(a=1), f(1, b=2), f(*[1, 2]), f(**{"z": 1}), f(1, *[2], 3, *[4], k=5, **{"l": 6}))
print(c.m(), c.m(1, k=2), C.m(c, 3), c.cm(4), C.cm(5), c.sm(6), C.sm(7))
meth = c.m
print(meth(8), getattr(c, "m")(9), (c.m)(10))
print(len("abc"), max(1, 2, key=None), sorted([3, 1], reverse=True), int("ff", base=16), dict(a=1, **{"b": 2}))
g = f
print(g(*(), **{}), g(*"ab", **dict(x=1)))
print((lambda *a: a)(*[1], *(2,), *{3}), [*"ab", *[1]], (*range(2), *"c"))
fn_table = {"add": lambda a, b: a + b, "neg": lambda a: -a}
print(fn_table["add"](1, 2), fn_table["neg"](5), [h(1) for h in (abs, str, float)])
print(type(c).m(c, "via type"), c.__class__.sm("via __class__"), super(C, c).__repr__()[:10])
chain = "  Hello  ".strip().lower().replace("l", "L").center(9, "*")
print(chain)
