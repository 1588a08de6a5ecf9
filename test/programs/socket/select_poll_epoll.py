# oracle: python3
# Readiness of socketpair ends and regular files through select.select, select.poll and select.epoll,
# with their errors, and selectors.DefaultSelector.  python3 (3.11 on Linux) answers: the oracle's
# Emscripten build has no socketpair, poll or epoll.
import select, selectors, socket, time

a, b = socket.socketpair()
print(select.select([a, b], [a, b], [], 0) == ([], [a, b], []))
a.send(b'x')
print(select.select([a, b], [], [], 0)[0] == [b])
t = time.monotonic()
print(select.select([a], [], [], 0.05), time.monotonic() - t >= 0.04)

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted((fd == b.fileno(), ev) for fd, ev in p.poll(0)))
p.modify(b, select.POLLOUT)
print([(fd == b.fileno(), ev) for fd, ev in p.poll(0)])
p.unregister(b)
print(p.poll(10))
try:
    p.unregister(b)
except KeyError as e:
    print('KeyError', e.args[0] == b.fileno())
try:
    p.modify(b, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)

e = select.epoll()
print(e.closed, isinstance(e.fileno(), int))
e.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
e.register(b.fileno(), select.EPOLLIN)
print(sorted((fd == b.fileno(), ev) for fd, ev in e.poll(0)))
try:
    e.register(a.fileno())
except FileExistsError as x:
    print(type(x).__name__, x.errno)
b.recv(10)
print(e.poll(0.01, 5) == [(a.fileno(), select.EPOLLOUT)])
b.close()
print([(fd == a.fileno(), ev) for fd, ev in e.poll(0)])
e.unregister(a)
try:
    e.modify(a, select.EPOLLIN)
except FileNotFoundError as x:
    print(type(x).__name__, x.errno)
try:
    e.poll(0, 0)
except ValueError as x:
    print(x)
e.close()
print(e.closed)
try:
    e.poll()
except ValueError as x:
    print(x)
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)
a.close()

with open(__file__, 'rb') as f:
    print(select.select([f], [f], [f], 0) == ([f], [f], []))
    p = select.poll()
    p.register(f)
    print(p.poll(0) == [(f.fileno(), select.POLLIN | select.POLLOUT)])

sel = selectors.DefaultSelector()
print(type(sel).__name__)
a, b = socket.socketpair()
sel.register(a, selectors.EVENT_READ, 'A')
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, 'B')
print(sorted((k.data, ev) for k, ev in sel.select(0)))
b.send(b'hi')
print(sorted((k.data, ev) for k, ev in sel.select(0)))
sel.unregister(b)
print(sorted((k.data, ev) for k, ev in sel.select(0)), len(sel.get_map()))
sel.close()
a.close(); b.close()
