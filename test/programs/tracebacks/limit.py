# sys.tracebacklimit limits the reported frames (the innermost ones are kept).
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def a(n):
    return b(n)


def b(n):
    return c(n)


def c(n):
    return 1 / n


for limit in [2, 1, 0, -1, 5, 7, 10]:
    sys.tracebacklimit = limit
    print("limit", limit, file=sys.stderr)
    show(lambda: a(0))

try:
    try:
        a(0)
    except ZeroDivisionError:
        raise KeyError("chained")
except KeyError as e:
    sys.tracebacklimit = 1
    sys.__excepthook__(type(e), e, e.__traceback__)

del sys.tracebacklimit
show(lambda: a(0))
