# _queue.SimpleQueue (the C queue), used by queue.SimpleQueue; time.sleep's argument errors.
import _queue, weakref
q = _queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1); q.put_nowait(2); q.put(3, False, 5)
print(q.qsize(), q.get(), q.get_nowait(), q.get(timeout=1), q.empty())
for bad in [lambda: q.get(False), lambda: q.get(timeout=0), lambda: q.get_nowait(), lambda: q.get(timeout=-1), lambda: q.get(timeout='x'), lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(a=1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(_queue.SimpleQueue[int], weakref.ref(q)() is q, _queue.Empty.__mro__, _queue.Empty.__module__)
print(_queue.SimpleQueue.__module__, _queue.SimpleQueue.__name__, repr(_queue.SimpleQueue)[:30])
print(sorted(n for n in dir(_queue) if not n.startswith('__')))
print(_queue.SimpleQueue.get.__text_signature__, _queue.SimpleQueue.put.__text_signature__, _queue.SimpleQueue.put_nowait.__text_signature__)
import queue
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
class Q(_queue.SimpleQueue): pass
qq = Q(); qq.put('x'); print(qq.get(), type(qq).__base__)
import time
for bad in ('x', None, [1]):
    try: time.sleep(bad)
    except TypeError as e: print(e)
