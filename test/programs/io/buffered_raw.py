# Buffered readers and writers over raw streams written in Python: the raw calls made, positions,
# non-blocking writes, readinto/readinto1, close errors and their chaining
import io


class Raw(io.RawIOBase):
    """A seekable raw stream over a bytearray that records the calls it gets."""
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(('readinto', len(b), n))
        return n
    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append(('write', b))
        return len(b)
    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        self.log.append(('seek', pos, whence))
        return self.pos
    def tell(self):
        return self.pos
    def take(self):
        log, self.log = self.log, []
        return log


raw = Raw()
w = io.BufferedWriter(raw, 8)
print(raw.take())
for chunk in (b'abc', b'def', b'ghijklmnopqrstu', b'v', b'wxyz'):
    print(w.write(chunk), w.tell(), raw.take())
w.flush()
print(raw.take(), bytes(raw.data))
print(w.seek(2), raw.take())
w.write(b'XY')
print(w.seek(-1, 1), raw.take())
w.write(b'Z')
w.flush()
print(raw.take(), bytes(raw.data))

# BufferedRandom: reads, writes and seeks interleaved
raw = Raw(bytes(range(48, 48 + 40)))
r = io.BufferedRandom(raw, 8)
print(r.read(3), r.tell(), raw.take())
print(r.write(b'**'), r.tell(), raw.take())
print(r.read(4), r.tell(), raw.take())
print(r.peek(1)[:2], r.read1(3), r.tell(), raw.take())
print(r.seek(0), r.read(12), raw.take())
r.seek(-2, 2)
print(r.write(b'!!!'), r.tell())
r.flush()
print(raw.take())
print(bytes(raw.data))

# readinto and readinto1
raw = Raw(b'0123456789abcdefghij')
r = io.BufferedReader(raw, 4)
b = bytearray(3)
print(r.readinto(b), b, raw.take())
b = bytearray(6)
print(r.readinto1(b), b, raw.take())
print(r.readinto1(b), b, raw.take())
b = bytearray(10)
print(r.readinto(b), b, raw.take())
print(r.read(), r.read(), raw.take())

# a raw stream that would block
class NonBlocking(io.RawIOBase):
    def __init__(self):
        self.out = []
        self.block = False
    def writable(self): return True
    def write(self, b):
        if self.block:
            return None
        self.out.append(bytes(b[:3]))
        return min(3, len(b))

nb = NonBlocking()
w = io.BufferedWriter(nb, 8)
print(w.write(b'abcd'), w.write(b'efghijkl'), nb.out)
nb.block = True
try:
    w.write(b'mnopqrstuvwxyz')
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e.characters_written)
nb.block = False
w.flush()
print(b''.join(nb.out))

# raw streams that misbehave
class BadRead(io.RawIOBase):
    def readable(self): return True
    def readinto(self, b): return b''
try:
    io.BufferedReader(BadRead()).read(1)
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class BadTell(Raw):
    def tell(self): return -1
try:
    io.BufferedReader(BadTell(b'x')).tell()
except OSError as e:
    print(type(e).__name__, e)

class Zero(Raw):
    def seek(self, *a): return 0
    def tell(self): return 0
z = io.BufferedReader(Zero(b'12'))
print(z.tell(), z.read(1), z.tell(), z.seek(0, 1), z.seek(1), z.read(1))

# close(): errors of flush() and close() are chained
class Failing(Raw):
    failed = False
    def close(self):
        if not self.failed:
            self.failed = True
            raise OSError('close failed')
        super().close()
def fail(msg):
    raise OSError(msg)
w = io.BufferedWriter(Failing())
w.flush = lambda: fail('flush failed')
try:
    w.close()
except OSError as e:
    print(e, '<-', e.__context__)
del w.flush
print(w.closed, w.raw.failed)
try:
    w.close()
except ValueError as e:
    print('ValueError', e)
w.raw.close()
print(w.closed)

reader, writer = Raw(b'pair data'), Failing()
reader.close = lambda: fail('reader close')
pair = io.BufferedRWPair(reader, writer)
try:
    pair.close()
except OSError as e:
    print(e, '<-', e.__context__)
del reader.close
try:
    pair.close()
except ValueError as e:
    print('ValueError', e)
writer.close()
print(pair.closed, reader.closed, writer.closed)
pair = io.BufferedRWPair(Raw(b'abc\ndef'), Raw())
print(pair.readline(), pair.write(b'x'), pair.read(), pair.isatty(), pair.closed)
pair.close()
