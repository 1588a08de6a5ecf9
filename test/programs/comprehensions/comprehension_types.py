# comprehension results and the types they build; iterating different sources; async comprehension outside error
print(type([x for x in ()]).__name__, type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, type(x for x in ()).__name__)
print([c for c in "héllo"], [b for b in b"hi"], [k for k in {"a": 1, "b": 2}], [kv for kv in {"a": 1}.items()], [e for e in range(3, 0, -1)])
print(sorted(x for x in {3, 1, 2}), [x for x in iter([1, 2])], [x for x in map(abs, [-1, -2])], [x for x in zip("ab", "cd")])
print([x for x in (y for y in range(3))], [x for x in reversed([1, 2])], [x for x in enumerate("ab")], [x for x in filter(None, [0, 1])])
class It:
    def __iter__(self):
        return iter([10, 20])
print([x for x in It()], {x for x in It()}, {x: 1 for x in It()})
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("[x async for x in y]", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("[await x for x in y]", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print([x for x in range(3) if x if x - 1], [y for x in [[1], [2, 3]] for y in x if y > 1 if y < 3])
