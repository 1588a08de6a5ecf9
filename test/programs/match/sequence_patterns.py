# match: sequence patterns with star, nested, and which types count as sequences
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(3), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else type(v).__name__, "->", seq(v))

def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(x1, y1), *_]:
            return f"point list starting at {x1},{y1}"
        case [1, [2, *inner]]:
            return f"inner={inner}"
    return None
print(nested([[1, 2], [3, 4]]), nested([(5, 6), (7, 8), 9]), nested([1, [2, 3, 4]]))

def star_wild(x):
    match x:
        case [*_, 0]:
            return "ends in zero"
        case [0, *_]:
            return "starts with zero"
        case [*_]:
            return "any sequence"
print(star_wild([1, 0]), star_wild([0, 1]), star_wild([5]), star_wild(()))

import collections
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        return [10, 20][i]
    def __len__(self):
        return 2
print(seq(MySeq()), seq(collections.deque([1, 2])), seq(memoryview(b"x")))
class NotRegistered:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 1
print(seq(NotRegistered()))
