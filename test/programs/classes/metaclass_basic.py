# metaclasses: __new__, __init__, __call__, attributes, inheritance of metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst
    def meta_method(cls):
        return "meta_method of " + cls.__name__

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v

a = A(5)
print(a.v, a.via_meta, A.created_by, type(A).__name__, A.meta_method())
try:
    a.meta_method()
except AttributeError as e:
    print(type(e).__name__, e)

class B(A):
    y = 2
print(type(B).__name__)

class Meta2(type):
    pass
try:
    class C(A, metaclass=Meta2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class SubMeta(Meta):
    pass
class D(metaclass=SubMeta):
    pass
class E(D, A):
    pass
print(type(E).__name__)

def func_meta(name, bases, ns):
    print("func_meta called for", name)
    return type(name, bases, dict(ns, made_by_function=True))
class F(metaclass=func_meta):
    pass
print(F.made_by_function, type(F).__name__)

class Counted(type):
    instances = 0
    def __call__(cls, *a):
        Counted.instances += 1
        return super().__call__(*a)
class G(metaclass=Counted):
    pass
G(); G(); G()
print(Counted.instances)
print(isinstance(A, Meta), isinstance(A, type), Meta.__mro__[1] is type)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
