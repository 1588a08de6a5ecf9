# The awaitables of async generators (asend/__anext__, athrow, aclose) driven by hand: their types,
# states, reuse, concurrent use, close(), athrow's lazy argument check, sys.set_asyncgen_hooks, and
# the warnings of awaitables never awaited.
import gc
import sys
import types
import warnings


@types.coroutine
def pause(v='paused'):
    return (yield v)


async def agen():
    try:
        yield 1
        await pause()
        yield 2
    finally:
        print('agen finally')


def drive(aw, sends=()):
    """Runs the awaitable to its end: what it yields, then ('done', value) or ('raised', exc)."""
    out = []
    try:
        v = aw.send(None)
        out.append(v)
        for s in sends:
            v = aw.send(s)
            out.append(v)
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(('done', e.value))
    except BaseException as e:
        out.append(('raised', type(e).__name__, str(e)))
    return out


g = agen()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(type(g.asend(None)).__name__, type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
    gc.collect()
print(len(w))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
a = g.__anext__()
print(drive(a))
print(drive(a))
print(drive(g.__anext__()))

# athrow checks its arguments when awaited, not when made.
g = agen()
print(drive(g.__anext__()))
t = g.athrow(None)
print(drive(t))
print(drive(g.athrow(KeyError('k'))))
print(drive(g.aclose()))
print(drive(g.aclose()))

# One awaitable at a time.
print(drive(g.aclose()))
g = agen()
print(drive(g.__anext__()))
a1 = g.__anext__()
print(a1.send(None))
a2 = g.__anext__()
print(drive(a2))
t2 = g.athrow(ValueError)
print(drive(t2))
c2 = g.aclose()
print(drive(c2))
print(drive(a1))
print(drive(g.aclose()))


# close() of an awaitable.
async def stubborn():
    ignored = 0
    while True:
        try:
            yield 1
            await pause('inner')
        except GeneratorExit:
            if ignored:
                raise
            ignored += 1
            await pause('ignoring')


g = stubborn()
print(drive(g.__anext__()))
a = g.__anext__()
print(a.send(None))
try:
    a.close()
except RuntimeError as e:
    print('close:', e)
print(a.close())
print(drive(g.aclose()))

g = stubborn()
print(drive(g.__anext__()))
c = g.aclose()
print(c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print('aclose:', e)
print(drive(g.aclose()))

# aclose() of a generator that was never started, and of one already closed.
g = agen()
print(drive(g.aclose()))
print(drive(g.__anext__()))

# Non-None sent to a fresh athrow.
g = agen()
print(drive(g.__anext__()))
t = g.athrow(ValueError)
try:
    t.send(5)
except RuntimeError as e:
    print(e)
print(drive(t))

# Hooks.
seen = []
def firstiter(gen):
    seen.append(('first', gen.__qualname__))
def finalizer(gen):
    seen.append(('finalize', gen.__qualname__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
g = agen()
print(drive(g.__anext__()))
del g
gc.collect()
g2 = agen()
print(drive(g2.aclose()))
del g2
gc.collect()
sys.set_asyncgen_hooks(*old)
print(seen)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)

# Awaitables never awaited warn when they die.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    g = agen()
    g.asend(None)
    g.athrow(ValueError)
    g.aclose()
    gc.collect()
    for x in w:
        print(x.category.__name__, x.message)

print(drive(g.aclose()))
