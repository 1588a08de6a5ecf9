# an uncaught OverflowError from math.exp
import math
for x in (1, 100, 1000):
    print(x, math.exp(x))
