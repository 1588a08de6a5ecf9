# io.TextIOWrapper over BytesIO: encodings, errors, newlines, tell/seek cookies, reconfigure, detach
import io
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.write('héllo\nwörld\n'), t.encoding, t.errors, t.line_buffering, t.newlines)
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO('a\r\nb\rc\nd'.encode()), encoding='ascii')
print(repr(t.read()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\n'), encoding='ascii', newline='')
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\n'), encoding='ascii', newline='\r')
print(t.readlines())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', newline='\r\n')
t.write('1\n2\n')
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9 \xff'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='utf-8')
try:
    t.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
try:
    t.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='xmlcharrefreplace')
t.write('é€')
t.flush()
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO('αβγ\nδε\n'.encode('utf-16')), encoding='utf-16')
print(t.readline().strip(), t.read().strip())
t = io.TextIOWrapper(io.BytesIO('x1\ny22\nz333\n'.encode()), encoding='utf-8')
pos = []
while True:
    p = t.tell()
    line = t.readline()
    if not line:
        break
    pos.append((p, line.strip()))
print(pos)
t.seek(pos[1][0])
print(repr(t.readline()))
try:
    t.seek(1, 1)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(t.seek(0, 2), t.read())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', line_buffering=True)
t.write('no newline')
print(b.getvalue())
t.write(' then\n')
print(b.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
t.write('wt')
print(b.getvalue(), t.line_buffering, t.write_through)
try:
    t.reconfigure(encoding='latin-1')
except Exception as e:
    print(type(e).__name__, e)
t2 = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
t2.reconfigure(encoding='latin-1', errors='strict', newline='')
print(t2.encoding, t2.read())
d = t2.detach()
print(type(d).__name__)
try:
    t2.read()
except ValueError as e:
    print('ValueError', e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='x')
except ValueError as e:
    print('ValueError', e)
t = io.TextIOWrapper(io.BytesIO(b'q'), encoding='utf-8')
print(repr(t)[:27], t.name if hasattr(t, 'name') else 'no name')
t.close()
print(t.closed, repr(t))
