# yield from: delegation of send/throw/close and return values
def inner():
    print("  inner start")
    x = yield "i1"
    print("  inner got", x)
    y = yield "i2"
    print("  inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "o1"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("done:", e.value)

def thrower():
    try:
        yield 1
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "after-handle"
def delegator():
    yield from thrower()
    yield "tail"
d = delegator()
next(d)
print(d.throw(KeyError("k")))
print(next(d))

def closer():
    try:
        yield 1
    finally:
        print("  inner finally on close")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    yield from (i * i for i in range(3))
print(list(from_iterables()))

def yf_return_value():
    v = yield from iter([])
    return v
try:
    next(yf_return_value())
except StopIteration as e:
    print("empty iterator yield from returns", e.value)

def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)

def chain_depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain_depth(n - 1)
    return r + 1
cd = chain_depth(50)
print(next(cd))
try:
    next(cd)
except StopIteration as e:
    print("depth", e.value)

def send_to_list_iter():
    yield from [1, 2]
s = send_to_list_iter()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
