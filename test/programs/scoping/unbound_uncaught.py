# an uncaught UnboundLocalError
total = 0

def accumulate(values):
    for v in values:
        total += v
    return total

print("start")
accumulate([1, 2, 3])
