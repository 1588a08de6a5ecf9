# and/or/not return operands; truthiness of all builtin types and custom objects inside boolean expressions
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), b"", b"\x00", bytearray(), None, ..., NotImplemented if False else True]
print([bool(v) for v in vals])
print([v or "default" for v in ("", "x", 0, 5, None, [])], [v and "ok" for v in ("", "x", 0, 5)])
print(0 or [] or {} or "last", 1 and "a" and [0] and "end", not [], not [[]], (0 or None) is None, ("" and 1) == "")
class Maybe:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return bool(self.v)
    def __repr__(self):
        return f"Maybe({self.v})"
print(Maybe(0) or Maybe(1), Maybe(2) and Maybe(0), not Maybe(0), [m for m in [Maybe(0), Maybe(3)] if m], any([Maybe(0)]), all([Maybe(1)]))
x = None
y = x or []
y.append(1)
print(x, y, x is None or x.missing)
