# oracle: python3
# Converting IPv4 and IPv6 addresses between text and packed bytes as glibc does.  python3 (3.11 on
# Linux) answers: the oracle's Emscripten libc parses inet_aton's forms differently.
import socket

for s in ['127.0.0.1', '1', '127.1', '10.1.2', '0x7f.1', '017.0.0.1', '255.255.255.255', '1.2.3.4 trailing']:
    print(repr(s), socket.inet_aton(s))
for bad in ['256.1.1.1', 'abc', '1.2.3.4.5', '', '1..2']:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), type(e).__name__, e)
print(socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_ntoa(bytearray(b'\xff\x00\x10\x01')))
try:
    socket.inet_ntoa(b'\x01\x02')
except OSError as e:
    print(type(e).__name__, e)

for s in ['1.2.3.4', '0.0.0.0']:
    print(s, socket.inet_pton(socket.AF_INET, s))
for bad in ['1.2.3', '01.2.3.4', '1.2.3.256', '1.2.3.4 ']:
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError as e:
        print(repr(bad), e)
for s in ['::', '::1', '1::', 'fe80::1:2', '1:0:0:2:0:0:0:3', '1:0:0:0:2:0:0:3', '::ffff:1.2.3.4', '::1.2.3.4',
          '2001:db8::ff00:42:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:2:3:4:5:6:7:8', '0:0:1::', 'a:b:c:d:e:f:1.2.3.4']:
    p = socket.inet_pton(socket.AF_INET6, s)
    print(s, p.hex(), socket.inet_ntop(socket.AF_INET6, p))
for bad in [':::', '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::', '12345::', ':1::', '1.2.3.4']:
    try:
        socket.inet_pton(socket.AF_INET6, bad)
    except OSError as e:
        print(repr(bad), e)
print(socket.inet_ntop(socket.AF_INET, b'\x0a\x00\x00\x01'))
for fam, data in [(socket.AF_INET, b'\x01\x02\x03'), (socket.AF_INET6, b'\x00' * 4)]:
    try:
        socket.inet_ntop(fam, data)
    except ValueError as e:
        print(type(e).__name__, e)

print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.herror.__name__)
