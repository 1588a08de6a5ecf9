# methods defined in class bodies, names in decorators and default args evaluated in class scope
def deco(tag):
    def wrap(fn):
        fn.tag = tag
        return fn
    return wrap

class A:
    TAG = "a-tag"
    DEFAULT = 10

    @deco(TAG)
    def m(self, x=DEFAULT):
        return x

    helper = lambda self, k=DEFAULT: k * 2
    items = [TAG] * 2
    sizes = {TAG: len(TAG)}

print(A.m.tag, A().m(), A().helper(), A.items, A.sizes)

class B:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)
    z = Inner.y

print(B.z, B.Inner.__qualname__)

class C:
    counter = 0
    def bump(self):
        C.counter += 1
        type(self).counter += 1
        return C.counter

c = C()
print(c.bump(), c.bump(), C.counter)
c.counter = "instance"
print(c.counter, C.counter)
del c.counter
print(c.counter)

class D:
    if True:
        cond = "conditional attr"
    for i in range(3):
        last = i
    del i
    while False:
        pass
    try:
        raise KeyError("k")
    except KeyError as exc:
        caught = repr(exc)

print(D.cond, D.last, D.caught, hasattr(D, 'i'), hasattr(D, 'exc'))
