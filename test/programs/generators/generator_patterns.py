# practical generator patterns: pipelines, infinite generators, itertools interplay
import itertools

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(take(5, naturals()))
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(take(5, squares))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))

def chunks(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
print(list(chunks(range(10), 3)))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7])))

def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])

def windows(seq, n):
    it = iter(seq)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(windows("abcdef", 3)))

def lines():
    yield "a=1"
    yield "# comment"
    yield "b = 2"
    yield ""
    yield "c=3"
parsed = dict(l.replace(" ", "").split("=") for l in lines() if l and not l.startswith("#"))
print(parsed)
print(sum(x for x in range(101)), max((len(w), w) for w in "the quick brown fox".split()))
print(list(zip(naturals(), "abc")), list(enumerate(itertools.islice(fib(), 3), 1)))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "default"))
