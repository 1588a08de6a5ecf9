# printf-style formatting of str: every conversion, flag, width/precision and error.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

values = [0, 1, -1, 42, -42, 255, 3.5, -2.25, 1e20, 1.5e-7, float('inf'), float('-inf'), float('nan'), True, 2**70, -2**70, -0.0]
convs = 'd i u o x X e E f F g G'.split()
flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0', '+#', '-#0', '+ ']
for c in convs:
    for v in values:
        out = []
        for fl in flagsets:
            for w in ('', '8', '1'):
                for p in ('', '.0', '.3'):
                    spec = '%' + fl + w + p + c
                    try:
                        out.append(spec % v)
                    except Exception as e:
                        out.append(type(e).__name__)
        print(c, repr(v), out)
for v in ['abc', '', 'é\U0001f600', 42, None, [1, 'x'], b'x', 3.5]:
    print([fmt % v for fmt in ('%s', '%r', '%a', '%5s', '%-5s|', '%.2s', '%5.1s', '%-6.2r|', '%+s', '% s', '%05s', '%#s')])
for v in [65, 'x', '\U0001f600', 0x10ffff, 0, 97.0, 'ab', -1, 0x110000, b'a', True]:
    out = []
    for fmt in ('%c', '%3c', '%-3c|', '%03c'):
        try:
            out.append(fmt % v)
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
show("'%s %s' % ('a', 'b')")
show("'%s %s' % ('a',)")
show("'%s' % ('a', 'b')")
show("'%s' % ()")
show("'x' % ()")
show("'x' % 5")
show("'x' % 'y'")
show("'x' % []")
show("'x' % {}")
show("'%s' % {'a': 1}")
show("'%(a)s %(b)r' % {'a': 1, 'b': 'x'}")
show("'%(a)s %s' % {'a': 1}")
show("'%(a)s' % 5")
show("'%(a)s' % ({'a': 1},)")
show("'%(a' % {'a': 1}")
show("'%(a(b))s' % {'a(b)': 3}")
show("'%(a)*d' % {'a': 1}")
show("'%*d' % (5, 3)")
show("'%-*d|' % (5, 3)")
show("'%*d|' % (-5, 3)")
show("'%.*f' % (2, 3.14159)")
show("'%.*f' % (-2, 3.14159)")
show("'%*.*f|' % (8, 2, 3.14159)")
show("'%*d' % ('5', 3)")
show("'%.*f' % (2.0, 3.0)")
show("'%*d' % (5,)")
show("'%' % ()")
show("'abc%' % ()")
show("'%5' % (1,)")
show("'%.' % (1,)")
show("'%(x)' % {'x': 1}")
show("'%z' % 1")
show("'%\\u1234' % 1")
show("'a%yb' % 1")
show("'%b' % 1")
show("'%%' % ()")
show("'%%%s' % 1")
show("'%5%' % ()")
show("'%5%' % (1,)")
show("'%ld %hd %Lf' % (1, 2, 3.0)")
show("'%d' % '1'")
show("'%d' % None")
show("'%x' % 3.0")
show("'%o' % 3.5")
show("'%d' % 3.99")
show("'%i' % -3.99")
show("'%f' % 'x'")
show("'%f' % 1")
show("'%e' % 10**400")
show("'%d' % 10**30")
show("'%x' % -255")
show("'%#X' % 255")
show("'%#o' % -8")
show("'%#08x' % 255")
show("'%-#8x|' % 255")
show("'%+#8o|' % 8")
show("'%+.3d' % 5")
show("'%08.3d' % -5")
show("'% 010.3f' % 3.14159")
show("'%#.0f' % 3")
show("'%#g' % 1.0")
show("'%g' % 1e-5")
show("'%.10g' % (1/3)")
show("'%G' % 1e100")
show("'%s' % (1,)")
show("'%r' % ((1, 2),)")
show("'%s and %s' % [1, 2]")
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
show("'%(x)s %(y)s' % D(x=1)")
class MyInt(int):
    def __str__(self):
        return 'mystr'
    def __repr__(self):
        return 'myrepr'
show("'%s %r %d' % (MyInt(5), MyInt(5), MyInt(5))")
class F:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
class In:
    def __int__(self):
        return 9
show("'%f %e' % (F(), F())")
show("'%d' % F()")
show("'%x %o %d' % (Ix(), Ix(), Ix())")
show("'%d' % In()")
show("'%x' % In()")
show("'%c' % Ix()")
show("'%s' % 'é\U0001f600x'")
show("'\U0001f600%s\U0001f600%d' % ('a', 5)")
show("'\U0001f600%q' % 1")
show("'%s' % MyInt(5)")
print('%(a)s-%(a)r' % {'a': 'q'})
print('%s%%' % 50)
print('%-10s|%10s|' % ('left', 'right'))
