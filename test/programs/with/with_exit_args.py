# what __exit__ receives, and exceptions inside __exit__ during unwinding of return/break
import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got:", et, ev, tb is None, "| sys.exception():", repr(sys.exception()))
        return False
with Inspect():
    pass
try:
    with Inspect():
        raise ValueError("v")
except ValueError:
    pass
def in_function():
    with Inspect():
        return 1
print(in_function())
for i in range(2):
    with Inspect():
        break
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is StopIteration:
            print("swallowing StopIteration")
            return True
def gen():
    with Swallow():
        yield 1
        raise StopIteration
    yield "after with"
print(list(gen()))
class Count:
    entered = exited = 0
    def __enter__(self):
        Count.entered += 1
    def __exit__(self, *a):
        Count.exited += 1
for _ in range(5):
    with Count(), Count():
        pass
print(Count.entered, Count.exited)
