# The filter actions and the registries, observed through a replaced showwarning.
import sys
import warnings

shown = []


def record(message, category, filename, lineno, file=None, line=None):
    shown.append((category.__name__, str(message), lineno))


warnings.showwarning = record


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


def run(action, category=Warning):
    warnings.resetwarnings()
    warnings.simplefilter(action, category)
    del shown[:]
    for i in range(2):
        emit("same place")
        warnings.warn("other place")
        warnings.warn("other place")
    emit("different text")
    print(action, shown)


for action in ["default", "always", "all", "module", "once", "ignore"]:
    run(action)

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("boom")
except UserWarning as e:
    print("raised", type(e).__name__, e, e.args)
try:
    warnings.warn(RuntimeWarning("instance"))
except RuntimeWarning as e:
    print("raised instance", repr(e))

warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("always", RuntimeWarning)
del shown[:]
emit("user ignored")
emit("runtime shown", RuntimeWarning)
emit("runtime shown", RuntimeWarning)
print(shown)

warnings.resetwarnings()
warnings.simplefilter("always", lineno=emit.__code__.co_firstlineno + 1)
warnings.simplefilter("ignore")
del shown[:]
emit("only at that line")
warnings.warn("not this line")
print(shown)

warnings.resetwarnings()
warnings.simplefilter("bogus_action_value" if False else "default")
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.filters[0] = ("ignore", None, Warning, None, 0, "extra")
try:
    warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
warnings.resetwarnings()

try:
    warnings.simplefilter("nonsense")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.simplefilter("ignore", lineno=-1)
except (AssertionError, ValueError) as e:
    print(type(e).__name__ + ":", e)

print(warnings.filters[:0], len(warnings.filters))
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", append=True)
print([(f[0], f[2].__name__) for f in warnings.filters])
print(warnings.defaultaction, warnings.onceregistry)

# The oracle runs programs one after another in one interpreter: leave warnings as found.
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.filters[:] = [("default", None, DeprecationWarning, "__main__", 0), ("ignore", None, DeprecationWarning, None, 0), ("ignore", None, PendingDeprecationWarning, None, 0), ("ignore", None, ImportWarning, None, 0), ("ignore", None, ResourceWarning, None, 0)]
