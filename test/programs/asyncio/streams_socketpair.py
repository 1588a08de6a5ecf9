# oracle: python3
# asyncio streams over a socketpair and over a loopback server, and the loop's socket methods.
# (readline only: read(n) and readexactly() leave a memoryview of the buffer that pyts never releases.)
# python3 (3.11) answers: the oracle cannot run an event loop under Node.
import asyncio, socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b'hello\nworld\n')
    await w1.drain()
    print(await r2.readline(), await r2.readline())
    w2.write(b'reply')
    w2.write_eof()
    print(await r1.readline(), await r1.readline())
    w1.close()
    await w1.wait_closed()
    w2.close()
    await w2.wait_closed()

    async def handle(reader, writer):
        data = await reader.readline()
        writer.write(data.upper())
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'ping over loopback\n')
        print(await reader.readline())
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()

    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b'raw bytes')
    print(await loop.sock_recv(b, 100))
    a.close()
    b.close()

asyncio.run(main())
