# __index__: used by slicing, range, bin/hex/oct, sequence repetition, operator.index
import operator
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i2 = Idx(2)
data = list(range(10))
print(data[i2], data[Idx(1):Idx(7):Idx(2)], "abcdef"[Idx(-1)])
print(range(Idx(5)), list(range(Idx(1), Idx(10), Idx(3))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(Idx(7)))
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "cd", (1,) * Idx(2))
print(int(Idx(9)) if hasattr(int, '__index__') else '')
print(bytes(Idx(3)) if False else bytes(3), bytearray(Idx(2)))
print(round(2.567, Idx(2)), chr(Idx(65)), format(Idx(10), 'x') if False else 'skip')
x = [1, 2, 3, 4]
x[Idx(0)] = "zero"
del x[Idx(-1)]
print(x)

class BadIndex:
    def __index__(self):
        return "no"
try:
    data[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    data["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[None]
except TypeError as e:
    print(type(e).__name__, e)
print(data[None:2], data[True], data[False:True])

class IntSubIndex(int):
    def __index__(self):
        return 99
print(operator.index(IntSubIndex(3)), data[IntSubIndex(3)])

class BoolIndex:
    def __index__(self):
        return True
print(operator.index(BoolIndex()), type(operator.index(BoolIndex())).__name__)
class BigIndex:
    def __index__(self):
        return 10 ** 30
try:
    data[BigIndex()]
except IndexError as e:
    print(type(e).__name__, e)
print(data[BigIndex():], data[:BigIndex()][:2])
print(int(Idx(3)))
try:
    float(Idx(3))
    print("float ok")
except TypeError as e:
    print(type(e).__name__, e)
print(complex(Idx(2)))
