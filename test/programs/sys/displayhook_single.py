# Expression statements compiled in 'single' mode (the interactive prompt's mode) go through
# sys.displayhook: it prints repr(value) and keeps it in builtins._; None prints nothing.
import builtins
import sys

exec(compile("1 + 1", "<single>", "single"))
print(builtins._)
exec(compile("None", "<single>", "single"))
print(builtins._)
exec(compile("'text'", "<single>", "single"))
exec(compile("[1, (2, 3)]", "<single>", "single"))

# A replaced hook receives the value, None included.
seen = []
def hook(value):
    seen.append(value)
    return 'ignored'
sys.displayhook = hook
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("for i in range(3): i\n", "<single>", "single"))
print(seen)

# The hook's errors propagate.
def bad(value):
    raise ValueError(f"bad {value!r}")
sys.displayhook = bad
try:
    exec(compile("7", "<single>", "single"))
except ValueError as e:
    print("ValueError:", e)

# Without sys.displayhook.
del sys.displayhook
try:
    exec(compile("8", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__

# Statements in 'single' mode that are not expressions print nothing.
exec(compile("x = 5", "<single>", "single"))
exec(compile("x", "<single>", "single"))

# A value whose repr fails.
class R:
    def __repr__(self):
        raise TypeError("no repr")
try:
    exec(compile("R()", "<single>", "single"))
except TypeError as e:
    print("TypeError:", e)

# A repr with non-ASCII characters.
exec(compile("'caf\\xe9 \\u20ac'", "<single>", "single"))
