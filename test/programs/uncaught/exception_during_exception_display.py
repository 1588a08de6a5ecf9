# an uncaught exception whose __context__ chain is three deep, created inside nested handlers
def a():
    raise KeyError("a")
def b():
    try:
        a()
    except KeyError:
        raise IndexError("b")
def c():
    try:
        b()
    except IndexError:
        raise ValueError("c")
c()
