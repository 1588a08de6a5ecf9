# TextIOWrapper: attributes after detach(), reconfigure() argument checks, read-ahead kept across a
# write on an unseekable stream, reentrant writes while flushing, argument encoding checks, pickling
# subclasses of the buffered and text classes
import io, pickle

b = io.BufferedWriter(io.BytesIO())
t = io.TextIOWrapper(b, encoding='ascii')
t.write('howdy')
b2 = t.detach()
b2.flush()
print(b2 is b, b.raw.getvalue())
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer)
for op in (t.detach, t.read, lambda: t.name, lambda: t.closed):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

# an unseekable pair: a write does not drop what was read ahead
p = io.BufferedRWPair(io.BytesIO(b'foo\nbar\n'), io.BytesIO())
f = io.TextIOWrapper(p, encoding='ascii')
line = f.readline()
f.write(line)
print(repr(line + f.readline()))

# a write that reenters while the pending text is flushed
class Reentrant(io.BytesIO):
    chunks = []
    def write(self, data):
        if not self.chunks:
            self.chunks.append(None)
            t.write('middle')
        self.chunks.append(bytes(data)[:8])
        return super().write(data)
buf = Reentrant()
t = io.TextIOWrapper(buf, encoding='ascii')
t.write('abc')
t.write('def')
t.write('g' * 8192)
t.flush()
print(buf.chunks[1:])

def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e)[:70])

raw = io.BytesIO(b'\xc3\xa9\n')
t = io.TextIOWrapper(raw, encoding='utf-8')
attempt(t.__init__, raw, encoding='\udcfe')
attempt(t.__init__, raw, encoding='utf-8\0')
attempt(t.__init__, raw, encoding='utf-8', errors='\udcfe')
attempt(t.__init__, raw, encoding='utf-8', errors='replace\0')
attempt(t.__init__, raw, encoding='utf-8', newline='\udcfe')
attempt(t.__init__, raw, encoding='utf-8', newline='\n\0')
attempt(t.__init__, raw, encoding=42)

class BadIndex:
    def __index__(self):
        1 / 0
t = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
attempt(t.reconfigure, encoding=42)
attempt(t.reconfigure, encoding='\udcfe')
attempt(t.reconfigure, encoding='locale\0')
attempt(t.reconfigure, errors='\udcfe')
attempt(t.reconfigure, newline='\udcfe')
attempt(t.reconfigure, newline='xyz')
attempt(t.reconfigure, line_buffering=BadIndex())
attempt(t.reconfigure, line_buffering=2 ** 1000)
attempt(t.reconfigure, write_through=BadIndex(), line_buffering=BadIndex())
print(t.encoding, t.errors, t.line_buffering, t.write_through)
t.reconfigure(line_buffering=2, write_through=0)
print(t.line_buffering, t.write_through)
attempt(__import__('codecs').lookup, '\udcfe')

class MyBuffered(io.BufferedReader):
    def __init__(self, raw, tag):
        super().__init__(raw)
        self.tag = tag
    def __getstate__(self):
        return self.tag, self.raw.getvalue()
    def __setstate__(self, state):
        tag, value = state
        self.__init__(io.BytesIO(value), tag)

class MyText(io.TextIOWrapper):
    def __init__(self, raw, tag):
        super().__init__(raw, encoding='ascii')
        self.tag = tag
    def __getstate__(self):
        return self.tag, self.buffer.getvalue()
    def __setstate__(self, state):
        tag, value = state
        self.__init__(io.BytesIO(value), tag)

for obj in (MyBuffered(io.BytesIO(b'data'), 'ham'), MyText(io.BytesIO(b'text'), 'eggs')):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        new = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(new).__name__, new.read(), new.tag)
for obj in (io.BufferedReader(io.BytesIO()), io.TextIOWrapper(io.BytesIO(), encoding='ascii')):
    attempt(pickle.dumps, obj)
print([c.__name__ for c in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
                            io.TextIOWrapper, io.IncrementalNewlineDecoder, io.FileIO, io.BytesIO, io.StringIO)
       if '__new__' in vars(c)])
attempt(io.IOBase, 1)
