# PEP 649/749 on functions: lazy __annotations__ through __annotate__, caching, get/set/del rules.
calls = []

def trace(v):
    calls.append(v)
    return v

def f(a: trace(int), *args: trace(str), b: "fwd" = 1, **kw: trace(float)) -> trace(list[int]):
    pass

print(calls)
print(f.__annotations__)
print(calls)
print(f.__annotations__ is f.__annotations__, calls)
ann = f.__annotate__
print(type(ann).__name__, ann.__name__, ann.__qualname__, ann.__code__.co_argcount, ann.__code__.co_varnames[:1])
print(ann(1))
print(ann(2) == ann(1))
for fmt in (3, 4, 0, -1):
    try:
        ann(fmt)
    except NotImplementedError as e:
        print('NotImplementedError', fmt, e)
print(sorted(ann.__code__.co_names))

def g():
    pass
print(g.__annotate__, g.__annotations__, type(g.__annotations__).__name__)
g.__annotations__['x'] = 1
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
for bad in (1, [('a', 1)], 'abc'):
    try:
        g.__annotations__ = bad
    except TypeError as e:
        print('TypeError', e)
del g.__annotations__
print(g.__annotations__)

def h(x: int): pass
h.__annotations__ = {'y': 2}
print(h.__annotate__, h.__annotations__)

def k(x: int): pass
k.__annotate__ = None
print(k.__annotations__)
k.__annotate__ = lambda format: {'from': format}
print(k.__annotations__, k.__annotations__ is k.__annotations__)
for bad in (3, 'x'):
    try:
        k.__annotate__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del k.__annotate__
except TypeError as e:
    print('TypeError', e)

def m(x: int): pass
m.__annotate__ = lambda format: [1, 2]
try:
    m.__annotations__
except TypeError as e:
    print('TypeError', e)

def n(x: undefined_name): pass
try:
    n.__annotations__
except NameError as e:
    print('NameError', e)
print(n.__annotate__ is not None)
undefined_name = bytes
print(n.__annotations__)

# Annotations see names of the enclosing function at the time __annotations__ is read.
def outer():
    def inner(p: later) -> later: pass
    later = 'bound later'
    return inner
print(outer().__annotations__)

# Lambdas and methods.
class C:
    def meth(self, v: int) -> 'C': pass
    @classmethod
    def cm(cls, v: float): pass
    @staticmethod
    def sm(v: complex) -> None: pass
print(C.meth.__annotations__, C().meth.__annotations__)
print(C.cm.__annotations__, C.sm.__annotations__)
print(C.__dict__['cm'].__annotations__, C.__dict__['sm'].__annotate__(1))
print(sorted(k for k in C.__dict__['cm'].__dict__))
C.__dict__['sm'].__annotations__ = {'z': 0}
print(C.__dict__['sm'].__annotations__, C.sm.__annotations__)
del C.__dict__['sm'].__annotations__
try:
    del C.__dict__['sm'].__annotations__
except AttributeError as e:
    print('AttributeError', e)
print((lambda x: x).__annotations__, (lambda x: x).__annotate__)

# Positional-only, keyword-only, defaults evaluated eagerly but annotations lazily.
def p(a: int, /, b: str = 'b', *, c: bytes) -> None: pass
print(list(p.__annotations__))

import functools
@functools.wraps(p)
def wrapper(*a, **k): pass
print(wrapper.__annotations__ is p.__annotations__, wrapper.__annotate__ is p.__annotate__)
