# MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE: defaults, kwdefaults, annotations, closures, type params together
def outer(k=2):
    captured = [k]
    def inner(a, b=10, *args, c=k * 3, d, **kw) -> "ret":
        return a, b, args, c, d, kw, captured
    return inner
fn = outer()
print(fn(1, d=4), fn.__defaults__, fn.__kwdefaults__, fn.__annotations__, len(fn.__closure__))
def generic[T](x: T = None) -> T:
    return x
print(generic(), generic.__type_params__, generic.__defaults__, generic.__annotations__)
lam = lambda a, b=2, *, c=3: (a, b, c)
print(lam(1), lam.__defaults__, lam.__kwdefaults__)
def no_extras():
    pass
print(no_extras.__defaults__, no_extras.__kwdefaults__, no_extras.__closure__, no_extras.__annotations__)
class K:
    def method(self, x: int = 0) -> None:
        return x
print(K.method.__defaults__, K.method.__annotations__, K.method.__qualname__)
