# GET_ITER / FOR_ITER over every builtin iterable kind, iteration over classes with __getitem__ only, and END_FOR cleanup
import array, collections
iterables = [[1, 2], (3, 4), "ab", b"cd", bytearray(b"e"), {"k": 1}, {5, 6} if False else [5, 6], frozenset([7]), range(2), memoryview(b"f"),
             {"x": 1}.items(), {"y": 2}.values(), enumerate("g"), zip("h", "i"), map(str, [8]), filter(None, [0, 9]), reversed([1, 0]),
             iter(lambda: 1, 1), (x for x in "j"), collections.deque([10]), array.array("b", [11]), collections.OrderedDict(z=1)]
for it in iterables:
    print(type(it).__name__, list(it))
class Legacy:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
print([x for x in Legacy()], sum(Legacy()), list(enumerate(Legacy())))
