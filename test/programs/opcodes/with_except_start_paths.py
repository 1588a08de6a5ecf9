# WITH_EXCEPT_START paths: __exit__ returning truthy/falsy objects, raising, and nested with in loops with break/continue
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None, "->", repr(self.ret))
        return self.ret
for ret in [None, 0, 1, "", "yes", [], [0]]:
    try:
        with CM(ret):
            raise ValueError("x")
        print("suppressed with", repr(ret))
    except ValueError:
        print("propagated with", repr(ret))
for i in range(3):
    with CM(False):
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)
