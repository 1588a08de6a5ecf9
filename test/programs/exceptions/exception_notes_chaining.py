# notes survive re-raising and chaining; notes on groups vs members; add_note on custom exceptions with __str__
def step(n):
    try:
        if n == 3:
            raise ValueError(f"bad step {n}")
    except ValueError as e:
        e.add_note(f"context: processing step {n}")
        raise
errors = []
for n in range(5):
    try:
        step(n)
    except ValueError as e:
        e.add_note("collected by the loop")
        errors.append(e)
print([(str(e), e.__notes__) for e in errors])
eg = ExceptionGroup("batch", errors)
eg.add_note("group note")
match_, rest = eg.split(ValueError)
print(match_.__notes__, match_.exceptions[0].__notes__, rest)
class Pretty(Exception):
    def __str__(self):
        return "pretty!"
p = Pretty()
p.add_note("n1")
print(str(p), p.__notes__)
import traceback
print("".join(traceback.format_exception_only(p)), end="")
