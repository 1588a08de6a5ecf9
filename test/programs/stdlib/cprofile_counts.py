# cProfile over pyts's native _lsprof (fed by sys.monitoring): call counts, recursion, callers,
# built-in functions and methods by CPython's names, pstats output with a tick-counting timer.
import cProfile, pstats, io, _lsprof

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    l = []
    for i in range(5):
        l.append(len(str(i)))
    sorted(l, key=abs)
    fib(6)
    return sum(l)

def gen():
    yield 1
    yield 2

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

p = cProfile.Profile(timer, 0.001)
p.enable()
work()
list(gen())
p.disable()
stats = sorted(p.getstats(), key=lambda e: str(e.code))
for e in stats:
    name = e.code if isinstance(e.code, str) else e.code.co_name
    calls = None if e.calls is None else sorted((c.code if isinstance(c.code, str) else c.code.co_name, c.callcount, c.reccallcount) for c in e.calls)
    print(name, e.callcount, e.reccallcount, calls)
s = io.StringIO()
ps = pstats.Stats(p, stream=s).sort_stats('name')
ps.print_stats()
lines = [l.split()[0] + ' ' + ' '.join(l.split()[5:]) for l in s.getvalue().splitlines() if l.strip() and l.split()[0][0].isdigit()]
print('\n'.join(lines))
print(_lsprof.Profiler.__doc__.splitlines()[0], _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_sequence_fields)
q = _lsprof.Profiler()
q.enable(); len('x'); q.disable()
print([ (e.code, e.callcount) for e in q.getstats() if isinstance(e.code, str)])
q.clear(); print(q.getstats())
try:
    _lsprof.Profiler(timeunit='x')
except TypeError as e:
    print(e)
r = cProfile.Profile()
r.enable()
try:
    cProfile.Profile().enable()
except ValueError as e:
    print('ValueError', e)
r.disable()
