# _pyio (the pure-Python io) on files, and bytearrays resized once the temporary memoryviews over
# them are gone (CPython releases a view at its last reference)
import _pyio as pyio, os

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_pyio')
os.mkdir(BASE)
p = os.path.join(BASE, 'f.bin')
try:
    with pyio.open(p, 'wb') as f:
        print(f.write(b'x' * 70000), f.write(b'tail'), f.tell())
    with pyio.open(p, 'rb') as f:
        data = f.read()
        print(len(data), data[-6:], f.read())
    with pyio.open(p, 'rb', buffering=0) as f:
        print(len(f.readall()))
    with pyio.open(p, 'w', encoding='utf-8') as f:
        f.write('first\nsecond é\n')
    with pyio.open(p, encoding='utf-8') as f:
        print(f.readlines(), f.tell())
    with pyio.open(p, 'r+b') as f:
        f.seek(3)
        f.write(b'ST')
        f.truncate(8)
        f.seek(0)
        print(f.read())

    ba = bytearray(b'abcdef')
    def length(view):
        return len(view)
    print(length(memoryview(ba)[2:]))
    ba.extend(b'gh')
    n = 0
    while (k := length(memoryview(ba)[n:])) > 4:
        n += 2
    ba.clear()
    print(ba, n)
    m = memoryview(ba)
    try:
        ba.extend(b'zz')
    except BufferError as e:
        print('BufferError', e)
    views = [memoryview(ba)]
    del m
    try:
        ba.append(1)
    except BufferError as e:
        print('BufferError', e)
    views.clear()
    ba.append(1)
    print(ba)
    with memoryview(ba) as m2:
        pass
    ba.append(2)
    print(ba, repr(m2).startswith('<released'))
finally:
    for n in os.listdir(BASE):
        os.unlink(os.path.join(BASE, n))
    os.rmdir(BASE)
