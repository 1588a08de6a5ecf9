# an exception group whose members have causes and notes
def load(name):
    try:
        return int(name)
    except ValueError as e:
        err = LookupError(f"no such item {name!r}")
        err.add_note(f"while loading {name}")
        raise err from e

errors = []
for n in ["1", "x", "y"]:
    try:
        load(n)
    except LookupError as e:
        errors.append(e)
raise ExceptionGroup("load failures", errors)
