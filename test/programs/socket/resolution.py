# oracle: python3
# Name resolution that needs no network: numeric addresses, localhost and the wildcard, with their
# errors; getnameinfo of numeric addresses; CMSG sizes.  python3 (3.11 on Linux) answers.
import socket

for args in [('127.0.0.1', 80), ('127.0.0.1', '8080', socket.AF_INET, socket.SOCK_STREAM), ('::1', 443, 0, socket.SOCK_DGRAM),
             ('localhost', 22, socket.AF_INET, socket.SOCK_STREAM), (None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE),
             (None, 0, socket.AF_INET6, socket.SOCK_STREAM), ('10.0.0.1', None, socket.AF_INET, 0, socket.IPPROTO_UDP)]:
    print(args, socket.getaddrinfo(*args))
for args in [(None, None), ('127.0.0.1', 80, 12345), ('::1', 80, socket.AF_INET), ('1.2.3.4', 'nosuchservice')]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(args, type(e).__name__, e.errno, e.strerror)
try:
    socket.getaddrinfo(1, 80)
except TypeError as e:
    print(e)
try:
    socket.getaddrinfo('127.0.0.1', 1.5)
except OSError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('1.2.3.4', 8080), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.CMSG_LEN(0), socket.CMSG_LEN(4), socket.CMSG_SPACE(0), socket.CMSG_SPACE(1), socket.CMSG_SPACE(8))
try:
    socket.CMSG_LEN(-1)
except OverflowError as e:
    print(e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
s = socket.socket()
print(s.gettimeout(), s.timeout)
s.close()
socket.setdefaulttimeout(None)
print(socket.has_ipv6, type(socket.gethostname()).__name__)
