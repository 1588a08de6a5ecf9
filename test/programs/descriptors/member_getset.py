# builtin descriptors: member_descriptor (slots), getset_descriptor, wrapper_descriptor, method-wrapper
class S:
    __slots__ = ('a',)
md = S.__dict__['a']
print(type(md).__name__, md.__name__, md.__objclass__.__name__, md.__qualname__ if hasattr(md, '__qualname__') else '')
s = S()
md.__set__(s, 10)
print(md.__get__(s, S), s.a)
md.__delete__(s)
try:
    md.__get__(s, S)
except AttributeError as e:
    print(type(e).__name__, e)
print(md.__get__(None, S) is md)
try:
    md.__set__(1, 1)
except TypeError as e:
    print(type(e).__name__, e)

class P:
    pass
gs = P.__dict__['__dict__']
print(type(gs).__name__, gs.__name__)
p = P()
p.x = 1
print(gs.__get__(p, P))
wr = P.__dict__['__weakref__']
print(type(wr).__name__, wr.__get__(p, P))

fget = type(len).__dict__['__name__']
print(type(fget).__name__, fget.__get__(len))
try:
    fget.__set__(len, "x")
except AttributeError as e:
    print(type(e).__name__, e)

wd = int.__dict__['__add__']
print(type(wd).__name__, wd.__name__, wd(1, 2), wd.__get__(5)(6))
try:
    wd("x", 1)
except TypeError as e:
    print(type(e).__name__, e)
mw = (5).__add__
print(type(mw).__name__, mw.__name__, mw.__self__, mw(1))
print((5).__add__("s"))
cd = dict.__dict__['fromkeys']
print(type(cd).__name__, cd.__get__(None, dict)("ab"))
print(type(str.__dict__['maketrans']).__name__)
print(complex.__dict__['real'].__get__(3+4j), type(complex.__dict__['real']).__name__)
print(type(type.__dict__['__dict__']).__name__)
import types
print(types.MemberDescriptorType is type(md), types.GetSetDescriptorType is type(gs), types.WrapperDescriptorType is type(wd), types.MethodWrapperType is type(mw))
print(types.MethodDescriptorType is type(str.upper), types.ClassMethodDescriptorType is type(cd), types.BuiltinFunctionType is type(len))
