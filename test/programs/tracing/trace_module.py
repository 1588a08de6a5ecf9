# The trace module's line counting (what `python -m trace --count` does), through trace.Trace.
import sys, trace

def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out

t = trace.Trace(count=1, trace=0)
result = t.runfunc(fizz, 15)
print(result)
counts = t.results().counts
base = fizz.__code__.co_firstlineno
for (filename, line), n in sorted(counts.items()):
    if filename == __file__:
        print(line - base, n)

t2 = trace.Trace(count=0, trace=0, countfuncs=1)
t2.runfunc(fizz, 3)
print(sorted(name for (_, _, name) in t2.results().calledfuncs))
