# An uncaught exception group with chained members.
def f():
    raise ValueError("in f")


def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("in g") from e


errors = []
for func in (f, g):
    try:
        func()
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("collected", errors)
