f(x, a=y for y in z)
