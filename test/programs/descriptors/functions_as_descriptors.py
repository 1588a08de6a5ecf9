# functions are non-data descriptors: bound methods, __get__ by hand, method types
def f(self, x=1):
    return (type(self).__name__, x)

class A:
    pass

a = A()
bm = f.__get__(a, A)
print(bm(), bm(2), type(bm).__name__, bm.__self__ is a, bm.__func__ is f)
print(f.__get__(None, A) is f)
A.meth = f
print(a.meth(5), A.meth(a, 6))
a.inst_func = f
try:
    a.inst_func()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_func("explicit self"))

import types
m = types.MethodType(f, "a str")
print(m(), m.__self__)
try:
    types.MethodType(f, None)
except TypeError as e:
    print(type(e).__name__, e)

print(A.meth.__get__(a)() if hasattr(A.meth, '__get__') else '')
print(len.__get__ if hasattr(len, '__get__') else "builtins have no __get__")
print(type(list.append).__name__, type([].append).__name__, type(list.__dict__['append']).__name__)
print(list.append.__get__([1])(2) is None)
lst = [1]
list.append(lst, 2)
print(lst)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__add__).__name__, type((1).__add__).__name__, (1).__add__(2))
print(type(object.__init__).__name__, type(dict.fromkeys).__name__, type(dict.__dict__['fromkeys']).__name__)
print(str.upper.__qualname__, str.upper.__objclass__, [].append.__self__, [].append.__name__)
print(a.meth == a.meth, a.meth is a.meth, A.meth is A.meth)
class B:
    def m(self):
        pass
b1, b2 = B(), B()
print(b1.m == b2.m, b1.m.__func__ is b2.m.__func__)
