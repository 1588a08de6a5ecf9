# bz2.compress and bz2.decompress: the compressed bytes themselves (libbzip2's), at every level,
# for small inputs, runs around the run-length limits, repeated patterns and several blocks.
import bz2
import random
import zlib


def show(label, data, level=9):
    c = bz2.compress(data, level)
    back = bz2.decompress(c)
    digest = c.hex() if len(c) <= 60 else f'{len(c)} bytes crc32={zlib.crc32(c):08x}'
    print(f'{label}: {len(data)} -> {digest} roundtrip={back == data}')


rng = random.Random(2024)
show('empty', b'')
show('one', b'x')
show('hello', b'hello world\n')
for n in (3, 4, 5, 255, 256, 259, 260, 1000, 70000):
    show(f'run{n}', b'q' * n)
show('ab', b'ab' * 500)
show('abc', b'abc' * 20000)
show('allbytes', bytes(range(256)) * 8)
show('random', rng.randbytes(5000))
words = [b'alpha', b'beta', b'gamma', b'delta', b'\n', b' ', b'epsilon']
text = b''.join(rng.choice(words) for _ in range(60000))
for level in range(1, 10):
    show(f'text level {level}', text, level)
show('zeros', bytes(300000), 1)
show('mixed blocks', rng.randbytes(120000) + b'z' * 150000 + text[:90000], 1)

# Keyword and positional compresslevel, memoryview and bytearray inputs.
print(bz2.compress(memoryview(b'abc'), compresslevel=1) == bz2.compress(b'abc', 1))
print(bz2.decompress(bytearray(bz2.compress(b'abc'))))
# Concatenated streams and trailing junk.
two = bz2.compress(b'first ') + bz2.compress(b'second')
print(bz2.decompress(two))
print(bz2.decompress(two + b'junk that is not bzip2'))
print(bz2.decompress(b''))
