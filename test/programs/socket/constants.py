# oracle: python3
# _socket's Linux constants and socket.py's enums built from them.  python3 (3.11 on Linux) answers:
# the oracle's Emscripten build has other values.
import socket

names = ['AF_UNSPEC', 'AF_UNIX', 'AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET', 'AF_CAN', 'AF_VSOCK',
         'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET', 'SOCK_NONBLOCK', 'SOCK_CLOEXEC',
         'SOL_SOCKET', 'SOL_IP', 'SOL_TCP', 'SOL_UDP', 'SO_REUSEADDR', 'SO_REUSEPORT', 'SO_KEEPALIVE', 'SO_BROADCAST',
         'SO_RCVBUF', 'SO_SNDBUF', 'SO_ERROR', 'SO_TYPE', 'SO_LINGER', 'SO_PEERCRED', 'SO_DOMAIN', 'SO_PROTOCOL',
         'IPPROTO_IP', 'IPPROTO_TCP', 'IPPROTO_UDP', 'IPPROTO_IPV6', 'IPPROTO_ICMP', 'IPPROTO_RAW', 'IPPROTO_SCTP',
         'IPV6_V6ONLY', 'IP_TTL', 'IP_MULTICAST_TTL', 'IP_ADD_MEMBERSHIP', 'TCP_NODELAY', 'TCP_KEEPIDLE',
         'TCP_KEEPINTVL', 'TCP_KEEPCNT', 'TCP_MAXSEG', 'TCP_CORK', 'TCP_USER_TIMEOUT', 'TCP_NOTSENT_LOWAT',
         'MSG_PEEK', 'MSG_OOB', 'MSG_WAITALL', 'MSG_DONTWAIT', 'MSG_NOSIGNAL', 'MSG_TRUNC', 'MSG_CMSG_CLOEXEC',
         'AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_NUMERICSERV', 'AI_ADDRCONFIG', 'AI_V4MAPPED', 'AI_ALL',
         'NI_NUMERICHOST', 'NI_NUMERICSERV', 'NI_NAMEREQD', 'NI_DGRAM', 'NI_NOFQDN', 'NI_MAXHOST', 'NI_MAXSERV',
         'EAI_AGAIN', 'EAI_BADFLAGS', 'EAI_FAIL', 'EAI_FAMILY', 'EAI_MEMORY', 'EAI_NODATA', 'EAI_NONAME',
         'EAI_SERVICE', 'EAI_SOCKTYPE', 'EAI_SYSTEM', 'EAI_OVERFLOW', 'EAI_ADDRFAMILY',
         'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'INADDR_ANY', 'INADDR_LOOPBACK', 'INADDR_BROADCAST', 'INADDR_NONE',
         'SOMAXCONN', 'SCM_RIGHTS', 'SCM_CREDENTIALS', 'CAN_RAW', 'TIPC_ADDR_ID', 'ALG_SET_KEY', 'NETLINK_ROUTE']
for n in names:
    print(n, getattr(socket, n, 'missing'))
print(len([n for n in dir(socket) if n.startswith('AF_')]) > 30)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE))
print(socket.AddressFamily(10).name, socket.SocketKind(5).name)
print(str(socket.AF_INET6), int(socket.AF_UNIX), socket.AF_INET == 2)
