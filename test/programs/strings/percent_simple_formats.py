# '%' formats made only of literal text and plain %s/%r/%a/%d/%i conversions (pyts splits those once
# and caches them): results and errors for every kind of argument list, str and bytes.
class R:
    def __repr__(self):
        return 'R\xe9'
    def __str__(self):
        return 'str-R'

class Idx:
    def __index__(self):
        return 7
    def __repr__(self):
        return 'Idx()'

class M(dict):
    pass

formats = ['', 'x', '%%', '100%%', '%s', '%d', '%i', '%r', '%a', '<%s|%d>', 'a%sb%rc%ad%de%if',
           '%%%s%%', '%s%s', '%d%%%d', 'item%d=%s', '%s %s %s']
args_list = [(), (1,), (1, 2), (1, 2, 3), 5, 'str', R(), (R(),), (R(), 2), 2.5, (2.5,), True, (False, -3),
             10**30, (-10**30, 7), Idx(), (Idx(), Idx()), [1, 2], ([1, 2],), {'a': 1}, M(b=2), (None,), None,
             ('\U0001f600', '\udc80')]
for f in formats:
    for a in args_list:
        try:
            r = f % a
            print(repr(f), '->', ascii(r))
        except Exception as e:
            print(repr(f), type(e).__name__, e)
        if '%a' in f or '%r' in f:
            continue
        try:
            b = f.encode() % (a.encode() if isinstance(a, str) else a)
            print('  b', b)
        except Exception as e:
            print('  b', type(e).__name__, e)
# The same format many times (cached) still sees each call's arguments.
print([('%d-%s' % (i, i * i)) for i in range(5)])
print([(b'%d-%s' % (i, b'x' * i)) for i in range(4)])
