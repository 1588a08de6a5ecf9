# classmethod and staticmethod copy __doc__ (and the names) of what they wrap into their own
# __dict__, which shadows the type's docstring: a repeated attribute load must see the instance's.
def f():
    "f's doc"

def g():
    "g's doc"

def get_doc(o):
    return o.__doc__

cm1 = classmethod(f)
for i in range(3):
    print(get_doc(cm1))
print(get_doc(classmethod(g)))
print(get_doc(staticmethod(g)))
print(sorted(cm1.__dict__))

class K:
    "K's doc"

k = K()
for i in range(3):
    get_doc(k)
k.__doc__ = 'instance doc'
print(get_doc(k))

import functools, contextlib

class W:
    @functools.singledispatchmethod
    @classmethod
    @contextlib.contextmanager
    def cm(cls, arg: int) -> str:
        """My function docstring"""
        yield str(arg)

print(W.cm.__name__, W().cm.__name__)
print(W.cm.__doc__, W().cm.__doc__)
