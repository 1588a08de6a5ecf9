# exception objects: args, str/repr, attributes of specific exception types
e = Exception()
print(repr(e), str(e), e.args)
e = Exception("one")
print(repr(e), str(e), e.args)
e = Exception("a", 1, None)
print(repr(e), str(e), e.args)
e.args = ("changed",)
print(str(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)

k = KeyError("key")
print(repr(k), str(k), str(KeyError()), str(KeyError("a", "b")))
print(str(KeyError("")), repr(KeyError(1)))

import errno
o = OSError(2, "No such file")
print(o.errno, o.strerror, o.filename, str(o))
o = OSError(2, "No such file", "foo.txt")
print(str(o), o.args)
o = OSError(13, "Denied", "a", None, "b")
print(str(o))
o = OSError("just message")
print(o.errno, str(o))
for code in ["ENOENT", "EEXIST", "EAGAIN", "EACCES", "EPERM", "ECHILD", "EISDIR", "ENOTDIR", "EINTR", "ESRCH", "ETIMEDOUT", "ECONNREFUSED", "EPIPE", "EINVAL"]:
    print(code, type(OSError(getattr(errno, code), "x")).__name__)

s = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError("m")), SyntaxError().msg)

u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
ue = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")
print(str(ue))

si = StopIteration(5)
print(si.value, StopIteration().value, StopIteration(1, 2).value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ne = NameError("n", name="x")
print(ne.name, str(ne))
ae = AttributeError("a", name="attr", obj=5)
print(ae.name, ae.obj)
try:
    ImportError(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Exception(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(BaseException.__new__(ValueError).args)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
m = MyErr(404, "not found")
print(repr(m), str(m), m.code, m.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, repr(n), str(n))
class StrOverride(Exception):
    def __str__(self):
        return "custom str"
print(str(StrOverride("x")), repr(StrOverride("x")))
print(repr(ValueError("quote's")), repr(ValueError('dq"')))
