# sys functions: exc_info/exception, _getframe, recursion limit, intern, int max str digits, hooks, audit
import sys

def f():
    try:
        raise ValueError('inner')
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb.tb_frame.f_code.co_name, sys.exception() is v)
    print(sys.exc_info(), sys.exception())
f()

def depth():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(depth())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys._getframemodulename(), sys._getframe().f_globals is globals())

old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
print(sys.getrecursionlimit())
for bad in (0, -5, 'x', 2**100):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)

s = 'interned' + str(len('abc'))
print(sys.intern(s) == s, sys.intern(s) is sys.intern(s))
try:
    sys.intern(b'x')
except TypeError as e:
    print('TypeError', e)

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1500)
except ValueError as e:
    print('ValueError', e)
for bad in (1, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)

sys.displayhook(None)
sys.displayhook(42)
import builtins
print(builtins._)
sys.displayhook('text')
print(repr(builtins._))

events = []
def hook(event, args):
    if event.startswith('pyts_test') or event == 'builtins.id':
        events.append((event, args))
sys.addaudithook(hook)
sys.audit('pyts_test.event', 1, 'two')
id(None)
print(events[0], events[1][0], len(events))
try:
    sys.audit(5)
except TypeError as e:
    print('TypeError', e)

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
print(sys.is_finalizing(), type(sys.getrefcount(object())).__name__)
print(sorted(sys.get_asyncgen_hooks()._fields) if hasattr(sys.get_asyncgen_hooks(), '_fields') else len(sys.get_asyncgen_hooks()))
print(sys.get_coroutine_origin_tracking_depth())
