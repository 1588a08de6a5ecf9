# Closures, generators and comprehensions.
def make_adder(n):
    def add(x):
        return x + n
    return add


def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def gen_squares(n):
    for i in range(n):
        yield i * i


def pipeline(n):
    evens = (x for x in gen_squares(n) if x % 2 == 0)
    return sum(x // 2 for x in evens)


def run():
    adders = [make_adder(i) for i in range(10)]
    total = 0
    for i in range(60000):
        for a in adders:
            total += a(i)
    inc = counter()
    for _ in range(300000):
        inc()
    comp = sum(len([y for y in range(x % 20)]) for x in range(20000))
    d = {i: [j for j in range(i % 5)] for i in range(20000)}
    s = {i % 1000 for i in range(300000)}
    return total, inc(), pipeline(600000), comp, len(d), len(s)

print(run())
