# oracle: python3
# A connected pair of AF_UNIX stream sockets in one process: sending and receiving, blocking modes and
# timeouts, shutdown and close, duplicates, and reading a socket through makefile().  python3 (3.11
# on Linux) answers: the oracle's Emscripten build has no socketpair.
import socket, time

a, b = socket.socketpair()
print(a.family, a.type, a.proto, repr(a.family), repr(a.type))
print(a.gettimeout(), a.getblocking(), a.getsockname(), a.getpeername())
print(a.send(b'hello'), b.recv(2), b.recv(100))
a.sendall(b'x' * 10000)
got = b''
while len(got) < 10000:
    got += b.recv(4096)
print(len(got))
buf = bytearray(8)
a.send(b'abc')
print(b.recv_into(buf), buf)
a.send(b'defgh')
print(b.recv_into(buf, 2), buf)
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
a.send(b'12')
print(b.recvfrom(10))

b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
b.settimeout(0.05)
t = time.monotonic()
try:
    b.recv(1)
except TimeoutError as e:
    print(type(e).__name__, e, time.monotonic() - t >= 0.04)
print(isinstance(socket.timeout('x'), OSError))
b.settimeout(None)

c = b.dup()
print(c.fileno() != b.fileno(), c.family, c.type)
a.send(b'to-dup')
print(c.recv(10))
c.close()
a.send(b'still')
print(b.recv(10))

a.shutdown(socket.SHUT_WR)
print(b.recv(10))
try:
    a.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e.errno)
b.send(b'back')
print(a.recv(10))
a.close()
print(a.fileno(), repr(a)[:32])
try:
    a.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(b.recv(10))
b.close()

# makefile
a, b = socket.socketpair()
with a, b:
    w = a.makefile('w')
    r = b.makefile('r')
    w.write('line one\nline two\n')
    w.flush()
    print(repr(r.readline()), repr(r.readline()))
    w.close()
    a.shutdown(socket.SHUT_WR)
    print(repr(r.read()))
    r.close()
print(a.fileno(), b.fileno())

# socketpair kinds and errors
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b'one')
a.send(b'two')
print(b.recv(2), b.recv(10))
a.close(); b.close()
for args in [(socket.AF_INET,), (socket.AF_UNIX, socket.SOCK_RAW)]:
    try:
        socket.socketpair(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)

with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
    try:
        s.recv(1)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
