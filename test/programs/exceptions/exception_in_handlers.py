# exceptions raised from within except/else/finally blocks and their contexts
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")

def in_finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise IndexError("from finally")

for f in (in_except, in_else, in_finally_replaces):
    try:
        f()
    except Exception as e:
        ctx = e.__context__
        print(f.__name__, repr(e), "context:", repr(ctx))

def except_var_scope():
    e = "preset"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return "NameError: " + str(err)
print(except_var_scope())

def swallowed_by_return():
    for i in range(1):
        try:
            raise ValueError
        except ValueError:
            return "returned from except"
print(swallowed_by_return())

def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            try:
                raise ValueError("middle")
            except ValueError as middle:
                return repr(middle.__context__), repr(inner.__context__)
    except Exception:
        return "no"
print(nested_handlers())

def handler_order():
    try:
        raise FileNotFoundError(2, "nofile")
    except OSError as e:
        return "OSError handler first: " + type(e).__name__
    except FileNotFoundError:
        return "unreachable"
print(handler_order())

def exc_group_from_handler():
    try:
        raise ValueError(1)
    except ValueError as v:
        eg = ExceptionGroup("g", [v])
        return eg.exceptions[0] is v
print(exc_group_from_handler())
