# Error messages: unpacking too many values tells the count only for an exact list, tuple or dict
# (other iterables, even with __len__, just say what was expected); super() called directly checks its
# argument count with its own message, super.__init__ with another.
class LengthTooLong:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return i * i


class BadLength:
    def __len__(self):
        raise RuntimeError('no length')

    def __getitem__(self, i):
        if i > 10:
            raise IndexError
        return i


class ListSub(list):
    pass


def unpack3(v):
    try:
        x, y, z = v
        print('ok', x, y, z)
    except ValueError as e:
        print('ValueError:', e)


for v in [LengthTooLong(), BadLength(), [1, 2, 3, 4], (1, 2, 3, 4), {1: 2, 3: 4, 5: 6, 7: 8},
          ListSub([1, 2, 3, 4]), iter([1, 2, 3, 4]), 'abcd', range(4), {1, 2, 3, 4}, [1]]:
    unpack3(v)


def show(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)


sp = super(float, 1.0)
show(lambda: super(int, int, int))
show(lambda: super(int, 1, x=2))
show(lambda: super.__init__(sp, int, 1, 2))
show(lambda: super(1, int))
show(lambda: super.__init__(sp, 1, 2))


class MySuper(super):
    pass


show(lambda: MySuper(int, 1, 2))
