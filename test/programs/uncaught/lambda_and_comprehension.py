# frames of lambdas and comprehensions in a traceback
convert = lambda v: 100 // v
values = [5, 2, 0, 1]
print([convert(v) for v in values])
