# A warning about an object (a coroutine never awaited) suggests tracemalloc, which
# is importable and reports that it is not tracing.
import gc
import tracemalloc
import warnings

warnings.simplefilter('always')
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(object()), tracemalloc.take_snapshot.__name__)
try:
    tracemalloc.start(0)
except ValueError as e:
    print('ValueError:', e)


async def job():
    return 1


job()
gc.collect()
print('done')
