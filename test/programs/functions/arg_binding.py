# argument binding: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(1, 2, 3, e=5, a=10))
print(f(*[1, 2, 3], **{"e": 5, "z": 0}))
calls = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(a=1, b=2, c=3, e=4),
    lambda: f(1, 2, 3, c=3, e=4),
    lambda: f(1, 2, 3, e=4, e2=5, **{"e": 1}),
    lambda: f(),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)

def simple(x, y):
    return x, y
for c in [lambda: simple(1), lambda: simple(1, 2, 3), lambda: simple(1, y=2, x=3), lambda: simple(1, z=2), lambda: simple(), lambda: simple(**{"x": 1, "y": 2, "w": 3}),
          lambda: simple(1, 2, 3, 4), lambda: simple(y=1)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)

def kwonly(*, k):
    return k
for c in [lambda: kwonly(1), lambda: kwonly(), lambda: kwonly(k=1, j=2), lambda: kwonly(1, k=2)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
def posonly(p, /):
    return p
for c in [lambda: posonly(p=1), lambda: posonly(1, 2), lambda: posonly()]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
def defaults(a, b=2, c=3):
    return a, b, c
print(defaults(1), defaults(1, c=9), defaults.__defaults__, defaults.__kwdefaults__, f.__kwdefaults__)
def many_kwonly(*, a, b, c):
    pass
try:
    many_kwonly()
except TypeError as e:
    print(type(e).__name__, e)
def many_pos(a, b, c, d):
    pass
try:
    many_pos(1)
except TypeError as e:
    print(type(e).__name__, e)
def varargs_only(*args, **kwargs):
    return args, kwargs
print(varargs_only(), varargs_only(1, x=2), varargs_only(*(), **{}))
try:
    varargs_only(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def kw_and_posonly(a, /, **kw):
    return a, kw
print(kw_and_posonly(1, a=2))
