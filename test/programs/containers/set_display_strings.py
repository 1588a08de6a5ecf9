# oracle: python3
# a set display of constants is built from a frozenset constant that the compiler re-creates once
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print({"x", "y", "z"}, {"one", "two", "three", "four", "five"})
for w in {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}:
    print(w, end=" ")
print()
print("c" in {"a", "b", "c", "d"})
