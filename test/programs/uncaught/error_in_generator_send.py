# an uncaught exception raised inside a generator resumed with send()
def accumulate():
    total = 0
    while True:
        value = yield total
        total += value
acc = accumulate()
next(acc)
print(acc.send(5), acc.send(10))
acc.send("fifteen")
