class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def hello(self):
        return f"{self.kind}:{self.name}"
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def util(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()

class Derived(Base):
    kind = "derived"
    def hello(self):
        return "D(" + super().hello() + ")"

d = Derived.make("x")
print(d.hello(), Base.util(21), d.upper)
d.upper = "NEW"
print(d.name, isinstance(d, Base), issubclass(Derived, Base), Derived.__mro__)
print(type(d).__name__, Derived.__bases__, Derived.__qualname__)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), len(v), list(v), bool(Vec(0, 0)), {v: 1}[Vec(4, 6)])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a):
        print("creating", cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(5)
print(w.v, WithMeta.added, type(WithMeta).__name__)

class InitSub:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        InitSub.subs.append((cls.__name__, tag))
class A(InitSub, tag="a"): pass
class B(InitSub): pass
print(InitSub.subs)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"<{self.name} of {type(obj).__name__}>"
class UsesDesc:
    field = Desc()
print(UsesDesc().field, UsesDesc.field.name)

class GA:
    def __getattr__(self, name):
        return f"dyn_{name}"
print(GA().whatever)

class Diamond1: 
    def who(self): return "1"
class Diamond2(Diamond1):
    def who(self): return "2" + super().who()
class Diamond3(Diamond1):
    def who(self): return "3" + super().who()
class Diamond4(Diamond2, Diamond3):
    def who(self): return "4" + super().who()
print(Diamond4().who(), [c.__name__ for c in Diamond4.__mro__])
try:
    class Bad(Diamond1, Diamond2): pass
except TypeError as e:
    print(e)
