# a coroutine-style consumer pipeline built from generators and send()
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
@coroutine
def multiply(factor, target):
    try:
        while True:
            target.send((yield) * factor)
    except GeneratorExit:
        print("multiply closing")
        target.close()
sink = printer(">>")
pipeline = filter_even(multiply(10, sink))
for i in range(6):
    pipeline.send(i)
pipeline.close()
m = multiply(2, printer("m:"))
m.send(21)
m.close()
try:
    sink.send("after close?")
    print("sink still alive")
except StopIteration:
    print("sink closed")
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count
a = averager()
print(a.send(10), a.send(20), a.throw(ValueError), a.send(5))
