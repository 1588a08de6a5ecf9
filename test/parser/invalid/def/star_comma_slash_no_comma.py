def f(a /):
    pass
