# types.CellType, types.SimpleNamespace, types.NoneType/EllipsisType/NotImplementedType, types.new_class/prepare_class
import types
c = types.CellType(1)
print(c.cell_contents, c == types.CellType(1), c < types.CellType(2), repr(c).startswith("<cell at"))
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns), repr(types.SimpleNamespace()))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.NoneType() is None)
def body(ns):
    ns["x"] = 10
    ns["method"] = lambda self: "dynamic method"
Dyn = types.new_class("Dyn", (object,), {}, body)
print(Dyn.x, Dyn().method(), Dyn.__name__)
meta, ns2, kwds = types.prepare_class("P", (), {"metaclass": type})
print(meta, ns2, kwds)
print(types.resolve_bases((int, object)), types.get_original_bases(type("Q", (), {})) if hasattr(types, "get_original_bases") else "")
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType), isinstance((x for x in []), types.GeneratorType))
mp = types.MappingProxyType({"k": 1})
print(mp, list(mp.items()), mp.get("z", 0), "k" in mp, len(mp))
