# "Did you mean" suggestions appear in tracebacks, not in str(e); name attributes are set
class Config:
    def __init__(self):
        self.verbose = True
        self.version = 3

c = Config()
try:
    c.verbos
except AttributeError as e:
    print(type(e).__name__, e, "|", e.name, type(e.obj).__name__)
try:
    [].appendd
except AttributeError as e:
    print(e, e.name)
try:
    import math
    math.sqr
except AttributeError as e:
    print(e)
try:
    pritn
except NameError as e:
    print(e, e.name)
import traceback
def suggestion_of(fn):
    try:
        fn()
    except Exception as e:
        return traceback.format_exception_only(e)[-1].rstrip()
print(suggestion_of(lambda: c.verbos))
print(suggestion_of(lambda: [].appendd))
print(suggestion_of(lambda: pritn))
print(suggestion_of(lambda: c.xyzzy))
def local_typo():
    counter = 1
    return countr
print(suggestion_of(local_typo))
class Sl:
    __slots__ = ("alpha",)
print(suggestion_of(lambda: Sl().alpah))
print(suggestion_of(lambda: Sl().alpha))
import collections
print(suggestion_of(lambda: collections.namedtupl))
print(suggestion_of(lambda: __import__("no_such_module_xyz")))
c.versoin
