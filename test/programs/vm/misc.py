a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
d = {**{'a': 1}, 'b': 2, **{'c': 3}}
print(d, [*range(3), *'ab'], {*[1, 2], 3})
def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 7}))
for bad in [lambda: kw(), lambda: kw(1, 2), lambda: kw(1, c=1, a=2), lambda: kw(1, c=1, zz=1) and None]:
    try:
        bad()
    except TypeError as e:
        print(e)
def posonly(a, b, /, c):
    return a, b, c
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)
print(posonly(1, 2, c=3))
with open if False else __import__('contextlib').nullcontext(5) as v:
    print("with", v)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM():
    raise ValueError("suppressed")
print("after with")
s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
else:
    print("loop done", s)
while s > 5:
    s -= 3
print(s)
print([i for i in range(3) for j in range(i)], {k: v for k, v in zip('abc', range(3))})
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 'a' < 'b', (1, 2) < (1, 3), [1] == [1])
print(not [], not 0, [] or 'default', 0 and 1, 5 if True else 6)
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7
print(x)
print(divmod(17, 5), 17 // -5, -17 % 5, 2 ** -1, 7 / 2, abs(-3), round(2.675, 2))
print(isinstance(1, (str, int)), type(None).__name__, callable(len))
match [1, 2, 3]:
    case [1, *rest]:
        print("matched", rest)
match {'k': 'v', 'n': 1}:
    case {'k': str(s), **others}:
        print(s, others)
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
match Point(1, 2):
    case Point(1, y=yy):
        print("point", yy)
for val in [0, 'str', (1, 2), None, 3.5]:
    match val:
        case 0 | 1:
            print('zero-one')
        case str() as st:
            print('string', st)
        case (a, b):
            print('pair', a, b)
        case None:
            print('none')
        case _:
            print('other', val)
