# conditional jumps: POP_JUMP_IF_TRUE/FALSE/NONE/NOT_NONE, TO_BOOL, boolean short-circuit values, chained comparisons
def classify(x):
    if x is None:
        return "none"
    if x is not None and not x:
        return "falsy"
    if x and x > 10:
        return "big"
    return "small"
print([classify(v) for v in (None, 0, "", [], 5, 50)])
def first_truthy(*vals):
    return vals[0] or vals[1] or vals[2]
print(first_truthy(0, "", "x"), first_truthy(0, None, []), first_truthy("a", 1, 2))
print(1 and 2, 0 and 2, 1 or 2, 0 or 0.0, None or "d", [] and [1], "a" and "b" and "c", not (1 and 0))
def tern(x):
    return "yes" if x else "no"
print([tern(v) for v in (0, 1, [], [0], None, "0")])
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 != 6, 1 < 2 < 3 < 4 < 5 < 4)
while_count = 0
while while_count < 5 and while_count != 3:
    while_count += 1
print(while_count)
def none_checks(v):
    out = []
    if v is None:
        out.append("is None")
    else:
        out.append("not None")
    if not v is None:
        out.append("not-is")
    return out
print(none_checks(None), none_checks(0))
def nested_if(a, b):
    if a:
        if b:
            return 1
        elif not b:
            return 2
    elif b:
        return 3
    else:
        return 4
print([nested_if(a, b) for a in (0, 1) for b in (0, 1)])
print([i for i in range(10) if i % 2 if i % 3], any(v is None for v in (1, None)), all(v for v in ()))
class Truth:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Truth({self.v})"
    def __bool__(self):
        print("  bool", self.v)
        return self.v
print(Truth(False) or Truth(True) or Truth(False))
print(Truth(True) and Truth(False) and Truth(True))
if Truth(True) and not Truth(False):
    print("both evaluated")
