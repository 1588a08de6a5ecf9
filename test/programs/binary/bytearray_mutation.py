# bytearray mutation methods
ba = bytearray(b"hello")
ba.append(33); print(ba)
ba.extend(b" world"); ba.extend([33, 33]); print(ba)
ba.insert(0, 62); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o")); print(ba)
ba.reverse(); print(ba)
ba.reverse()
ba[0] = 72; print(ba)
ba[1:3] = b"EY"; print(ba)
ba[0:0] = b"[["; print(ba)
del ba[0:2]; print(ba)
del ba[::2]; print(ba)
ba[::2] = b"X" * len(ba[::2]); print(ba)
ba += b"++"; print(ba)
ba *= 2; print(ba)
c = ba.copy(); c.clear(); print(c, len(ba))
for call in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.insert(0, -1), lambda: ba.__setitem__(0, 300),
             lambda: ba.__setitem__(slice(0, 4, 2), b"abc"), lambda: ba.extend("str"), lambda: ba.extend([1, "a"]), lambda: bytearray(b"x").index(b"y")]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(ba.hex(), ba.upper(), ba.find(b"X"), ba.split(b"+"), type(ba.upper()).__name__, type(ba[0:2]).__name__)
x = bytearray(b"abc")
print(x == b"abc", x is not bytes(x), hash(bytes(x)) == hash(b"abc"), x.decode(), bytearray.fromhex("ff00"), bytes(x) + x, type(bytes(x) + x).__name__, type(x + b"").__name__)
try:
    hash(x)
except TypeError as e:
    print(type(e).__name__, e)
y = bytearray(b"  strip  ")
print(y.strip(), y.lstrip(b" s"), bytearray(b"a,b").split(b","), bytearray(b"%d") % 5)
