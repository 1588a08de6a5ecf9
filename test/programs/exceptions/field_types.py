# The exception types with fields: StopIteration, SystemExit, ImportError, NameError,
# AttributeError, SyntaxError, KeyError.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 4
print(s.value, s.args)
del s.value
print(s.value)
print(StopIteration.__new__(StopIteration, 9).value, StopIteration.__new__(StopIteration, 9).args)

print(SystemExit().code, SystemExit(None).code, SystemExit(2).code, SystemExit("x", 1).code)
x = SystemExit(1)
x.code = "changed"
print(x.code, x.args)

print(ImportError().msg, ImportError("a").msg, ImportError("a", "b").msg, ImportError(1).msg)
print(str(ImportError()), str(ImportError("a")), str(ImportError("a", "b")), str(ImportError(1)))
ie = ImportError("m", name="n", path="p", name_from="f")
print(ie.msg, ie.name, ie.path, ie.name_from)
ie.msg = "other"
print(str(ie), ie.args)
del ie.msg
print(str(ie), ie.msg)
attempt("ImportError kw", lambda: ImportError("x", nme="n"))
attempt("ImportError many kw", lambda: ImportError("x", name=1, path=2, name_from=3, other=4))
attempt("ModuleNotFoundError kw", lambda: ModuleNotFoundError("x", bad=1))
print(repr(ModuleNotFoundError("No module named 'x'", name="x")))


class MyStr(str):
    pass


print(str(ImportError(MyStr("subclass msg"))))

print(NameError().name, NameError("a").name, NameError("a", name="b").name)
attempt("NameError kw", lambda: NameError("a", nam="b"))
print(UnboundLocalError("u", name="v").name)
ae = AttributeError("a", name="n", obj=[1])
print(ae.name, ae.obj, ae.args)
attempt("AttributeError kw", lambda: AttributeError("x", z=3))
attempt("AttributeError 3 kw", lambda: AttributeError("x", name=1, obj=2, z=3))
try:
    [].nope
except AttributeError as e:
    print(e.name, e.obj, e.args)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)

se = SyntaxError()
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.print_file_and_line)
se = SyntaxError("m", ("/a/b/file.py", 3, 4, "text\n", 3, 7))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError("m", (None, 5, 1, None))), str(SyntaxError("m", ("f", None, 1, None))))
print(str(SyntaxError("m", ("f", "5", 1, None))), str(SyntaxError("m", (b"f", 5, 1, None))))
print(str(SyntaxError("m", ("f", True, 1, None))), str(SyntaxError(5)))
print(SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").filename)
attempt("details short", lambda: SyntaxError("m", ("f", 1, 2)))
attempt("details long", lambda: SyntaxError("m", ("f", 1, 2, "t", 3, 4, 5, 6)))
attempt("end_lineno only", lambda: SyntaxError("m", ("f", 1, 2, "t", 3)))
attempt("details int", lambda: SyntaxError("m", 5))
print(SyntaxError("m", ["f", 1, 2, "t"]).filename)
print(IndentationError("i", ("f", 1, 1, "x")).lineno, TabError("t").msg)
try:
    compile("x = (", "src.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
try:
    compile("  x = 1", "<string>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), str(e))

print(str(KeyError()), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError(None)), str(KeyError("")))
print(repr(KeyError("a")), str(KeyError(KeyError("x"))))
print(str(LookupError("a")), str(IndexError("a")))
