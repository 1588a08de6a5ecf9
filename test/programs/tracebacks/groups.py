# Exception groups in reports: boxes, nesting, notes, chains inside groups, width and depth limits.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def raiser(exc):
    raise exc


def caught(exc):
    try:
        raiser(exc)
    except BaseException as e:
        return e


def simple():
    raise ExceptionGroup("two errors", [ValueError(1), TypeError("t")])


def with_tracebacks():
    excs = [caught(ValueError("v")), caught(KeyError("k"))]
    raise ExceptionGroup("with tracebacks", excs)


def nested():
    inner = ExceptionGroup("inner", [caught(ValueError("deep")), IndexError("i")])
    raise ExceptionGroup("outer", [inner, TypeError("t")])


def base_group():
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])


def exactly_fifteen():
    raise ExceptionGroup("fifteen", [ValueError(i) for i in range(15)])


def sixteen():
    raise ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])


def deep():
    e = ValueError("leaf")
    for i in range(12):
        e = ExceptionGroup(f"level {i}", [e])
    raise e


def notes():
    e1 = ValueError("with note")
    e1.add_note("note on member")
    g = ExceptionGroup("noted group", [e1])
    g.add_note("note on group\nsecond line")
    raise g


def chain_in_member():
    try:
        1 / 0
    except ZeroDivisionError:
        member = caught(TypeError("member with context"))
    try:
        {}["x"]
    except KeyError as k:
        member2 = ValueError("member with cause")
        member2.__cause__ = k
    raise ExceptionGroup("chains", [member, member2])


def group_with_context():
    try:
        raise ValueError("first")
    except ValueError:
        raise ExceptionGroup("second", [TypeError("t")])


def group_as_cause():
    try:
        raise ExceptionGroup("cause group", [ValueError("v")])
    except ExceptionGroup as g:
        raise RuntimeError("after group") from g


def multiline_message():
    raise ExceptionGroup("line one\nline two", [ValueError("a\nb")])


def same_member_twice():
    v = caught(ValueError("shared"))
    raise ExceptionGroup("twice", [v, v])


def except_star_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def except_star_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def except_star_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


for f in [simple, with_tracebacks, nested, base_group, wide, exactly_fifteen, sixteen, deep, notes,
          chain_in_member, group_with_context, group_as_cause, multiline_message, same_member_twice,
          except_star_reraise, except_star_new, except_star_naked]:
    show(f)

raise ExceptionGroup("uncaught", [ValueError("last"), ExceptionGroup("sub", [KeyError("k")])])
