# Coroutines that die never awaited warn (RuntimeWarning through warnings._warn_unawaited_coroutine,
# unraisable when that fails), at once when dropped; cr_origin and the origin tracking depth.
import gc, sys, warnings
async def foo(): pass
async def guarded():
    try:
        await foo()
    finally:
        pass
def show(w):
    for x in w: print(x.category.__name__, str(x.message).splitlines()[0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    foo()
    print('after drop', len(w))
    c = foo(); del c
    print('after del', len(w))
    c = guarded(); c = None
    gc.collect()
    show(w)
# awaited coroutines do not warn
async def main():
    await foo()
    await guarded()
    return 7
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try: main().send(None)
    except StopIteration as e: print('main', e.value)
    c = foo(); c.close()
    c = foo()
    try: c.throw(ValueError)
    except ValueError: print('thrown')
    del c
    gc.collect()
    print('none expected', len(w))
# origin tracking
print(sys.get_coroutine_origin_tracking_depth())
c = foo()
print(c.cr_origin)
c.close()
def a(): return b()
def b(): return foo()
sys.set_coroutine_origin_tracking_depth(2)
c = a()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    del c
    gc.collect()
    print(str(w[0].message).replace(__file__, 'FILE'))
sys.set_coroutine_origin_tracking_depth(0)
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
# warning turned into an error: unraisable
def hook(u): print('unraisable:', u.err_msg.split(' at ')[0], type(u.exc_value).__name__)
sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.filterwarnings('error')
    foo()
    gc.collect()
# broken warnings._warn_unawaited_coroutine: unraisable, then the plain warning
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1/0
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    foo()
    gc.collect()
    show(w)
warnings._warn_unawaited_coroutine = orig
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(type(foo()).cr_origin)
    print(len(w), w[0].lineno, w[0].filename == __file__)
