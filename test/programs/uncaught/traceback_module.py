# the traceback module: format_exc, print_exc to stdout, format_exception, extract_tb
import sys
import traceback

def inner():
    return {}["missing"]

def outer():
    return inner()

try:
    outer()
except KeyError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(etype, value))
    print("".join(traceback.format_exception(value)), end="")
    stack = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(len(stack), stack[-1].name)

def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    chained()
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
te = traceback.TracebackException.from_exception(ExceptionGroup("g", [ValueError(1)]))
print("".join(te.format()), end="")
print(traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 1, 5, "x = (1 +\n", 1, 8))))
