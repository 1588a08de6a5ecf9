# an uncaught RecursionError through a lambda calling itself via a name
count = lambda n: count(n + 1)
print("recursing")
count(0)
