# Attribute loads, stores and method loads at sites that see several classes (they stay on the
# generic paths), with everything that decides what they find: data and non-data descriptors,
# class attributes added later, __getattr__, __setattr__, __slots__, instance dicts that shadow
# methods (through __dict__, vars(), a class attribute added later, __bases__ assignment).


class Base:
    kind = 'base'

    def __init__(self, n):
        self.n = n
        self.done = 0

    def run(self):
        self.done += 1
        return self.n


class Left(Base):
    def run(self):
        return super().run() * 2


class Right(Base):
    kind = 'right'


class Prop(Base):
    @property
    def n(self):
        return self._n * 10

    @n.setter
    def n(self, v):
        self._n = v


class Hook(Base):
    def __getattr__(self, name):
        return 'hook:' + name

    def __setattr__(self, name, v):
        object.__setattr__(self, name, v if name != 'done' else v + 100)


class Slotted:
    __slots__ = ('n', 'done')

    def __init__(self, n):
        self.n = n
        self.done = 0

    def run(self):
        self.done += 1
        return -self.n


objs = [Base(1), Left(2), Right(3), Prop(4), Hook(5), Slotted(6)]


def step(o):
    return o.run()


def load(o, name):
    return getattr(o, name, 'missing')


total = 0
for i in range(300):
    for o in objs:
        total += step(o)
        o.done += 1
print(total, [o.done for o in objs])
print([load(o, 'kind') for o in objs])
print([load(o, 'extra') for o in objs])

# Shadowing a method through the instance dict, after the call site ran many times.
a, b, c = Base(1), Left(1), Right(1)
for i in range(200):
    for o in (a, b, c):
        step(o)
a.__dict__['run'] = lambda: 'dict'
vars(b)['run'] = lambda: 'vars'
c.run = lambda: 'setattr'
print([step(o) for o in (a, b, c)])


# A class attribute added after instances stored the same name.
class Late:
    def __init__(self):
        self.m = lambda: 'instance'


class Late2(Late):
    pass


xs = [Late(), Late2()]
for i in range(200):
    for x in xs:
        x.m()
Late.m = lambda self: 'class'
print([x.m() for x in xs], [Late.m(x) for x in xs])


# __bases__ assignment brings a method that an instance dict already shadows.
class Plain:
    pass


class WithM:
    def m(self):
        return 'method'


class Other:
    def m(self):
        return 'other'


class Child(Plain):
    pass


k = Child()
k.m = lambda: 'inst'
k2 = Child()


def callm(o):
    return o.m()


print(callm(k))
Child.__bases__ = (WithM,)
r = [callm(o) for i in range(100) for o in (k, k2)]
print(r[-2:], sorted(set(r)))
Child.__bases__ = (Other,)
print(callm(k), callm(k2))
del k.m
print(callm(k), callm(k2))


# __class__ assignment to a class whose method the instance dict shadows.
class P1:
    pass


class P2:
    def m(self):
        return 'p2'


p = P1()
p.m = lambda: 'inst'
q = P2()
for i in range(100):
    callm(q)
p.__class__ = P2
print(callm(p), callm(q))

# Errors on the generic paths keep CPython's messages.
for o in (Base(1), Slotted(1)):
    try:
        o.nope
    except AttributeError as e:
        print(type(e).__name__, e)
s = Slotted(1)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
del s.n
try:
    s.n
except AttributeError as e:
    print(type(e).__name__, e)


class RO:
    @property
    def x(self):
        return 1


try:
    RO().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
