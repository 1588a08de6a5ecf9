# a generator consumed by a for loop is closed when the loop lets go of it
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(f"  [{tag}] finally")

for n in numbers("break"):
    if n == 1:
        break
print("after break")

for n in numbers("exhausted"):
    pass
print("after exhaustion")

try:
    for n in numbers("exception"):
        if n == 2:
            raise ValueError("stop")
except ValueError:
    print("caught ValueError")

def first_even():
    for n in numbers("return"):
        if n % 2 == 0 and n > 0:
            return n
print("first_even:", first_even())

class Ctx:
    def __enter__(self):
        print("  enter")
    def __exit__(self, *exc):
        print("  exit", exc[0].__name__ if exc[0] else None)

def with_gen():
    with Ctx():
        yield "a"
        yield "b"
for s in with_gen():
    print("got", s)
    break
print("after with_gen")

def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit caught")
        raise
for v in catcher():
    break
print("after catcher")

def outer():
    try:
        yield from numbers("inner")
    finally:
        print("  outer finally")
for v in outer():
    if v == 1:
        break
print("after delegation")

pairs = [(a, b) for a in numbers("comp") for b in "xy" if a < 1]
print(pairs)
for a, b in zip(numbers("zip-left"), "pq"):
    print(a, b)
print("end")
