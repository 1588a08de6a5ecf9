# SyntaxErrors raised while running: compile(), exec(), eval() and hand-made ones, in reports.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


show(lambda: compile("x = (1,", "<snippet>", "exec"))
show(lambda: exec("def f(:\n    pass"))
show(lambda: eval("1 +"))
show(lambda: compile("if True:\n  x = 1\n    y = 2\n", "indent.py", "exec"))
show(lambda: compile("if True:\n\tx = 1\n        y = 2\n", "tabs.py", "exec"))
show(lambda: exec("for x in range(3)\n    pass"))
show(lambda: exec("x = 1 +* 2"))
show(lambda: compile("return 1", "ret.py", "exec"))
show(lambda: compile("f(**a, *b)", "<s>", "eval"))


def manual():
    raise SyntaxError("hand made", ("file.py", 3, 5, "    some text here\n", 3, 9))


def manual_no_details():
    raise SyntaxError("no details")


def manual_partial():
    raise SyntaxError("partial", (None, 2, None, None))


def manual_no_lineno():
    raise SyntaxError("no lineno", ("f.py", None, 1, "abc"))


def manual_offset_past_end():
    raise SyntaxError("past end", ("f.py", 1, 40, "short\n", 1, 50))


def manual_subclass():
    class MySyntaxError(SyntaxError):
        pass
    raise MySyntaxError("subclass", ("f.py", 1, 2, "xyz\n"))


def indentation_error():
    raise IndentationError("expected an indented block", ("f.py", 2, 1, "pass\n"))


for f in [manual, manual_no_details, manual_partial, manual_no_lineno, manual_offset_past_end,
          manual_subclass, indentation_error]:
    show(f)

exec("print('ok')\nx = [1, 2\n")
