# oracle: python3
# DirEntry answers is_dir/is_file/is_symlink from readdir's file types (no stat), so an entry removed
# after scandir() keeps its type; stat() asks the file system (and caches).
import os
import tempfile

d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, 'dir'))
open(os.path.join(d, 'file'), 'w').close()
os.symlink('file', os.path.join(d, 'link'))
os.symlink('missing', os.path.join(d, 'broken'))
os.symlink('dir', os.path.join(d, 'dirlink'))
os.mkfifo(os.path.join(d, 'fifo'))
entries = {e.name: e for e in os.scandir(d)}
for name in sorted(entries):
    e = entries[name]
    print(name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_file(follow_symlinks=False),
          e.is_symlink())
os.unlink(os.path.join(d, 'file'))
os.rmdir(os.path.join(d, 'dir'))
for name in ('file', 'dir'):
    e = entries[name]
    print('removed', name, e.is_dir(), e.is_file(), e.is_symlink())
    for follow in (True, False):
        try:
            e.stat(follow_symlinks=follow)
        except FileNotFoundError as exc:
            print('  stat', follow, type(exc).__name__, exc.filename == e.path)
print('link stat after removal', end=' ')
try:
    entries['link'].stat()
except FileNotFoundError:
    print('FileNotFoundError')
else:
    print('cached by is_file()')
print('link lstat', entries['link'].stat(follow_symlinks=False).st_size)
for n in ('link', 'broken', 'dirlink', 'fifo'):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
