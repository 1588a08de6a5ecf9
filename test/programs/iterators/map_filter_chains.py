# chaining lazy iterators: map/filter/zip/enumerate/reversed/sorted over generators with side effects
calls = []
def trace(tag):
    def f(x):
        calls.append(f"{tag}{x}")
        return x
    return f
pipeline = map(trace("m"), filter(lambda x: x % 2, map(trace("s"), range(6))))
print(calls)
print(next(pipeline), calls)
print(list(pipeline), calls)
calls.clear()
z = zip(map(trace("a"), range(3)), map(trace("b"), range(2)))
print(list(z), calls)
e = enumerate(map(str.upper, "abc"), start=1)
print(list(e), list(reversed(list(map(len, ["a", "bb", "ccc"])))), sorted(map(abs, [-3, 1, -2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])), list(filter(str.isupper, "aBcD")))
print(sum(map(int, "12345")), "".join(map(chr, range(65, 70))), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
