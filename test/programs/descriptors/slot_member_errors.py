# Unset __slots__ members: reading raises AttributeError naming the type as %T does (module-qualified
# qualname, no module for __main__/builtins) with .name and .obj set; deleting raises AttributeError(name).
class X:
    __slots__ = ('a',)

def make():
    class Y:
        __slots__ = ('a', 'b')
    return Y

Y = make()
for cls in (X, Y):
    o = cls()
    try:
        o.a
    except AttributeError as e:
        print(repr(e), e.name, e.obj is o)
    try:
        del o.a
    except AttributeError as e:
        print(repr(e), e.name, e.obj)
    o.a = 1
    del o.a
    try:
        o.a
    except AttributeError as e:
        print(e)
try:
    X().b
except AttributeError as e:
    print(e)
