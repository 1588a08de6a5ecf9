# Calls between hot functions: a callee that raises and handles its own exception and then returns,
# exceptions crossing many frames, deep recursion, __init__ results, frames seen from inside.
import sys


EMPTY = {}


def handles(x):
    # The exception is raised by an operation (not a raise statement), and handled here.
    try:
        if x % 3 == 0:
            return EMPTY[x]
        return int(str(x) + ('' if x % 5 else 'z'))
    except KeyError as e:
        return -e.args[0]
    except ValueError:
        return 1


def caller(n):
    t = 0
    for i in range(n):
        t += handles(i) * 2 + handles(i + 1)
    return t


print(caller(300))


def leaf(x):
    if x == 7:
        return EMPTY[x]
    return x


def mid(x):
    return leaf(x) + 1


def top(n):
    got = []
    for i in range(n):
        try:
            got.append(mid(i))
        except KeyError as e:
            got.append(('caught', e.args[0]))
    return got


print(top(10))


def depth(n):
    if n == 0:
        raise RuntimeError('bottom')
    return depth(n - 1) + 1


for n in (5, 39, 40, 41, 100, 250):
    try:
        depth(n)
    except RuntimeError as e:
        tb = e.__traceback__
        k = 0
        while tb is not None:
            k += 1
            tb = tb.tb_next
        print(n, 'frames in traceback', k)


def count(n):
    return 0 if n == 0 else count(n - 1) + 1


print(count(600))


def recurse_forever(n):
    return recurse_forever(n + 1) + 1


try:
    recurse_forever(0)
except RecursionError as e:
    print('RecursionError', e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Bad:
    def __init__(self, x):
        self.x = x
        return x


def make(n):
    return sum(Point(i, i + 1).y for i in range(n)) + Point(1, 2).x


print(make(100))
for i in range(3):
    try:
        Bad(i)
    except TypeError as e:
        print(e)


def who():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def via(n):
    return who() if n == 0 else via(n - 1)


print(via(3))


def returns_in_finally(x):
    try:
        return leaf(x)
    finally:
        x += 1


def uses(n):
    t = 0
    for i in range(n):
        try:
            t += returns_in_finally(i)
        except KeyError:
            t += 1000
    return t


print(uses(20))


def raises_after_handling(x):
    try:
        leaf(7)
    except KeyError:
        pass
    return leaf(x)


def outer(n):
    out = []
    for i in range(n):
        try:
            out.append(raises_after_handling(i))
        except KeyError as e:
            out.append(repr(e))
    return out


print(outer(9))


def tb_lines():
    try:
        mid(7)
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return lines


print(tb_lines())
mid(7)
