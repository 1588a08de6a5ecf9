# A frame whose instruction has no line number (co_linetable entries without lines): f_lineno and
# tb_lineno are None, the traceback prints 'line None', co_lines() gives None lines.
def f():
    1/0
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(list(f.__code__.co_lines()), list(f.__code__.co_positions()))
try:
    f()
except Exception as ex:
    t = ex.__traceback__.tb_next
    print(t.tb_lineno, t.tb_frame.f_lineno)
import traceback, sys
try:
    f()
except Exception as ex:
    traceback.print_exc(file=sys.stdout)
