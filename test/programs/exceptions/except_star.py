# except* handling of exception groups
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("  ValueError group:", repr(e))
    except* TypeError as e:
        print("  TypeError group:", repr(e))

run([ValueError(1), TypeError(2), ValueError(3)])
try:
    run([KeyError("unhandled"), ValueError(0)])
except ExceptionGroup as e:
    print("escaped:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e), type(e).__name__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
except Exception as e:
    print(repr(e), repr(e.__context__) if not isinstance(e, ExceptionGroup) else repr(e.exceptions))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise keeps:", repr(e))

def handled_all():
    try:
        raise ExceptionGroup("eg", [OSError(9999, "x"), FileNotFoundError(2, "y")])
    except* FileNotFoundError as e:
        print("  FNF:", [type(x).__name__ for x in e.exceptions])
    except* OSError as e:
        print("  OSError:", [type(x).__name__ for x in e.exceptions])
    else:
        print("  else not run")
    finally:
        print("  finally")
handled_all()

try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* (ValueError, TypeError) as e:
        print("tuple match", repr(e))
except Exception as x:
    print("unexpected", x)

for bad in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    print(e.exceptions[0].__traceback__ is not None)
