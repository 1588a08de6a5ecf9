# oracle: python3
# OSError: the errno -> subclass mapping, filename(s), str, characters_written, __init__ deferral.
import errno


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for n in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
          errno.EAGAIN, errno.EALREADY, errno.EINPROGRESS, errno.EPIPE, errno.ESHUTDOWN,
          errno.ECHILD, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EINTR,
          errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL, 9999]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, str(e))

print(type(OSError(2, "x", "f")).__name__, type(FileNotFoundError(13, "x")).__name__)
print(type(OSError(2)).__name__, type(OSError(2, "a", "b", "c", "d", "e")).__name__, type(OSError("2", "x")).__name__)
print(type(OSError(True, "x")).__name__)

for args in [(), ("text",), (1,), (1, "s"), (1, "s", "f"), (1, "s", "f", None), (1, "s", "f", None, "g"),
             (1, "s", None, None, "g"), (1, "s", "f", 5, "g"), (1, 2, 3, 4, 5, 6), (None, None),
             (1, "s", b"bytes"), (1, "s", 3.5)]:
    e = OSError(*args)
    print(args, "|", repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)

e = OSError(2, "No such file or directory", "missing.txt")
print(str(e))
e.filename = None
print(str(e))
e.filename2 = "other"
print(str(e))
del e.errno
print(e.errno, str(e))

b = BlockingIOError(11, "would block", 5)
print(b.characters_written, b.args, str(b))
b.characters_written = 7
print(b.characters_written)
del b.characters_written
attempt("characters_written unset", lambda: b.characters_written)
attempt("del twice", lambda: delattr(b, "characters_written"))
attempt("set str", lambda: setattr(b, "characters_written", "x"))
print(BlockingIOError(11, "x", "file").filename)
attempt("OSError written", lambda: OSError(1, "x").characters_written)
attempt("kw", lambda: OSError(1, x=2))
attempt("kw subclass", lambda: FileNotFoundError(x=2))


class WithInit(OSError):
    def __init__(self, a, b, c, d, e, f, g):
        super().__init__(a, b)
        self.extra = g


w = WithInit(2, "x", 3, 4, 5, 6, 7)
print(type(w).__name__, w.args, w.errno, w.extra)


class WithNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(type(WithNew(2, "x")).__name__, WithNew(2, "x").errno)


class Plain(OSError):
    pass


print(type(Plain(2, "x")).__name__, Plain(2, "x").errno)

try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))

print(EnvironmentError is OSError, IOError is OSError)
