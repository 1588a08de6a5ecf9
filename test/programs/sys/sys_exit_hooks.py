# sys.excepthook and sys.exit inside a program: the hook's output, SystemExit codes
import sys

def hook(t, v, tb):
    print('custom hook:', t.__name__, v, tb is not None, file=sys.stderr)
sys.excepthook = hook
print(sys.__excepthook__ is not hook, callable(sys.__displayhook__))
try:
    sys.exit('message')
except SystemExit as e:
    print('code', repr(e.code))
try:
    sys.exit(3, 4)
except TypeError as e:
    print('TypeError', e)
raise KeyError('boom')
