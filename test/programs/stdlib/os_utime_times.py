# oracle: python3
# (the oracle's Emscripten file system keeps 53-bit nanoseconds; 3.11 and 3.14 set times alike)
# os.utime: ns exact to the microsecond the file system keeps, float seconds floored to ns, times
# before 1970, the argument errors.
import os, tempfile

fd, name = tempfile.mkstemp()
os.close(fd)
os.utime(name, ns=(1002003000, 4005006000))
st = os.stat(name)
print(st.st_atime_ns, st.st_mtime_ns)
for t in (1.5, -1.5, 4.0050060005, 1e10 + 0.25, 4005006000 * 1e-9 + 0.5e-9, float('nan'), 1e300, 7):
    try:
        os.utime(name, (t, t))
        print(os.stat(name).st_mtime_ns)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [dict(times=(1, 2), ns=(1, 2)), dict(times=[1, 2]), dict(ns=(1,)), dict(ns=(1.5, 2))]:
    try:
        os.utime(name, **bad)
    except Exception as e:
        print(type(e).__name__, e)
os.remove(name)
