# traceback through a generator driven by a for loop and next()
def numbers():
    yield 1
    yield 2
    raise ValueError("generator exhausted badly")

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

consume()
