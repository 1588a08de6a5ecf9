# Where a warning is attributed: stacklevel, skip_file_prefixes, the registry of the module.
import sys
import warnings

seen = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((f.rsplit("/", 1)[-1], l, str(m)))
warnings.simplefilter("always")


def level1():
    warnings.warn("level 1", stacklevel=1)


def level2():
    warnings.warn("level 2", stacklevel=2)


def level3():
    def inner():
        warnings.warn("level 3", stacklevel=3)
    inner()


def too_high():
    warnings.warn("too high", stacklevel=50)


def zero():
    warnings.warn("zero", stacklevel=0)


def negative():
    warnings.warn("negative", stacklevel=-3)


def skipped():
    warnings.warn("skipped", skip_file_prefixes=(__file__,))


def caller():
    skipped()


level1()
level2()
level3()
too_high()
zero()
negative()
# Called from a frame of another file, which the warning is attributed to.
ns = {}
exec(compile("def outer(f):\n    f()\n", "other_file.py", "exec"), ns)
ns["outer"](caller)
print(seen)

warnings.resetwarnings()
seen.clear()
for i in range(3):
    warnings.warn("registry")
print(seen, sorted(k for k in __warningregistry__ if k != "version"), "version" in __warningregistry__)
warnings.simplefilter("ignore")
warnings.warn("registry")
print(len([k for k in __warningregistry__ if k != "version"]))

ns = {"__name__": "fake_module"}
exec("import warnings\nwarnings.warn('from fake module', DeprecationWarning)", ns)
print("__warningregistry__" in ns)
warnings.resetwarnings()
exec("import warnings\nwarnings.warn('deprecation outside main', DeprecationWarning)", {"__name__": "not_main"})
exec("import warnings\nwarnings.warn('pending', PendingDeprecationWarning)", {"__name__": "__main__"})
print(seen)

try:
    warnings.warn("bad", stacklevel="x")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", skip_file_prefixes=["list"])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", skip_file_prefixes=(1,))
except TypeError as e:
    print("TypeError:", e)

# The oracle runs programs one after another in one interpreter: leave warnings as found.
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.filters[:] = [("default", None, DeprecationWarning, "__main__", 0), ("ignore", None, DeprecationWarning, None, 0), ("ignore", None, PendingDeprecationWarning, None, 0), ("ignore", None, ImportWarning, None, 0), ("ignore", None, ResourceWarning, None, 0)]
