# oracle: python3
# set iteration order for strings (depends on 64-bit str hashes with PYTHONHASHSEED=0, so python3 answers);
# sets are built at run time: a constant set display is made by the compiler, which differs between 3.11 and 3.14
words = set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"])
print(words)
print(set("hello world"))
print(frozenset(["x", "y", "z"]))
s = set()
for w in ["one", "two", "three", "four", "five"]:
    s.add(w)
print(s)
s.discard("three")
s.add("six")
print(s)
print(set(["a", 1, "b", 2, (1, "c")]))
print({c for c in "mississippi"})
print(list({"k1": 1, "k2": 2}.keys() | {"k3"}))
print({"alpha", "beta"} | {"gamma"}, set(["alpha", "beta", "gamma"]) - {"beta"})
print(set(["long string number %d" % i for i in range(8)]))
