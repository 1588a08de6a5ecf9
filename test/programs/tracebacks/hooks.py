# sys.excepthook replaced, restored, raising; sys.__excepthook__; the report's stream.
import sys


def my_hook(t, v, tb):
    print("my_hook:", t.__name__, v, tb.tb_frame.f_code.co_name, tb.tb_lineno)


original = sys.excepthook
sys.excepthook = my_hook
try:
    1 / 0
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
    sys.__excepthook__(type(e), e, e.__traceback__)

print(sys.__excepthook__ is sys.excepthook, sys.__excepthook__.__name__)
sys.excepthook = original

try:
    sys.__excepthook__(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

try:
    [].pop()
except IndexError as e:
    sys.__excepthook__(type(e), e, None)
    sys.__excepthook__(type(e), e, e.__traceback__.tb_next)


try:
    {}["gone"]
except KeyError as e:
    e.__traceback__ = None
    sys.__excepthook__(type(e), e, None)
