# global and nonlocal in class bodies; class-level names vs function names
value = "module"

class A:
    global value
    value = "set by class A"

print(value, 'value' in A.__dict__)

def f():
    x = "f's x"
    class B:
        nonlocal x
        x = "set by class B"
    return x, 'x' in B.__dict__

print(f())

def g():
    y = "enclosing y"
    class C:
        y = "class y"
        def method(self):
            return y
        @staticmethod
        def sm():
            return y
    return C().method(), C.sm(), C.y

print(g())

def h():
    class D:
        def get_class(self):
            return __class__
        def name(self):
            return __class__.__name__
    return D

D = h()
print(D().get_class() is D, D().name())
print(sorted(D.get_class.__code__.co_freevars))

class E:
    def m(self):
        return __class__

print(E().m() is E)
try:
    class Broken:
        __class__ = 1
        def m(self):
            return __class__
    print(Broken().m() is Broken)
except Exception as e:
    print(type(e).__name__, e)
