# inspect.signature, parameters, binding; getsource-free introspection
import inspect
def f(a, b: int = 2, /, c=3, *args, d, e: "str" = "e", **kw) -> bool:
    return True
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default if p.default is not p.empty else "<empty>", p.annotation if p.annotation is not p.empty else "<empty>")
print(sig.return_annotation, str(sig.replace(return_annotation=inspect.Signature.empty)))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sig.bind_partial(1, d=0)
ba2.apply_defaults()
print(ba2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.signature(len), inspect.signature(lambda x, *y: 0), inspect.signature(dict.get), inspect.signature(int.from_bytes))
class C:
    def __init__(self, x, y=0):
        pass
    def m(self, p):
        pass
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m))
print(inspect.isfunction(f), inspect.ismethod(C(2).m), inspect.isclass(C), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getmro(bool), [n for n, _ in inspect.getmembers(C, inspect.isfunction)], inspect.getattr_static(C, "m").__name__)
print(inspect.unwrap(f) is f, inspect.cleandoc("  indented\n    more\n  text"), inspect.getdoc(C) is None)
print(inspect.getfullargspec(f))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
