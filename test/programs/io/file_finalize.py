# Files that are dropped unclosed: closed and flushed when collected, with ResourceWarning
# "unclosed file <the outermost object>"; buffers over raw streams written in Python
import gc, io, os, warnings, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_finalize')
os.mkdir(BASE)
p = os.path.join(BASE, 'f.txt')


def collected(make):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        f = make()
        r = repr(f).replace(BASE, '<BASE>')
        del f
        gc.collect()
    msgs = [str(x.message).replace(BASE, '<BASE>') for x in w]
    print(r)
    print('  ', [x.category.__name__ for x in w], msgs)


try:
    def text():
        f = open(p, 'w', encoding='utf-8')
        f.write('text data')
        return f
    collected(text)
    with open(p, encoding='utf-8') as f:
        print(repr(f.read()))

    def binary():
        f = open(p, 'wb')
        f.write(b'binary data')
        return f
    collected(binary)
    with open(p, 'rb') as f:
        print(f.read())

    collected(lambda: open(p, 'rb', buffering=0))
    collected(lambda: open(p, 'r+b'))

    # a descriptor that is not the file's own is not closed, and not warned about
    fd = os.open(p, os.O_RDONLY)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        f = open(fd, 'rb', closefd=False)
        del f
        gc.collect()
    print(w)
    print(os.read(fd, 6))
    os.close(fd)

    # a cycle through the file object
    def cyclic():
        f = open(p, 'w', encoding='ascii')
        f.write('cyclic')
        f.me = f
        return f
    collected(cyclic)
    with open(p) as f:
        print(repr(f.read()))

    # buffers over raw streams written in Python are flushed and closed when dropped
    class Raw(io.RawIOBase):
        def __init__(self, name):
            self.name = name
        def writable(self):
            return True
        def write(self, b):
            print('  write', self.name, bytes(b))
            return len(b)
        def close(self):
            if not self.closed:
                print('  close', self.name)
            super().close()

    b = io.BufferedWriter(Raw('raw1'), 8)
    b.write(b'abc')
    print('drop buffer')
    del b
    gc.collect()
    t = io.TextIOWrapper(io.BufferedWriter(Raw('raw2')), encoding='ascii')
    t.write('text')
    print('drop text file')
    del t
    gc.collect()

    class Record(io.BytesIO):
        def close(self):
            print('  BytesIO closed with', self.getvalue())
            super().close()
    t = io.TextIOWrapper(Record(), encoding='ascii')
    t.write('abc')
    del t
    gc.collect()

    # errors while closing a dropped file are reported, not raised
    class CloseFailure(io.RawIOBase):
        def readable(self):
            return True
        def close(self):
            if not self.closed:
                super().close()
                raise OSError('close failed')
    seen = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg.split(' <')[0]))
    try:
        try:
            io.BufferedReader(CloseFailure()).xyzzy
        except AttributeError as e:
            print('AttributeError', e.name)
        gc.collect()
    finally:
        sys.unraisablehook = old
    print(seen)
finally:
    for n in os.listdir(BASE):
        os.unlink(os.path.join(BASE, n))
    os.rmdir(BASE)
