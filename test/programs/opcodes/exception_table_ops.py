# PUSH_EXC_INFO / POP_EXCEPT / CHECK_EXC_MATCH / RERAISE / CHECK_EG_MATCH in nested handlers
def nested(kind):
    try:
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            return "no exception"
        except ValueError as e:
            return f"inner ValueError {e}"
        finally:
            print("  inner finally", kind)
    except KeyError as e:
        return f"outer KeyError {e}"
for k in ("none", "value", "key"):
    print(nested(k))
def groups(excs):
    try:
        raise ExceptionGroup("g", excs)
    except* TypeError as t:
        print("  types:", [str(e) for e in t.exceptions])
    except* ValueError as v:
        print("  values:", [str(e) for e in v.exceptions])
groups([TypeError("t1"), ValueError("v1"), TypeError("t2")])
def reraise_from_finally():
    try:
        try:
            raise OSError("inner")
        finally:
            pass
    except OSError as e:
        return repr(e)
print(reraise_from_finally())
def exception_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        try:
            raise RuntimeError("else")
        except RuntimeError as e:
            return f"handled {e}"
print(exception_in_else())
