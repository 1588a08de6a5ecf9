# os.environ changes reach the process environment (putenv/unsetenv), where sys.breakpointhook reads
# $PYTHONBREAKPOINT at each call.
import os
import sys
import warnings

os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint('via', 'environ', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('42'))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'no_such_module_for_breakpoint.hook'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])
os.putenv('PYTHONBREAKPOINT', 'builtins.repr')
print(breakpoint('putenv'))
del os.environ['PYTHONBREAKPOINT']
print('PYTHONBREAKPOINT' in os.environ)
sys.breakpointhook = lambda *a, **k: ('custom', a, k)
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
for value in ['.', '.foo', '..foo.bar', 'foo.', '/./', 'int.', '.int', 'nosuchbuiltin']:
    os.environ['PYTHONBREAKPOINT'] = value
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = breakpoint()
    print(repr(value), result, [str(w.message) for w in caught])
del os.environ['PYTHONBREAKPOINT']
