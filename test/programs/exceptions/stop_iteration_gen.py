# StopIteration raised inside a generator becomes RuntimeError (PEP 479), with the cause shown.
def gen():
    yield 1
    raise StopIteration("inside")


for x in gen():
    print(x)
