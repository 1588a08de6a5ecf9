# looking up descriptors on the class vs instance: functions become functions/methods, property returns itself
class A:
    def f(self):
        return "f"
    @property
    def p(self):
        return "p"
    @classmethod
    def c(cls):
        return "c"
    @staticmethod
    def s():
        return "s"
    x = 1
for name in ["f", "p", "c", "s", "x"]:
    on_class = getattr(A, name)
    on_inst = getattr(A(), name)
    raw = A.__dict__[name]
    print(name, type(raw).__name__, type(on_class).__name__, type(on_inst).__name__)
print(A.p.fget(A()), A.f(A()), A.__dict__["c"].__get__(None, A)(), A.__dict__["s"].__get__(A())())
import inspect
print([name for name, kind, cls, obj in inspect.classify_class_attrs(A) if cls is A and not name.startswith("__")])
print(inspect.getattr_static(A(), "p").__class__.__name__, inspect.getattr_static(A, "c").__class__.__name__)
