# Objects with __del__ dropped while a generator context manager is suspended in a `with`
# (the generator is observable the whole time, as unittest's testPartExecutor is for a test).
import contextlib


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


class Holder:
    pass


@contextlib.contextmanager
def ctx(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)


def breaks_link(a):
    inner = a[0]
    a[0] = None
    print('link broken, inner still held')
    return len(inner)


def replaces_attr(h):
    h.d = D(3)
    print('replaced')


def rebinding():
    for i in range(3):
        d = D(i)
    print('loop done')
    x = [D(10), D(11)]
    x = None
    print('list dropped')
    h = Holder()
    h.d = D(2)
    replaces_attr(h)
    del h
    print('holder deleted')
    a = [[D(20)]]
    breaks_link(a)
    print('after breaks_link')
    big = [float(i) for i in range(2000)]
    t = 0
    for i in range(200):
        t += len(big)
        big[i] = 0.5
    print('big', t)
    b = [D(30)]
    b = [D(31)]
    print('end of rebinding')


class Res:
    def __init__(self, name):
        self.name = name
        self.log = []

    def touch(self, i):
        self.log.append(i)
        return self

    def __del__(self):
        print('del res', self.name, len(self.log))


def methods():
    r = Res('r')
    for i in range(50):
        r.touch(i).touch(-i)
    keep = [r]
    keep = None
    print('still alive')
    holder = Holder()
    holder.res = Res('held')
    holder.res.touch(1)
    inner = holder.res
    holder.res = None
    print('still held by inner')
    del inner
    print('after del inner')
    del r
    print('after del r')


with ctx('outer') as name:
    print('in', name)
    rebinding()
    methods()
    with ctx('inner'):
        k = D(40)
        del k
        print('inner body')
    g = ctx('made')
    cm = g.__enter__()
    print('entered by hand', cm)
    del g
    print('after del g')
print('after with')
