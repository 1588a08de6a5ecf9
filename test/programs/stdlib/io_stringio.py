# io.StringIO and io.BytesIO: reading, writing, seeking, lines
import io
s = io.StringIO("line one\nline two\nline three")
print(s.readline(), end="")
print(repr(s.read(4)), s.tell(), repr(s.readline()), s.readlines())
s.seek(0)
print([l.rstrip() for l in s], s.getvalue()[:8])
w = io.StringIO()
w.write("hello ")
print("world", file=w)
w.writelines(["a", "b\n"])
print(repr(w.getvalue()), w.tell())
w.seek(0)
w.write("J")
print(repr(w.getvalue()))
w.truncate(5)
print(repr(w.getvalue()))
b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.read(), b.getvalue(), b.tell(), b.seek(-3, 2), b.read())
b.write(b"XYZ")
print(b.getvalue(), b.getbuffer().nbytes)
closed = io.StringIO("x")
closed.close()
try:
    closed.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__, e)
nl = io.StringIO("a\r\nb\rc\n", newline=None)
print(nl.readlines())
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
with io.StringIO("ctx") as cm:
    print(cm.read(), cm.closed)
print(cm.closed, io.StringIO().readable(), io.StringIO().seekable())
