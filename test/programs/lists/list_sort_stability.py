# list.sort: stability, key functions, reverse stability, mutation during sort, exceptions in key
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(records, key=lambda r: r[1], reverse=True))
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
words = "The quick brown fox jumps over the lazy dog".split()
words.sort(key=str.casefold)
print(words)
words.sort(key=len)
print(words)
nums = [5, -3, 2, -8, 1]
nums.sort(key=abs, reverse=True)
print(nums)
def bad_key(x):
    if x == 3:
        raise ValueError("bad key for 3")
    return x
lst = [5, 4, 3, 2, 1]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, lst)
m = [3, 2, 1]
def mutating_key(x):
    m.append(x)
    return x
try:
    m.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(m)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
t = [(1, "b"), (1, "a"), (0, "z")]
t.sort()
print(t)
mixed = [3, 1.5, True, 2]
mixed.sort()
print(mixed)
s = ["b", "a"]
s.sort(key=None)
print(s)
print(sorted([[3], [1, 2], [1]], key=len))
