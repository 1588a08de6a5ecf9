# os: directories, stat, rename/replace/remove, scandir, walk, os.path; errors by errno name
import os, errno, stat

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_os_files')

def err(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno], e.strerror, os.path.basename(str(e.filename)), e.filename2 and os.path.basename(e.filename2))

os.mkdir(BASE)
try:
    os.makedirs(os.path.join(BASE, 'd1', 'd2'))
    os.makedirs(os.path.join(BASE, 'd1', 'd2'), exist_ok=True)
    err(os.makedirs, os.path.join(BASE, 'd1'))
    err(os.mkdir, BASE)
    for name, data in (('f1.txt', b'12345'), ('f2.bin', b''), ('d1/inner.txt', b'x')):
        with open(os.path.join(BASE, name), 'wb') as f:
            f.write(data)
    print(sorted(os.listdir(BASE)), sorted(os.listdir(os.path.join(BASE, 'd1'))))
    st = os.stat(os.path.join(BASE, 'f1.txt'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(BASE).st_mode), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[6] == st.st_size)
    print(type(st).__name__, len(st), st.n_sequence_fields if hasattr(st, 'n_sequence_fields') else '', 'st_blksize' in dir(st))
    print(os.path.exists(BASE), os.path.isdir(BASE), os.path.isfile(os.path.join(BASE, 'f1.txt')), os.path.getsize(os.path.join(BASE, 'f1.txt')))
    entries = sorted((e.name, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else -1) for e in os.scandir(BASE))
    print(entries)
    with os.scandir(BASE) as it:
        e = next(iter(sorted(it, key=lambda e: e.name)))
        print(type(e).__name__, e.name, e.path == os.path.join(BASE, e.name), repr(e), os.fspath(e) == e.path, e.is_symlink(), e.inode() > 0)
    walked = [(os.path.relpath(d, BASE), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(BASE)]
    print(sorted(walked))
    os.rename(os.path.join(BASE, 'f1.txt'), os.path.join(BASE, 'g1.txt'))
    os.replace(os.path.join(BASE, 'f2.bin'), os.path.join(BASE, 'g1.txt'))
    print(sorted(os.listdir(BASE)), os.path.getsize(os.path.join(BASE, 'g1.txt')))
    err(os.rename, os.path.join(BASE, 'nope'), os.path.join(BASE, 'nope2'))
    err(os.remove, os.path.join(BASE, 'nope'))
    err(os.rmdir, os.path.join(BASE, 'd1'))
    err(os.listdir, os.path.join(BASE, 'g1.txt'))
    err(os.stat, os.path.join(BASE, 'missing', 'x'))
    err(os.remove, os.path.join(BASE, 'd1'))
    os.rename(os.path.join(BASE, 'g1.txt'), os.path.join(BASE, 'keep.txt'))
    os.remove(os.path.join(BASE, 'd1', 'inner.txt'))
    os.removedirs(os.path.join(BASE, 'd1', 'd2'))
    print(os.listdir(BASE), os.path.exists(os.path.join(BASE, 'd1')))
    cwd = os.getcwd()
    os.chdir(BASE)
    print(os.getcwd() == BASE, os.path.abspath('x') == os.path.join(BASE, 'x'))
    os.chdir(cwd)
    err(os.chdir, os.path.join(BASE, 'none'))
    print(os.path.join('a', 'b', '/c', 'd'), os.path.normpath('/a/./b/../c//d/'), os.path.split('/a/b/c.txt'), os.path.splitext('x/y.tar.gz'))
    print(os.path.basename('/a/b/'), os.path.dirname('/a/b/'), os.path.isabs('a/b'), os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.relpath('/a/b/c', '/a/x'))
    print(os.fspath('p'), os.fspath(b'p'), os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.extsep, os.devnull, os.name)
    try:
        os.fspath(1)
    except TypeError as e:
        print('TypeError', e)
    print(os.strerror(errno.ENOENT), errno.errorcode[errno.EACCES], errno.errorcode[errno.EPERM])
    print(type(os.environ).__name__, 'PATH' in os.environ or True, os.environ.get('PYTS_SURELY_UNSET_VAR', 'dflt'), os.getenv('PYTS_SURELY_UNSET_VAR'))
    os.environ['PYTS_TEST_VAR'] = 'v1'
    print(os.environ['PYTS_TEST_VAR'], os.getenv('PYTS_TEST_VAR'), os.environb[b'PYTS_TEST_VAR'])
    del os.environ['PYTS_TEST_VAR']
    print('PYTS_TEST_VAR' in os.environ)
    print(type(os.getpid()).__name__, len(os.urandom(5)), type(os.cpu_count()).__name__, os.get_terminal_size.__name__)
finally:
    for d, ds, fs in os.walk(BASE, topdown=False):
        for f in fs:
            os.remove(os.path.join(d, f))
        for x in ds:
            os.rmdir(os.path.join(d, x))
    os.rmdir(BASE)
