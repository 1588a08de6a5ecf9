# oracle: python3
# dir_fd and descriptor forms of the path functions, and os.fwalk over a small tree.
import os
import stat
import tempfile

d = tempfile.mkdtemp()
dfd = os.open(d, os.O_RDONLY)
print('supports', os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd,
      os.scandir in os.supports_fd, os.chdir in os.supports_fd, os.stat in os.supports_follow_symlinks)

os.mkdir('sub', dir_fd=dfd)
fd = os.open('sub/f.txt', os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dfd)
os.write(fd, b'12345')
os.close(fd)
print('stat', os.stat('sub/f.txt', dir_fd=dfd).st_size)
os.symlink('sub/f.txt', 'link', dir_fd=dfd)
print('readlink', os.readlink('link', dir_fd=dfd))
print('lstat is link', stat.S_ISLNK(os.stat('link', dir_fd=dfd, follow_symlinks=False).st_mode))
print('access', os.access('sub/f.txt', os.R_OK, dir_fd=dfd), os.access('nothing', os.F_OK, dir_fd=dfd))
os.rename('sub/f.txt', 'sub/g.txt', src_dir_fd=dfd, dst_dir_fd=dfd)
os.link('sub/g.txt', 'hard', src_dir_fd=dfd, dst_dir_fd=dfd)
print('nlink', os.stat('hard', dir_fd=dfd).st_nlink)
os.utime('hard', ns=(1_000_000_000, 2_000_000_000), dir_fd=dfd)
print('utime', os.stat('sub/g.txt', dir_fd=dfd).st_mtime_ns)
os.chmod('hard', 0o600, dir_fd=dfd)
print('chmod', oct(stat.S_IMODE(os.stat('sub/g.txt', dir_fd=dfd).st_mode)))

print('pathconf', os.pathconf(d, 'PC_NAME_MAX'), os.fpathconf(dfd, 'PC_NAME_MAX'), os.pathconf(dfd, os.pathconf_names['PC_NAME_MAX']))
print('listdir(fd)', sorted(os.listdir(dfd)))
with os.scandir(dfd) as it:
    for e in sorted(it, key=lambda e: e.name):
        print('entry', e.name, e.path, e.is_dir(), e.is_symlink(), e.stat(follow_symlinks=False).st_nlink >= 1)

for root, dirs, files, rootfd in os.fwalk(d):
    print('fwalk', os.path.relpath(root, d), sorted(dirs), sorted(files),
          [os.stat(f, dir_fd=rootfd, follow_symlinks=False).st_size > 0 for f in sorted(files)])

# An fd given as the path.
fd = os.open(os.path.join(d, 'hard'), os.O_RDWR)
os.chmod(fd, 0o640)
os.utime(fd, (5, 6))
st = os.stat(fd)
print('fd forms', oct(stat.S_IMODE(st.st_mode)), st.st_atime, st.st_mtime)
os.truncate(fd, 2)
print('truncate(fd)', os.stat(fd).st_size)
os.close(fd)

cwd = os.getcwd()
os.fchdir(dfd)
print('fchdir', os.getcwd() == os.path.realpath(d))
os.chdir(cwd)

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except (OSError, ValueError, TypeError, NotImplementedError) as e:
        return type(e).__name__, getattr(e, 'errno', None) or str(e)
    return 'no error'

print('bad dir_fd', err(os.stat, 'x', dir_fd=1000))
ffd = os.open('sub/g.txt', os.O_RDONLY, dir_fd=dfd)
print('dir_fd not a dir', err(os.stat, 'x', dir_fd=ffd))
os.close(ffd)
print('dir_fd and fd', err(os.stat, dfd, dir_fd=dfd), err(os.utime, dfd, dir_fd=dfd))
print('fd and follow', err(os.stat, dfd, follow_symlinks=False), err(os.utime, dfd, follow_symlinks=False), err(os.chown, dfd, -1, -1, follow_symlinks=False))
print('dir_fd type', err(os.stat, 'x', dir_fd='3'))
print('missing', err(os.stat, 'missing', dir_fd=dfd))

os.unlink('link', dir_fd=dfd)
os.unlink('hard', dir_fd=dfd)
os.unlink('sub/g.txt', dir_fd=dfd)
os.rmdir('sub', dir_fd=dfd)
os.close(dfd)
os.rmdir(d)
print('done', os.path.exists(d))
