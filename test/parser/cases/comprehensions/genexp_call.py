f(x for x in y)
f((x for x in y), 1)
sum(x*x for x in range(10))
