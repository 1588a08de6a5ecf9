# open(): reading this program's own source in text and binary modes
with open(__file__) as f:
    first = f.readline()
    rest = f.read()
print(repr(first))
print(len(rest.splitlines()) > 5, f.closed, f.mode, f.name.endswith("open_read_self.py"))
with open(__file__, "rb") as fb:
    head = fb.read(8)
    print(head, fb.tell(), type(fb).__name__)
    fb.seek(0)
    print(fb.readline())
with open(__file__, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), lines[0][:10])
with open(__file__) as f:
    for i, line in enumerate(f):
        if i == 2:
            print("line 3:", line.rstrip())
            break
    print(type(f).__name__, f.encoding, f.readable(), f.writable(), f.seekable())
try:
    open("/definitely/not/a/real/path.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, e.strerror)
try:
    open(__file__, "rz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(__file__, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
