# An AttributeError raised bare by __getattr__, __getattribute__ or a property gets the name and
# object of the lookup it came out of (so the traceback can suggest a name); one that already has
# them keeps them; an UnboundLocalError has no name (and so no suggestion).
import traceback


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()


class B:
    def __getattribute__(self, attr):
        raise AttributeError('custom')


class C:
    @property
    def prop(self):
        raise AttributeError

    def __getattr__(self, attr):
        raise AttributeError(attr, name='given', obj=42)


for obj, attr in ((A(), 'bluch'), (B(), 'q'), (C(), 'prop'), (C(), 'other')):
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(attr, e.name, type(e.obj).__name__, repr(str(e)))
        print(traceback.format_exception_only(e))


class D:
    def __init__(self):
        self.blech = None

    def foo(self):
        x = blech
        blech = 1


try:
    D().foo()
except UnboundLocalError as e:
    print(repr(e.name), traceback.format_exception_only(e))


def outer():
    def inner():
        return z
    inner()
    z = 1


try:
    outer()
except NameError as e:
    print(type(e).__name__, repr(e.name))

A().bluch
