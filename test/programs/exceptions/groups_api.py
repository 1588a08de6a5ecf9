# BaseExceptionGroup/ExceptionGroup: construction rules, attributes, derive, split, subgroup.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 1))
attempt("msg int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("excs int", lambda: ExceptionGroup("m", 1))
attempt("excs empty", lambda: ExceptionGroup("m", []))
attempt("excs not exc", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("excs class", lambda: ExceptionGroup("m", [ValueError]))
attempt("nest base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("kw", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("dict excs", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("set excs", lambda: ExceptionGroup("m", {ValueError()}))
attempt("str msg subclass", lambda: ExceptionGroup(type("S", (str,), {})("sub"), [ValueError()]).message)

print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("m", [ExceptionGroup("i", [ValueError()])])).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

g = ExceptionGroup("msg", (ValueError(1), TypeError(2)))
print(g.message, g.exceptions, g.args, str(g), repr(g))
attempt("set message", lambda: setattr(g, "message", "x"))
attempt("set exceptions", lambda: setattr(g, "exceptions", ()))
lst = [ValueError(1)]
g2 = ExceptionGroup("list", lst)
lst.append(TypeError())
print(repr(g2), g2.args[1] is lst, g2.exceptions)
print(str(ExceptionGroup("one", [ValueError()])))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __repr__(self):
        return f"Seq({self.items!r})"


g3 = ExceptionGroup("custom seq", Seq([ValueError(3)]))
print(repr(g3), g3.exceptions)


def leaf_names(e):
    if isinstance(e, BaseExceptionGroup):
        return [type(e).__name__ + ":" + e.message, [leaf_names(x) for x in e.exceptions]]
    return type(e).__name__ + (str(e.args[0]) if e.args else "")


tree = ExceptionGroup("root", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4), ExceptionGroup("deep", [ValueError(5)])]),
    KeyError(6),
])
tree.add_note("root note")
try:
    raise tree
except ExceptionGroup:
    pass
tree.__cause__ = RuntimeError("cause")
tree.__context__ = LookupError("ctx")

for matcher in [ValueError, (KeyError, TypeError), LookupError, OSError, lambda e: isinstance(e, ValueError) and e.args[0] > 2,
                ExceptionGroup, lambda e: isinstance(e, ExceptionGroup) and e.message == "deep"]:
    match, rest = tree.split(matcher)
    print("split", getattr(matcher, "__name__", matcher) if not isinstance(matcher, tuple) else matcher,
          leaf_names(match) if match else None, "|", leaf_names(rest) if rest else None)
    sub = tree.subgroup(matcher)
    print("  subgroup", leaf_names(sub) if sub else None)
    for part in (match, rest):
        if part is not None and part is not tree:
            print("  meta", part.__traceback__ is tree.__traceback__, repr(part.__cause__), repr(part.__context__),
                  part.__notes__, part.__notes__ is tree.__notes__, part.__suppress_context__)

attempt("split int", lambda: tree.split(1))
attempt("split class not exc", lambda: tree.split(int))
attempt("split tuple bad", lambda: tree.split((ValueError, 1)))
attempt("subgroup str", lambda: tree.subgroup("x"))
print(tree.split(BaseException)[0] is tree, tree.subgroup(BaseException) is tree)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)


class PlainDerive(ExceptionGroup):
    pass


pd = PlainDerive("plain", [ValueError(1), TypeError(2)])
m, r = pd.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(pd.derive([KeyError()])))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


attempt("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))


class InitGroup(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)


ig = InitGroup("with extra", [ValueError()], 42)
print(ig.extra, ig.args, repr(ig))


class BaseSub(BaseExceptionGroup):
    pass


print(type(BaseSub("b", [ValueError()])).__name__, type(BaseSub("b", [KeyboardInterrupt()])).__name__)


class ExcSub(Exception, BaseExceptionGroup):
    pass


attempt("Exception subclass nesting base", lambda: ExcSub("x", [KeyboardInterrupt()]))
print(repr(ExcSub("x", [ValueError()])))
notes_tree = ExceptionGroup("n", [ValueError(1), TypeError(2)])
notes_tree.__notes__ = "not a list"
print(notes_tree.split(ValueError)[0].__dict__)
notes_tree.__notes__ = ("a", "tuple")
print(notes_tree.split(ValueError)[0].__notes__)
