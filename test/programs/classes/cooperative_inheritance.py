# cooperative multiple inheritance with super() and **kwargs, mixins, MRO-dependent behaviour
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unused kwargs: {sorted(kw)}")
class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="ann", age=30)
print(p.name, p.age, p.log, [c.__name__ for c in Person.__mro__])
try:
    Person(name="x", age=1, extra=True)
except TypeError as e:
    print(type(e).__name__, e)
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_") and k != "log"}, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if k != "log")
        return f"{type(self).__name__}({fields})"
class Employee(JsonMixin, ReprMixin, Person):
    def __init__(self, company, **kw):
        super().__init__(**kw)
        self.company = company
e = Employee(company="acme", name="bob", age=41)
print(e.to_json(), repr(e), e.log)
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    pass
class E(C, B):
    pass
print(D().hello(), E().hello())
