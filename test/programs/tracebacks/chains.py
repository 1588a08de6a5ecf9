# Chained exceptions: explicit causes, implicit contexts, suppression, cycles.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def cause():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")


def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden context") from None


def cause_and_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("both") from KeyError("explicit")


def three_levels():
    try:
        try:
            [][1]
        except IndexError as e:
            raise KeyError("second") from e
    except KeyError:
        raise RuntimeError("third")


def in_finally():
    try:
        raise ValueError("body")
    finally:
        raise TypeError("finally")


def cycle():
    a = ValueError("a")
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    raise a


def self_cause():
    e = ValueError("self")
    e.__cause__ = e
    raise e


def cause_without_tb():
    raise ValueError("outer") from KeyError("never raised")


def suppressed_then_cause():
    e = ValueError("x")
    e.__suppress_context__ = True
    try:
        1 / 0
    except ZeroDivisionError:
        raise e


def context_set_manually():
    e = ValueError("manual")
    e.__context__ = KeyError("ctx")
    raise e


def deep_context():
    def level(n):
        if n == 0:
            raise ValueError("bottom")
        try:
            level(n - 1)
        except ValueError:
            raise ValueError(f"level {n}")
    level(3)


for f in [cause, context, from_none, cause_and_context, three_levels, in_finally, cycle,
          self_cause, cause_without_tb, suppressed_then_cause, context_set_manually, deep_context]:
    show(f)

try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("uncaught at the end") from e
