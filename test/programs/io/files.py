# open(): text and binary files, modes, append, exclusive creation, seek/tell, truncate, reprs, errors
import os, io, errno

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_files')
os.mkdir(BASE)
p = os.path.join(BASE, 'a.txt')
try:
    with open(p, 'w', encoding='utf-8') as f:
        print(type(f).__name__, f.mode, f.name == p, f.encoding, f.writable(), f.readable(), f.seekable())
        print(f.write('line one\n'), f.write('ligne deux é\n'), f.tell())
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
        print(repr(f).replace(BASE, '<BASE>'))
        print(repr(f.buffer).replace(BASE, '<BASE>'))
    print(f.closed, repr(f).replace(BASE, '<BASE>'))
    with open(p, encoding='utf-8') as f:
        print(f.readlines())
    with open(p, 'rb') as f:
        data = f.read()
        print(data, f.tell(), type(f).__name__, f.mode)
        f.seek(5)
        print(f.read(3), f.tell(), f.seek(-4, 2), f.read(), f.seek(0, 1))
        print(f.peek(0)[:0], f.read1(2) if f.seek(0) == 0 else None)
    with open(p, 'a', encoding='utf-8') as f:
        print(f.tell(), f.write('three\n'), f.mode)
    with open(p, 'r+', encoding='utf-8') as f:
        print(repr(f.read(4)), f.tell())
        f.seek(0)
        f.write('LINE')
        f.seek(0, 2)
        print(f.tell())
    with open(p, encoding='utf-8') as f:
        print(list(f))
    with open(p, 'rb+') as f:
        print(f.truncate(8), f.seek(0, 2))
    print(os.path.getsize(p), open(p, 'rb').read())
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno == errno.EEXIST, e.strerror, os.path.basename(e.filename))
    try:
        open(os.path.join(BASE, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno == errno.ENOENT, e.strerror, os.path.basename(e.filename))
    try:
        open(BASE)
    except IsADirectoryError as e:
        print('IsADirectoryError', e.errno == errno.EISDIR, e.strerror)
    for mode in ('rw', 'rr', 'z', 'rtb', 'U', 'wa', '+', ''):
        try:
            open(p, mode)
        except ValueError as e:
            print(repr(mode), 'ValueError', e)
    for kw in ({'encoding': 'utf-8', 'mode': 'rb'}, {'newline': '\n', 'mode': 'rb'}, {'buffering': 0}, {'errors': 'strict', 'mode': 'rb'}):
        try:
            open(p, **kw)
        except ValueError as e:
            print(kw, 'ValueError', e)
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall(), f.read())
    with open(p, 'w', encoding='utf-8', newline='\r\n') as f:
        f.write('a\nb\n')
    print(open(p, 'rb').read(), repr(open(p, encoding='utf-8').read()), repr(open(p, encoding='utf-8', newline='').read()))
    f = open(p, encoding='utf-8')
    f.close()
    for op in (f.read, f.readline, lambda: f.seek(0), f.tell, lambda: next(iter(f))):
        try:
            op()
        except ValueError as e:
            print('ValueError', e)
    fd = os.open(p, os.O_RDONLY)
    with open(fd, 'rb', closefd=False) as f:
        print(f.name == fd, f.read(2))
    print(os.read(fd, 2))
    os.close(fd)
    with open(p, 'w', encoding='latin-1') as f:
        f.write('caf\xe9')
    print(open(p, 'rb').read(), open(p, encoding='latin-1').read())
    try:
        open(p, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
finally:
    for name in os.listdir(BASE):
        os.remove(os.path.join(BASE, name))
    os.rmdir(BASE)
