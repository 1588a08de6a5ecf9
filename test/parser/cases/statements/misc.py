global a, b
def f():
    nonlocal x
    global y
del a, b[0], c.d, (e, f), [g]
assert x, "msg"
assert (x, y)
import a.b.c as d, e
from . import x
from .. import y
from ...a import z as w
from .... import q
from a import (b, c as d,)
from a import *
with (a as b, c as d,):
    pass
with (a, b):
    pass
with a, b as (c, d):
    pass
while x:
    break
else:
    continue
for x, *y in z:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
x: int
x: int = 1
(x): int = 2
x.y: int
x[0]: int = 3
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x %= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x **= 1; x //= 1
a = b = c = 1
a, b = *c, d = e
return_ = yield_ = 1
def g():
    yield
    yield x
    yield from y
    x = yield
    return
    return 1, 2
