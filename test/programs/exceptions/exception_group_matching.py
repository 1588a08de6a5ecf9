# except* matching rules: nested groups, subclasses, multiple handlers matching parts, else/finally, naked exceptions
def run(exc):
    hits = []
    try:
        raise exc
    except* KeyError as g:
        hits.append(("KeyError", [repr(e) for e in g.exceptions]))
    except* LookupError as g:
        hits.append(("LookupError", [repr(e) for e in g.exceptions]))
    except* (TypeError, ValueError) as g:
        hits.append(("Type/Value", [repr(e) for e in g.exceptions]))
    return hits
print(run(ExceptionGroup("g", [KeyError(1), IndexError(2), ValueError(3)])))
print(run(ExceptionGroup("g", [ExceptionGroup("inner", [KeyError("nested")]), TypeError("t")])))
print(run(KeyError("naked")))
print(run(ValueError("naked value")))
try:
    run(ExceptionGroup("g", [OSError("unhandled"), KeyError(0)]))
except ExceptionGroup as e:
    print("leftover:", repr(e))
def with_else():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs when nothing raised")
    finally:
        print("finally")
with_else()
def reraise_subset():
    try:
        try:
            raise ExceptionGroup("all", [ValueError(1), ValueError(2), TypeError(3)])
        except* ValueError as g:
            print("handling", len(g.exceptions), "ValueErrors, re-raising")
            raise
    except ExceptionGroup as e:
        return repr(e)
print(reraise_subset())
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        pass
    print("fully handled, execution continues")
except Exception:
    print("unexpected")
def raise_naked_in_group():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as g:
        raise g.exceptions[0]
try:
    raise_naked_in_group()
except Exception as e:
    print("raised from handler:", type(e).__name__, repr(e), "context:", repr(e.__context__))
