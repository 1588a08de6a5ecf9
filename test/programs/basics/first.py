def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v!r})"
a = A(41)
print(a.get(), a, [a, a])
class B(A):
    def get(self):
        return super().get() * 2
print(B(1).get())
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(10)))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
print({'x': [1, (2, 3)]}, 2**100, 1.5, -0.0, 1e100, 10/3)
xs = [x * 2 for x in range(10) if x % 3]
print(xs, sorted(xs, reverse=True), max(xs), min(xs))
