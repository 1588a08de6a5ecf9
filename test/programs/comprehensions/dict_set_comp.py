# dict and set comprehensions
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 4 for x in range(20)})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [v for v in range(k)] for k in range(4)})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({len(w): w for w in ["a", "bb", "cc", "ddd"]})
print({x for x in [1, 2, 2, 3, 3, 3]}, {x: None for x in ()}, {x for x in ()})
counts = {}
text = "abracadabra"
print({c: text.count(c) for c in text})
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
order = []
def k(x):
    order.append(("key", x))
    return x
def v(x):
    order.append(("value", x))
    return x
print({k(i): v(i) for i in range(2)}, order)
print({**{i: i for i in range(2)}, **{i: -i for i in range(1, 3)}})
