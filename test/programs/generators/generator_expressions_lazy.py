# generator chains are lazy: order of evaluation across nested pipelines
log = []
def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i
def mapper(it, f):
    for x in it:
        log.append(f"map{x}")
        yield f(x)
pipe = mapper(source(3), lambda v: v * 10)
print(log)
print(next(pipe), log)
print(list(pipe), log)
log.clear()
gx = (y + 1 for y in (x * 2 for x in source(3)))
print(log, next(gx), log)
first_two = [v for _, v in zip(range(2), source(100))]
print(first_two, log[-3:])
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import itertools
print(list(itertools.takewhile(lambda v: v < 5, infinite())), next(x for x in infinite() if x > 100))
print(sum(1 for _ in zip(infinite(), "abc")), max(itertools.islice(infinite(), 50)))
