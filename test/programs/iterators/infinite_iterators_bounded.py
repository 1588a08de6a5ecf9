# bounding infinite iterators safely: takewhile, islice, zip with finite, next with default in loops
import itertools as it
def primes():
    found = []
    for n in it.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(it.islice(primes(), 15)), list(it.takewhile(lambda p: p < 30, primes())), next(p for p in primes() if p > 1000))
print(list(zip(it.count(0, 0.5), "abc")), list(it.islice(it.cycle([1, 2]), 5)), list(zip(it.repeat("x"), range(3))))
g = primes()
batch = [next(g) for _ in range(5)]
print(batch, next(g), list(it.islice(g, 3)))
