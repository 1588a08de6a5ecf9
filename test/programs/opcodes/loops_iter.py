# FOR_ITER / END_FOR / POP_ITER / GET_ITER / JUMP_BACKWARD with break/continue/else in nested loops
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print("pair", i, j)
    else:
        print("inner else never")
else:
    print("outer else")
n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n == 5:
        break
print("n", n)
k = 0
while k < 3:
    k += 1
else:
    print("while else", k)
for ch in "":
    print("never")
else:
    print("empty for else")
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    return -1
print(find("hello", "l"), find("hello", "z"))
total = 0
for x in iter([1, 2, 3]):
    total += x
for key in {"a": 1, "b": 2}:
    total += len(key)
for a, b in zip([1, 2], [3, 4]):
    total += a * b
print(total)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print(list(it))
def gen():
    yield 1
    yield 2
for g in gen():
    print("gen", g)
loop_var = "unchanged"
for loop_var in []:
    pass
print(loop_var)
for loop_var in [1, 2]:
    pass
print(loop_var)
try:
    for q in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print([v for v in CountDown(4)], sum(CountDown(5)))
