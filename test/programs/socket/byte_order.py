# The byte-order conversions and their argument errors.
import socket

print(socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x12345678), socket.htonl(0xffffffff))
for f, v in [(socket.htons, -1), (socket.htons, 65536), (socket.htonl, 2**32), (socket.ntohl, 1.5), (socket.ntohs, 'x')]:
    try:
        f(v)
    except (OverflowError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(socket.htons(0), socket.ntohs(65535), socket.htonl(0x01020304) == 0x04030201, socket.ntohl(socket.htonl(123456)))
