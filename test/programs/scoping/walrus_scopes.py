# assignment expressions: binding in the enclosing function from comprehensions, in while loops, in conditions
def find_first_long(words):
    if any(len(w := word) > 5 for word in words):
        return w
    return None
print(find_first_long(["ab", "abcdefg", "xyz"]), find_first_long(["a"]))
def chunks(data, n):
    out = []
    it = iter(data)
    while chunk := [x for _, x in zip(range(n), it)]:
        out.append(chunk)
    return out
print(chunks(range(7), 3))
def stats(values):
    return [y := sum(values), y / len(values), (m := max(values)), m - y]
print(stats([1, 2, 3]))
total = 0
print([total := total + x for x in range(5)], total)
print((n := 10) * 2, n)
def nested_walrus():
    res = [[(inner := i * j) for j in range(3)] for i in range(2)]
    return res, inner
print(nested_walrus())
class C:
    v = [x := 5]
print(C.v, C.x, "x" in globals())
