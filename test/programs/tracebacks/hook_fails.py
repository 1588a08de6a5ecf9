# oracle: python3
# A sys.excepthook that raises: both exceptions are reported (the oracle's harness cannot show this).
import sys


def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")


sys.excepthook = bad_hook
raise KeyError("the original")
