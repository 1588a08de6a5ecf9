# oracle: python3
# Descriptor calls: dup, dup2, pread/pwrite, readv/writev, fchmod, fstat through duplicates, and
# their errors for bad descriptors.
import errno
import os
import stat
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data')
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
print('write', os.write(fd, b'hello world'))
print('pread', os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR))
print('pwrite', os.pwrite(fd, b'W', 6), os.pread(fd, 11, 0))

# A duplicate shares the offset.
g = os.dup(fd)
os.lseek(fd, 0, os.SEEK_SET)
print('dup read', os.read(g, 5), os.lseek(fd, 0, os.SEEK_CUR))
print('dup inheritable', os.get_inheritable(g))
os.close(g)

# dup2 onto a chosen number, then close the original: the copy stays usable.
h = os.dup2(fd, 40)
print('dup2 ->', h, os.get_inheritable(h))
h2 = os.dup2(fd, 41, inheritable=False)
print('dup2 inheritable=False', os.get_inheritable(h2))
os.close(h2)
os.close(fd)
os.lseek(h, 0, os.SEEK_SET)
print('after close', os.read(h, 5))
print('same file', os.path.sameopenfile(h, h))

# readv/writev.
os.ftruncate(h, 0)
os.lseek(h, 0, os.SEEK_SET)
print('writev', os.writev(h, [b'ab', bytearray(b'cde'), memoryview(b'f')]))
os.lseek(h, 0, os.SEEK_SET)
a, b = bytearray(4), bytearray(4)
print('readv', os.readv(h, [a, b]), bytes(a), bytes(b))

os.fchmod(h, 0o600)
print('fchmod', oct(stat.S_IMODE(os.fstat(h).st_mode)))
os.close(h)

def err(f, *args):
    try:
        f(*args)
    except OSError as e:
        return errno.errorcode.get(e.errno), type(e).__name__
    except Exception as e:
        return type(e).__name__, str(e)
    return 'no error'

bad = 1000
print('dup bad', err(os.dup, bad))
print('dup2 bad', err(os.dup2, bad, 20))
print('dup2 negative', err(os.dup2, 0, -1))
print('pread bad', err(os.pread, bad, 1, 0))
print('pread negative length', err(os.pread, 0, -1, 0))
print('pwrite bad', err(os.pwrite, bad, b'x', 0))
print('fchmod bad', err(os.fchmod, bad, 0o600))
print('readv bad', err(os.readv, bad, [bytearray(1)]))
print('writev bad', err(os.writev, bad, [b'x']))
print('writev not sequence', err(os.writev, 1, 5))
print('fstatvfs bad', err(os.fstatvfs, bad))
print('fdatasync bad', err(os.fdatasync, bad))

# copy_file_range: at offsets (positions unchanged) or from/at the current positions.
src, dst = os.path.join(d, 'src'), os.path.join(d, 'dst')
with open(src, 'wb') as f:
    f.write(bytes(range(256)) * 10)
fs = os.open(src, os.O_RDONLY)
fdst = os.open(dst, os.O_RDWR | os.O_CREAT, 0o644)
print('copy_file_range', os.copy_file_range(fs, fdst, 10, offset_src=5, offset_dst=3), os.lseek(fs, 0, 1), os.lseek(fdst, 0, 1))
print('copy_file_range pos', os.copy_file_range(fs, fdst, 4), os.lseek(fs, 0, 1), os.lseek(fdst, 0, 1))
print('copy_file_range eof', os.copy_file_range(fs, fdst, 10, offset_src=5000))
print('contents', os.pread(fdst, 20, 0))
print('copy_file_range negative', err(os.copy_file_range, fs, fdst, -1))
print('copy_file_range reversed', err(os.copy_file_range, fdst, fs, 1))
print('copy_file_range bad', err(os.copy_file_range, bad, fdst, 1))
os.close(fs)
os.close(fdst)
import shutil
shutil.copyfile(src, dst)
print('copyfile', os.path.getsize(dst), open(dst, 'rb').read() == open(src, 'rb').read())

for p in (path, src, dst):
    os.unlink(p)
os.rmdir(d)
