# recursive generators and functions: permutations, tree flattening, Ackermann-lite, mutual recursion with generators
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))
def walk(tree, path=()):
    for k, v in tree.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield path + (k,), v
tree = {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
print(list(walk(tree)))
def evens(n):
    if n >= 0:
        yield n
        yield from odds(n - 1)
def odds(n):
    if n >= 0:
        yield from evens(n - 1)
print(list(evens(10)))
def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3, [4]], []]]), depth(5), depth([]))
