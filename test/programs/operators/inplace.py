# in-place operators: __iadd__ and fallbacks to __add__, augmented assignment targets
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
alias = a
a += 1
a += 2
print(a, alias is a)

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
old = n
n += 5
print(n.v, old.v, n is old)

class IaddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = IaddNI()
x += 1
print(x)

class IaddReturnsOther:
    def __imul__(self, o):
        return "replaced"
y = IaddReturnsOther()
y *= 3
print(y)

lst = [1]
lst2 = lst
lst += [2, 3]
print(lst, lst2, lst is lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 3
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1}
st |= {2}
st &= {2, 3}
st ^= {5}
st -= {9}
print(st)
k = 17
k //= 3; print(k)
k **= 2; print(k)
k %= 7; print(k)
k <<= 4; print(k)
k >>= 1; print(k)
k &= 0b1010; print(k)
k |= 1; print(k)
k ^= 0xff; print(k)
k -= 300; print(k)
k /= 4; print(k)

class Holder:
    def __init__(self):
        self.v = 1
        self.lst = [10, 20]
h = Holder()
h.v += 1
h.lst[1] += 5
h.lst[0:1] += [7]
print(h.v, h.lst)
dd = {"k": [1]}
dd["k"] += [2]
dd.setdefault("z", 0)
dd["z"] -= 1
print(dd)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    q = None
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    q = "s"
    q -= "t"
except TypeError as e:
    print(type(e).__name__, e)
