# io.StringIO: reads, writes, seeks, newlines, line iteration, errors after close
import io
s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s = io.StringIO('a\nb\r\nc\rd')
print(list(s))
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\nb\r\nc\rd\n', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()))
    w = io.StringIO(newline=nl)
    w.write('x\ny\r\nz\r')
    print(repr(w.getvalue()), w.tell())
s = io.StringIO('héllo wörld €')
print(s.read(4), s.tell(), s.read(), s.tell())
s.seek(0, 2)
print(s.tell())
for bad in ((1, 1), (-1, 0), (0, 3)):
    try:
        s.seek(*bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines, s.encoding, s.errors)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    s.detach()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
s.close()
print(s.closed)
for op in (s.read, s.getvalue, s.tell, lambda: s.write('x'), lambda: s.seek(0), s.readline):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    io.StringIO(5)
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)
with io.StringIO('ctx') as f:
    print(f.read())
print(f.closed)
s = io.StringIO('l1\nl2\nl3\n')
print(s.readlines(4), s.readline(1), s.readline(-1), repr(s.readline()))
s = io.StringIO()
s.writelines(['a', 'b', 'c'])
print(s.getvalue(), s.read(), repr(s.read(0)))
s = io.StringIO('abc')
s.seek(1)
print(s.read(-1), s.read(None) if True else '')
print(type(s).__name__, type(s).__module__, io.StringIO.__mro__[1].__name__)
s = io.StringIO('x\ny')
st = s.__getstate__()
print(st[0], repr(st[1]), st[2], type(st[3]).__name__)
