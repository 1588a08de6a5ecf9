# CALL_INTRINSIC_1/2: unary positive, list-to-tuple, print (interactive), stopiteration error, async gen wrap, typevars
class P:
    def __pos__(self):
        return "pos"
print(+P(), +5, +(-2.5), +True)
def star_tuple(*a):
    return a
print(star_tuple(*[1, 2], 3))
for src in ["1 + 1", "'str'", "None", "x = 5", "[x, x * 2]", "if x:\n    x + 100\n"]:
    exec(compile(src, "<single>", "single"))
def gen_raises():
    yield 1
    raise StopIteration
try:
    list(gen_raises())
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen():
    yield "async value"
g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print(e.value)
def generic[T, *Ts, **P](a: T) -> T:
    return a
print([type(t).__name__ for t in generic.__type_params__])
def bounded[B: int, C: (str, bytes) = str]():
    pass
tv = bounded.__type_params__
print(tv[0].__bound__, tv[1].__constraints__, tv[1].__default__, tv[0].has_default())
type Alias[K] = dict[K, int]
print(Alias, Alias.__type_params__, Alias[str])
class Gen[T]:
    pass
print(Gen.__type_params__, Gen.__orig_bases__ if hasattr(Gen, "__orig_bases__") else None)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except* KeyError as e:
    print("prep_reraise_star combined:", repr(e))
except* TypeError as e:
    print("typeerror part:", repr(e))
