# f(*args, **kwargs) run many times (so that the second tier compiles the caller): Python functions,
# generator functions, methods, classes, builtins, and the errors of bad star arguments.
import functools


def add(a, b, c=0, *rest, **kw):
    return a + b + c + sum(rest) + sum(kw.values())


def gen(*xs):
    for x in xs:
        yield x * 2


class Box:
    def __init__(self, *items, **opts):
        self.items = items
        self.opts = opts

    def total(self, *extra):
        return sum(self.items) + sum(extra)


def run(n):
    acc = 0
    args = (1, 2)
    kw = {'c': 3}
    more = [4, 5]
    for i in range(n):
        acc += add(*args)
        acc += add(*args, **kw)
        acc += add(i, *more, **{'z': 1})
        acc += sum(gen(*more))
        b = Box(*more, name='b')
        acc += b.total(*args)
        acc += max(*more, i)
        acc += len(dict(**kw))
        p = functools.partial(add, 1)
        acc += p(*args)
    return acc


print(run(3000))


def errors(n):
    msgs = []
    for i in range(n):
        for call in (
            lambda: add(*5),
            lambda: add(**[1]),
            lambda: add(1, *(2,), **{'a': 3}),
            lambda: add(1, 2, **{'c': 3}, **{'c': 4}),
            lambda: Box(*None),
            lambda: max(*[]),
            lambda: add(**{1: 2}),
        ):
            try:
                call()
            except TypeError as e:
                if i == n - 1:
                    msgs.append(str(e))
            except ValueError as e:
                if i == n - 1:
                    msgs.append('ValueError: ' + str(e))
    return msgs


for m in errors(400):
    print(m)
