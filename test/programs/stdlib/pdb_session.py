# stdin: p x
# stdin: n
# stdin: p y
# stdin: where
# stdin: c
# pdb (which imports asyncio, and so socket and select) driven by commands on stdin.
import pdb

def f(x):
    pdb.set_trace()
    y = x * 2
    return y + 1

print(f(20))
