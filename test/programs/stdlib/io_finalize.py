# _io._IOBase's finalizer (__del__): an unclosed file object is closed when it is dropped, with
# _finalizing set first; what close() raises is reported as unraisable ("while finalizing file").
import _io, io, gzip, os, tempfile
print(_io._IOBase.__del__, _io.FileIO.__del__ is _io._IOBase.__del__)

class R(io.RawIOBase):
    def close(self):
        print("closing R, finalizing:", getattr(self, "_finalizing", False))
        super().close()
r = R()
del r
r = R()
r.close()
del r

class Bad(io.RawIOBase):
    def __repr__(self):
        return "<Bad>"
    def close(self):
        raise OSError("boom")
b = Bad()
del b

class NoClosed(io.RawIOBase):
    @property
    def closed(self):
        raise ValueError("no state")
n = NoClosed()
del n

d = tempfile.mkdtemp()
p = os.path.join(d, "x.gz")
with gzip.open(p, "wb") as f:
    f.write(b"hello")
g = gzip.open(p, "rb")
print(g.read())
del g
os.remove(p)
os.rmdir(d)
print("end")
