# a set display of three or more constants is built as BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1
# (and `for x in {...}` / `x in {...}` load the frozenset itself).  The frozenset constant holds the items
# in source order; CPython 3.14 re-creates it only when interning replaces one of its strings, which
# never happens to strings that are not identifier-like (spaces here) or to numbers.  The checks compare
# against sets built at run time the same way, so they hold whatever the hash width (the oracle is 32-bit).
def same(display, items):
    runtime = set()
    runtime.update(frozenset(items))
    return list(display) == list(runtime)

print(same({"an apple", "a banana", "the cherry", "one date", "elder berry", "a fig", "green grape"},
           ["an apple", "a banana", "the cherry", "one date", "elder berry", "a fig", "green grape"]))
print(same({"x y", "y z", "z x"}, ["x y", "y z", "z x"]))
print(same({33, 1, 65, 97, 129, 7, 15, 39, 71, 2, 34, 66, 98}, [33, 1, 65, 97, 129, 7, 15, 39, 71, 2, 34, 66, 98]))
print(same({1.5, 2.5, 3.5, -0.5, 1e100}, [1.5, 2.5, 3.5, -0.5, 1e100]))
print([x for x in {33, 1, 65}], list(frozenset([33, 1, 65])))
print([w for w in {"w 1", "w 2", "w 3", "w 4", "w 5"}] == list(frozenset(["w 1", "w 2", "w 3", "w 4", "w 5"])))
print("c d" in {"a b", "b c", "c d", "d e"}, 3 in {1, 2, 4}, {1, 2, 3} == {3, 2, 1})
print(sorted({"one", "two", "three", "four", "five"}), len({"a", "b", "a", "c", "b"}))
