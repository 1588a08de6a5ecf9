# Long runs of the same frame and line are elided; RecursionError reports.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)


def ping(n):
    if n == 0:
        raise KeyError("end")
    return pong(n - 1)


def pong(n):
    return ping(n)


def forever():
    return forever()


show(lambda: countdown(2))
show(lambda: countdown(3))
show(lambda: countdown(4))
show(lambda: countdown(10))
show(lambda: ping(6))
# The depth a RecursionError is raised at depends on the frames below the program (the oracle's
# harness adds one), so only its message is compared.
try:
    forever()
except RecursionError as e:
    print(type(e).__name__, e)


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 1 + self.child.depth()


show(lambda: Node(Node(Node(None))).depth())
print("done")
