# BZ2Compressor and BZ2Decompressor fed in pieces: what each call returns, needs_input, eof and
# unused_data after each call, with and without max_length.
import bz2
import random
import zlib

rng = random.Random(7)
words = [b'red ', b'green ', b'blue ', b'\n', b'yellow ', b'black ']
text = b''.join(rng.choice(words) for _ in range(40000))
data = bz2.compress(text)
print('compressed', len(data))

# Decompressing in small pieces.
d = bz2.BZ2Decompressor()
out = []
for i in range(0, len(data), 97):
    out.append(d.decompress(data[i:i + 97]))
print('pieces', sum(map(len, out)), [len(o) for o in out if o], d.eof, d.needs_input, d.unused_data)
print(b''.join(out) == text)

# max_length: at most that many bytes per call.
d = bz2.BZ2Decompressor()
first = d.decompress(data[:-64], max_length=100)
print(len(first), d.needs_input, d.eof)
print(len(d.decompress(b'', max_length=100)), d.needs_input)
third = d.decompress(data[-64:], max_length=100)
print(len(third), d.needs_input, d.eof)
rest = [first, third]
steps = 0
while not d.eof:
    rest.append(d.decompress(b'', max_length=5000))
    steps += 1
    if steps % 20 == 0:
        print('  step', steps, len(rest[-1]), d.needs_input)
print('steps', steps, d.eof, d.needs_input, repr(d.unused_data))

# The input buffer: partial data with max_length=0, then more.
small = bz2.compress(b'The quick brown fox jumps over the lazy dog. ' * 40)
d = bz2.BZ2Decompressor()
print(d.decompress(small[:100], max_length=0), d.needs_input)
print(d.decompress(b'', 2), d.needs_input)
print(d.decompress(small[100:105], 15), d.needs_input)
print(len(d.decompress(small[105:])), d.eof, d.needs_input)

d = bz2.BZ2Decompressor()
print(d.decompress(small[:20], 5), d.needs_input)
print(d.decompress(small[20:], 5), d.needs_input)
print(d.decompress(b'', 1000)[:30], d.needs_input, d.eof)
print(len(d.decompress(b'')), d.eof)

# Data after the end of the stream.
d = bz2.BZ2Decompressor()
print(d.decompress(small + b'trailing'), 'x' if d.eof else 'no eof')
print(d.unused_data, d.needs_input)
try:
    d.decompress(b'more')
except EOFError as e:
    print('EOFError', e)
try:
    d.decompress(b'')
except EOFError as e:
    print('EOFError', e)

# The same stream one byte at a time: output only when a block is complete.
d = bz2.BZ2Decompressor()
sizes = []
for i in range(len(small)):
    r = d.decompress(small[i:i + 1])
    if r or d.eof:
        sizes.append((i, len(r), d.eof))
print(sizes, d.unused_data)

# BZ2Compressor: what each compress() call hands out as blocks complete.
big = rng.randbytes(250000) + text
for level in (1, 2):
    c = bz2.BZ2Compressor(level)
    parts = [c.compress(big[i:i + 30000]) for i in range(0, len(big), 30000)]
    parts.append(c.flush())
    whole = b''.join(parts)
    print(level, [len(p) for p in parts], zlib.crc32(whole) == zlib.crc32(bz2.compress(big, level)))
    print(bz2.decompress(whole) == big)
c = bz2.BZ2Compressor(1)
parts = [c.compress(big), c.compress(big), c.flush()]
print([len(p) for p in parts])
c = bz2.BZ2Compressor()
print(c.compress(b''), c.compress(b'abc'), len(c.flush()))
