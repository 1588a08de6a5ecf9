# callable() on many kinds of objects
class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
class CallOnInstance:
    pass
ci = CallOnInstance()
ci.__call__ = lambda: "instance attr"
import functools
vals = [len, print, lambda: 1, WithCall, WithCall(), NoCall, NoCall(), ci, 1, "s", None, [].append, int.__add__, (1).__add__,
        functools.partial(len), type, object, staticmethod(len), classmethod(len), property(), iter([]), (x for x in [])]
for v in vals:
    print(type(v).__name__, callable(v))
print(WithCall()())
try:
    ci()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
