# warn_explicit, categories, and messages that are Warning instances.
import warnings

seen = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((c.__name__, str(m), f, l, line))

reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 11, registry=reg)
print(seen)
print(sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg if k != "version"))
warnings.warn_explicit("no registry", UserWarning, "f.py", 1)
warnings.warn_explicit("no registry", UserWarning, "f.py", 1)
warnings.warn_explicit("module none", UserWarning, "f.py", 1, module=None)
warnings.warn_explicit(RuntimeWarning("as instance"), UserWarning, "f.py", 2)
print(seen[3:])

for bad in [lambda: warnings.warn_explicit("x", UserWarning, 5, 1),
            lambda: warnings.warn_explicit("x", UserWarning, "f", "1"),
            lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=5),
            lambda: warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=5),
            lambda: warnings.warn("x", int),
            lambda: warnings.warn("x", "str"),
            lambda: warnings.warn("x", ValueError)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

warnings.warn("None category", None)
print(seen[-1][:2])


class Custom(Warning):
    def __init__(self, a, b):
        super().__init__(a, b)


warnings.warn(Custom("x", 1))
print(seen[-1][:2])
warnings.simplefilter("error")
try:
    warnings.warn("as error", Custom) if False else warnings.warn(Custom("e", 2))
except Custom as e:
    print("raised", e.args)

msg = warnings.WarningMessage("text", UserWarning, "file.py", 3)
print(msg, msg.line, msg.source)
print(warnings.formatwarning("formatted", UserWarning, "file.py", 3, line="  source line  "))
print(repr(warnings.formatwarning("no line", DeprecationWarning, "<string>", 1)))

# The oracle runs programs one after another in one interpreter: leave warnings as found.
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.filters[:] = [("default", None, DeprecationWarning, "__main__", 0), ("ignore", None, DeprecationWarning, None, 0), ("ignore", None, PendingDeprecationWarning, None, 0), ("ignore", None, ImportWarning, None, 0), ("ignore", None, ResourceWarning, None, 0)]
