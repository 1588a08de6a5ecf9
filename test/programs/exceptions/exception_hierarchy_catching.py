# catching by base classes: OSError subclasses, ArithmeticError, LookupError, UnicodeError, Warning as exceptions
import errno
cases = [
    lambda: 1 // 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"),
    lambda: open("/nonexistent/file"), lambda: float("1e400") if False else 10.0 ** 400, lambda: (_ for _ in ()).throw(UserWarning("w")),
    lambda: __import__("nonexistent_module_q"), lambda: exec("x ="), lambda: eval("undefined_q"), lambda: None.attr, lambda: iter(1),
]
for c in cases:
    try:
        c()
    except Exception as e:
        bases = [k.__name__ for k in type(e).__mro__[1:-2]]
        print(type(e).__name__, "->", bases)
for base in (ArithmeticError, LookupError, UnicodeError, OSError, ValueError):
    try:
        raise {ArithmeticError: OverflowError, LookupError: IndexError, UnicodeError: UnicodeDecodeError("x", b"", 0, 0, "r"),
               OSError: FileExistsError, ValueError: UnicodeEncodeError("a", "", 0, 0, "r")}[base]
    except base as e:
        print("caught", type(e).__name__, "as", base.__name__)
try:
    raise OSError(errno.ENOENT, "missing", "path.txt")
except FileNotFoundError as e:
    print("OSError(ENOENT) is FileNotFoundError:", e.filename, e.errno == errno.ENOENT)
