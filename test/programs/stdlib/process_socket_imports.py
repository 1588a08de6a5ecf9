# oracle: python3
# What pyts offers of _socket, select, _posixsubprocess and os's wait functions without opening a
# socket or starting a process: enough for socket, selectors, subprocess, asyncio and unittest.mock to
# import, the constants, and the answers that need no socket or child.  python3 (3.11 on Linux)
# answers: the oracle's Emscripten build has other constants and no _posixsubprocess.
import os, select, selectors, socket, subprocess, asyncio, inspect, unittest.mock, time

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM,
      socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY,
      socket.AI_PASSIVE, socket.EAI_NONAME, socket.SOMAXCONN)
print(repr(socket.AddressFamily.AF_INET), repr(socket.SocketKind.SOCK_STREAM))
print(socket.error is OSError, socket.timeout is TimeoutError)
print(socket.herror.__module__, socket.herror.__name__, socket.herror.__mro__[1].__name__)
print(socket.gaierror.__module__, socket.gaierror.__name__, socket.gaierror.__mro__[1].__name__)
print(socket.SocketType is socket._socket.socket, issubclass(socket.socket, socket.SocketType))
print(socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x12345678), socket.htons(0))
for bad in ('x', 1.5):
    try:
        socket.htons(bad)
    except TypeError as e:
        print(e)
print(socket.gethostname() == os.uname().nodename)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())
for bad in (-1, 'x'):
    try:
        socket.setdefaulttimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(select.error is OSError, select.PIPE_BUF)
with open(__file__) as f:
    r, w, x = select.select([f], [f.fileno()], [f], 0)
    print(r == [f], w == [f.fileno()], x)
t = time.monotonic()
print(select.select([], [], [], 0.05), time.monotonic() - t >= 0.04)
for args in [([1.5], [], []), (5, [], []), ([], [], [], -1), ([], [], [], 'x')]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))

for name in ['WIFEXITED', 'WEXITSTATUS', 'WIFSIGNALED', 'WTERMSIG', 'WIFSTOPPED', 'WSTOPSIG', 'WIFCONTINUED', 'WCOREDUMP']:
    f = getattr(os, name)
    print(name, [f(s) for s in (0, 0x100, 0x2a00, 9, 0x89, 0x137f, 0xffff, 0x7f)])
print(os.WIFEXITED(status=0))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e)
print(subprocess.PIPE, subprocess.DEVNULL, subprocess.CalledProcessError.__mro__[1].__name__)
print(inspect.iscoroutinefunction(unittest.mock.AsyncMock()), asyncio.Future.__name__)
m = unittest.mock.Mock(return_value=3)
print(m(1, k=2), m.call_args)
