# dict(seq)/dict.update(seq): each element goes through PySequence_Fast: a non-iterable element is
# 'object is not iterable', an error raised while iterating an element passes through unchanged, and a
# TypeError of either kind gets a note naming the element.  A list or tuple subclass element is
# iterated with its own __iter__.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))


def badgen():
    yield 'key'
    raise TypeError('oops')


def badgen_value():
    yield 'key'
    raise ValueError('no value')


show(lambda: dict([badgen()]))
show(lambda: {}.update([('a', 1), badgen()]))
show(lambda: dict([badgen_value()]))
show(lambda: dict([1]))
show(lambda: {}.update([object() for _ in range(3)]))
show(lambda: dict(['abc']))
show(lambda: dict([('a', 1), 'xy', ['k', 'v']]))


class Pair(tuple):
    def __iter__(self):
        yield 'swapped'
        yield 'pair'


class PairList(list):
    def __iter__(self):
        return iter(['from', 'iter'])


show(lambda: dict([Pair((1, 2)), PairList([3, 4])]))


class ListWithNew(list):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


u = ListWithNew([1, 2], newarg=3)
print(u, u.newarg)


class ListSub(list):
    pass


show(lambda: ListSub([1], x=0))
show(lambda: list(x=0))
