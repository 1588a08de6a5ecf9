# reversed(): sequences, __reversed__, errors
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1}.values())), list(reversed(b"xy")), list(reversed(bytearray(b"pq"))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for v in [{1, 2}, iter([1]), 5, NoneRev(), (x for x in [])]:
    try:
        reversed(v)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), list(r))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed([], [])
except TypeError as e:
    print(type(e).__name__, e)
