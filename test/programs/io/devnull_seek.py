# /dev/null opened read-write is seekable (lseek succeeds and stays at 0), so io.open(os.devnull,
# "r+") works (subprocess tests pass such a file as a child's stdin and stdout).
import io, os

with io.open(os.devnull, "r+") as f:
    print(f.seekable(), f.tell(), f.read(), f.write("abc"), f.tell())
fd = os.open(os.devnull, os.O_RDWR)
print(os.lseek(fd, 5, os.SEEK_SET), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
os.close(fd)
with open(os.devnull, "rb+") as f:
    print(f.seekable(), f.seek(10), f.read(4))
