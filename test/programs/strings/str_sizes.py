# oracle: python3
# Sizes beyond what can be allocated, as a 64-bit CPython reports them.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r)[:50])
for expr in ["'ab' * 2**62", "'a' * 2**40", "b'ab' * 2**62", "b'a' * 2**40", "bytearray(b'ab') * 2**62",
             "'abc'.center(2**62)", "'abc'.ljust(2**40)", "'x'.zfill(2**62)", "b'x'.center(2**62)", "'%*d' % (2**62, 1)",
             "'a'.expandtabs(2**62)", "'\\t'.expandtabs(2**40)", "bytes(2**62)", "bytearray(2**62)", "'ab'.replace('', 'x' * 2**20, 2**20)[:0]",
             "len('ab' * 2**20)", "'{:{}}'.format('a', 2**62)", "'%.*f' % (2**40, 1.0)", "'%.*s' % (2**31, 'ab')"]:
    show(expr)
