#### eval-expression mode=eval
1 + x * f(y)
#### eval-lambda mode=eval
lambda a, *b: [i for i in b if i > a]
#### eval-constant mode=eval
(1, 2.5, 'x')
#### single-assignment mode=single
x = 1
#### single-expression mode=single
1 + 2
#### single-string mode=single
'not a docstring'
#### single-compound mode=single
if x:
    y
    z = 3

#### single-for mode=single
for i in range(3): i

#### optimize0-asserts optimize=0
assert x, 'msg'
if __debug__:
    print('debug')
def f():
    """doc"""
    assert f
#### optimize1-asserts optimize=1
assert x, 'msg'
if __debug__:
    print('debug')
def f():
    """doc"""
    assert f
    return __debug__
#### optimize2-docstrings optimize=2
"""module doc"""
def f():
    """doc"""
    return 1
class C:
    """only a docstring"""
def g():
    """doc"""
    "second string"
#### top-level-await flags=0x2000
import asyncio
await asyncio.sleep(0)
x = [i async for i in aiter()]
async with ctx() as c:
    pass
#### future-annotations-flag flags=0x1000000
x: list[int] = []
def f(a: 'str', b: int | None = None) -> dict[str, int]: ...
#### future-annotations-statement
from __future__ import annotations
class C:
    a: int
    b: 'C' = None
#### warnings
def f(x):
    if x is 1:
        pass
    if x is not ():
        pass
    assert (x, 'msg')
    y = 1()
    z = [1, 2][3, 4]
    w = (1)[0]
    try:
        pass
    finally:
        return 1
#### warnings-loop-finally
for i in x:
    try:
        pass
    finally:
        break
while y:
    try:
        pass
    finally:
        continue
#### only-ast flags=0x400
x = __debug__
y = '%s-%r' % (a, b)
#### optimized-ast flags=0x8400 optimize=1
x = __debug__
y = '%s-%5r %-3s %%' % (a, b, c)
z = '%d' % (a,)
match v:
    case -1 | 1+2j | -3.5-1j:
        pass
"""docstring"""
def f():
    """doc"""
    "second"
#### optimized-ast-level2 flags=0x8400 optimize=2
"""docstring"""
def f():
    """doc"""
    "second"
#### interactive-definitions mode=single
def f(x):
    return x

#### module-docstring-only
"""Only a docstring."""
#### empty-module
