# closures as objects: counters, accumulators, memoization, shared state
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def reset():
        nonlocal total
        total = 0
        history.clear()
    add.reset = reset
    add.history = history
    return add

acc = make_accumulator()
print(acc(5), acc(10), acc.history)
acc.reset()
print(acc(1), acc.history)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))

def bank():
    balance = 0
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient: {balance}")
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank()
dep(100)
print(wd(30))
try:
    wd(100)
except ValueError as e:
    print(type(e).__name__, e)

def generator_closure():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen, lambda: count
g, peek = generator_closure()
it = g()
print(next(it), peek(), list(it), peek())
fns = {}
for name in ["a", "b"]:
    def make(n=name):
        return lambda: n.upper()
    fns[name] = make()
print({k: v() for k, v in fns.items()})
