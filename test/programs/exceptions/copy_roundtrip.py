# Exceptions copied through their __reduce__ (the protocol pickle uses).
import copy

for orig in [ValueError("v"), KeyError(1), ImportError("m", name="n", path="p"),
             AttributeError("a", name="nm"), FileNotFoundError(2, "nf", "file.txt"),
             OSError(9999, "x", "a", None, "b"), SyntaxError("bad", ("f.py", 1, 2, "x\n")),
             StopIteration(7), SystemExit("bye"), NameError("q", name="q"),
             UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    c = copy.copy(orig)
    print(type(c).__name__, c.args, str(c) == str(orig), c.__dict__ == orig.__dict__)

i2 = copy.copy(ImportError("m", name="n", path="p", name_from="nf"))
print(i2.name, i2.path, i2.name_from, i2.msg)
a2 = copy.copy(AttributeError("a", name="nm", obj=5))
print(a2.name, a2.obj, a2.args)
o2 = copy.copy(FileNotFoundError(2, "nf", "file.txt"))
print(type(o2).__name__, o2.errno, o2.strerror, o2.filename, o2.filename2)
