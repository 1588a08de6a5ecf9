# BZ2File and bz2.open over io.BytesIO: writing, reading, lines, seeking, peeking, several streams,
# text mode.
import bz2
import io

lines = [f'line {i}: {"x" * (i % 17)}\n'.encode() for i in range(3000)]
text = b''.join(lines)

buf = io.BytesIO()
with bz2.BZ2File(buf, 'w', compresslevel=5) as f:
    for i in range(0, len(text), 1000):
        f.write(text[i:i + 1000])
    print(f.tell(), f.writable(), f.readable(), f.seekable())
data = buf.getvalue()
print(len(data), bz2.decompress(data) == text)

with bz2.BZ2File(io.BytesIO(data)) as f:
    print(f.read(10), f.tell())
    print(f.readline())
    print(f.peek(5)[:5])
    print(len(f.readlines()))
    print(f.read(), f.read(5))
    f.seek(0)
    print(f.read(20))
    f.seek(5000)
    print(f.readline())
    f.seek(-30, 2)
    print(f.read())
    f.seek(100)
    f.seek(50, 1)
    print(f.tell(), f.read(8))
    print(f.seek(10**7), f.read())

# Iteration and several streams in one file, with junk after the last.
multi = bz2.compress(b'one\ntwo\n') + bz2.compress(b'three\n') + bz2.compress(b'') + bz2.compress(b'four')
with bz2.BZ2File(io.BytesIO(multi)) as f:
    print(list(f))
with bz2.BZ2File(io.BytesIO(multi + b'junk!')) as f:
    print(f.read())
with bz2.BZ2File(io.BytesIO(multi[:-5])) as f:
    try:
        f.read()
    except EOFError as e:
        print('EOFError', e)

# read in small chunks, readinto.
with bz2.BZ2File(io.BytesIO(data)) as f:
    total = 0
    while chunk := f.read(333):
        total += len(chunk)
    print(total)
with bz2.BZ2File(io.BytesIO(data)) as f:
    b = bytearray(100)
    print(f.readinto(b), bytes(b[:12]))

# Append mode writes a second stream.
buf = io.BytesIO()
with bz2.BZ2File(buf, 'w') as f:
    f.write(b'first\n')
with bz2.BZ2File(buf, 'a') as f:
    f.write(b'second\n')
print(bz2.decompress(buf.getvalue()))

# Text mode through bz2.open.
buf = io.BytesIO()
with bz2.open(buf, 'wt', encoding='utf-8', newline='\n') as f:
    f.write('héllo\nwörld\n')
with bz2.open(io.BytesIO(buf.getvalue()), 'rt', encoding='utf-8') as f:
    print(f.readlines())
with bz2.open(io.BytesIO(buf.getvalue()), 'rb') as f:
    print(f.read())

# Errors.
for mode in ('rw', 'x+', 'wt'):
    try:
        bz2.BZ2File(io.BytesIO(), mode)
    except ValueError as e:
        print('ValueError', e)
for kwargs in ({'encoding': 'utf-8'}, {'newline': '\n'}):
    try:
        bz2.open(io.BytesIO(), 'rb', **kwargs)
    except ValueError as e:
        print('ValueError', e)
f = bz2.BZ2File(io.BytesIO(data))
f.close()
for call in (f.read, f.readline, lambda: f.seek(0), f.tell):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
with bz2.BZ2File(io.BytesIO(b'not bzip2 data')) as f:
    try:
        f.read()
    except OSError as e:
        print('OSError', e)
w = bz2.BZ2File(io.BytesIO(), 'w')
try:
    w.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
w.close()
