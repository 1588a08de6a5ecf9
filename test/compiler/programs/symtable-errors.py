#### duplicate-argument
def f(a, a): pass
#### duplicate-argument-kwonly
def f(a, *, a): pass
#### duplicate-argument-lambda
lambda x, *x: 0
#### duplicate-argument-varkw
def f(a, **a): pass
#### duplicate-type-param
def f[T, T](): pass
#### duplicate-type-param-class
class C[A, *A]: pass
#### global-after-assign
def f():
    x = 1
    global x
#### global-after-use
def f():
    print(x)
    global x
#### global-param
def f(x):
    global x
#### nonlocal-param
def f(x):
    def g(y):
        nonlocal y
#### nonlocal-after-assign
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
#### nonlocal-after-use
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
#### nonlocal-at-module
nonlocal x
#### nonlocal-no-binding
def f():
    def g():
        nonlocal zz
#### nonlocal-in-class-no-binding
class C:
    nonlocal q
#### nonlocal-and-global
def f():
    x = 1
    def g():
        global x
        nonlocal x
#### global-annotated
def f():
    x: int
    global x
#### nonlocal-annotated
def f():
    x = 1
    def g():
        x: int
        nonlocal x
#### annotated-global
def f():
    global x
    x: int = 1
#### annotated-nonlocal
def f():
    x = 1
    def g():
        nonlocal x
        x: int
#### import-star-in-function
def f():
    from os import *
#### import-star-in-class
class C:
    from os import *
#### assign-debug
__debug__ = 1
#### delete-debug
del __debug__
#### debug-param
def f(__debug__): pass
#### debug-keyword-call
f(__debug__=1)
#### debug-attribute-store
x.__debug__ = 1
#### debug-class-keyword
class C(__debug__=1): pass
#### debug-match-keyword
match x:
    case C(__debug__=1): pass
#### debug-for-target
for __debug__ in x: pass
#### debug-import
import __debug__
#### debug-kwonly
def f(*, __debug__): pass
#### future-late
import os
from __future__ import annotations
#### await-outside-function
await x
#### await-in-sync-function
def f():
    await x
#### await-in-class
class C:
    await x
#### async-with-outside
def f():
    async with x: pass
#### async-for-outside
def f():
    async for i in x: pass
#### async-comprehension-outside
def f():
    return [i async for i in x]
#### yield-in-listcomp
def f():
    return [(yield x) for x in y]
#### yield-in-setcomp
def f():
    return {(yield) for x in y}
#### yield-in-dictcomp
def f():
    return {x: (yield) for x in y}
#### yield-in-genexp
def f():
    return ((yield) for x in y)
#### yield-from-in-listcomp
def f():
    return [(yield from x) for x in y]
#### walrus-rebind-iter-var
[x := 0 for x in range(3)]
#### walrus-rebind-iter-var-nested
[[(y := 1) for x in range(2)] for y in range(3)]
#### walrus-in-iterable
[x for x in (y := [1, 2])]
#### walrus-in-inner-iterable
[x for z in [] for x in (w := z)]
#### walrus-in-class-comprehension
class C:
    [(y := x) for x in range(3)]
#### inner-loop-rebinds-walrus
[i for i in range(3) if (j := i) for j in range(2)]
#### named-expr-in-annotation
def f(x: (y := int)): pass
#### yield-in-annotation
def f(x: (yield)): pass
#### await-in-annotation
async def f(x: await y): pass
#### named-expr-in-return-annotation
def f() -> (z := 1): pass
#### yield-in-annassign-annotation
x: (yield) = 1
#### named-expr-in-typevar-bound
def f[T: (y := int)](): pass
#### yield-in-typevar-bound
class C[T: (yield)]: pass
#### await-in-typevar-default
def f[T = await x](): pass
#### yield-in-paramspec-default
def f[**P = (yield)](): pass
#### yield-in-typevartuple-default
def f[*Ts = (yield)](): pass
#### named-expr-in-typevar-constraint
def f[T: ((y := int), str)](): pass
#### yield-in-type-alias
type A = (yield)
#### named-expr-in-type-alias
type A = (x := int)
#### walrus-comprehension-in-type-alias
type A = [(x := i) for i in range(3)]
#### walrus-comprehension-in-typevar-bound
def f[T: [(x := i) for i in y]](): pass
#### walrus-comprehension-in-generic-bases
class C[T]([(x := i) for i in y]): pass
#### yield-in-generic-bases
class C[T]((yield)): pass
#### nonlocal-type-param
def f[T]():
    def g():
        nonlocal T
#### classdict-type-param
class C[__classdict__]: pass
#### classdict-type-param-bound
def f[__classdict__: int](): pass
#### return-outside-function
return 1
#### return-in-class
class C:
    return 2
#### yield-outside-function
yield 1
#### yield-from-outside-function
yield from x
#### yield-in-class
class C:
    yield 1
#### yield-from-in-async
async def f():
    yield from x
#### return-value-in-async-generator
async def f():
    yield 1
    return 2
#### break-outside-loop
break
#### continue-outside-loop
continue
#### break-in-function-in-loop
for i in x:
    def f():
        break
#### continue-in-class-in-loop
while x:
    class C:
        continue
#### default-except-not-last
try:
    pass
except:
    pass
except ValueError:
    pass
#### break-in-except-star
for i in x:
    try:
        pass
    except* E:
        break
#### return-in-except-star
def f():
    try:
        pass
    except* E:
        return
#### continue-in-except-star
for i in x:
    try:
        pass
    except* E:
        continue
#### keyword-argument-repeated
f(a=1, a=2)
#### keyword-argument-repeated-class
class C(x=1, x=2): pass
#### starred-assignment-alone
*a = b
#### starred-expression-statement
*a
#### multiple-starred-assignment
*a, *b = c
#### multiple-starred-for
for *a, *b in c: pass
#### match-wildcard-unreachable
match x:
    case _: pass
    case 1: pass
#### match-capture-unreachable
match x:
    case y: pass
    case 1: pass
#### match-multiple-starred
match x:
    case [*a, *b]: pass
#### match-duplicate-store
match x:
    case [a, a]: pass
#### match-or-different-names
match x:
    case [a] | [b]: pass
#### match-duplicate-mapping-key
match x:
    case {1: a, 1: b}: pass
#### match-class-repeated-attribute
match x:
    case C(a=1, a=2): pass
#### match-or-irrefutable-not-last
match x:
    case a | 1: pass
#### match-as-duplicate
match x:
    case [a, (b as a)]: pass
#### match-mapping-rest-duplicate
match x:
    case {'k': rest, **rest}: pass
#### typevar-default-order
def f[T = int, U](): pass
#### typevartuple-default-order
class C[T = int, *Ts]: pass
#### paramspec-default-order
type A[T = int, **P] = P
#### generic-class-nonlocal
class C[T]:
    def m(self):
        nonlocal T
#### match-mapping-key-expression
match x:
    case {1: a, -0: b, 0: c}: pass
