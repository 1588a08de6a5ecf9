# an uncaught ImportError from a from-import of a missing name
import math
print(math.floor(1.5))
from math import floor, celing
