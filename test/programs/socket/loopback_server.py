# oracle: python3
# A listening socket on the loopback address and a client connecting to it from the same process;
# the errors of connecting where nothing listens, and of bad addresses.  python3 (3.11 on Linux) answers.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
srv.bind(('127.0.0.1', 0))
host, port = srv.getsockname()
print(host, 0 < port < 65536)
srv.listen()
cli = socket.create_connection(('127.0.0.1', port))
conn, addr = srv.accept()
print(addr[0], conn.getsockname() == (host, port), cli.getpeername() == (host, port), cli.getsockname() == addr)
cli.sendall(b'ping')
print(conn.recv(10))
conn.sendall(b'pong')
print(cli.recv(10))
cli.close()
print(conn.recv(10))
conn.close()
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
srv.close()

s = socket.socket()
print(s.family, s.type, s.proto, s.getsockname())
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    s.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(s.connect_ex(('127.0.0.1', port)))
for bad in ['127.0.0.1', ('127.0.0.1',), ('127.0.0.1', 70000)]:
    try:
        s.connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
try:
    socket.socket(12345)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
