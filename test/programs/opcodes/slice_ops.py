# BINARY_SLICE / STORE_SLICE / BUILD_SLICE / DELETE_SUBSCR with slices and custom __getitem__
class Rec:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
lo, hi, st = 1, 5, 2
print(r[lo:hi], r[lo:], r[:hi], r[:], r[lo:hi:st], r[::st], r[::-1], r[lo:hi, st], r[..., lo:])
r[lo:hi] = "v1"
r[::st] = "v2"
r[lo:] = "v3"
del r[lo:hi]
del r[::st]
del r[:]
data = list(range(10))
print(data[lo:hi], data[-hi:-lo], data[hi:lo:-1])
data[lo:hi] = []
print(data)
del data[::st]
print(data)
s = "abcdefgh"
print(s[lo:hi:st], s[hi:], s[:-lo])
t = tuple(range(8))
print(t[lo::st], t[hi::-st])
n = None
print(s[n:n], s[n:3:n])
