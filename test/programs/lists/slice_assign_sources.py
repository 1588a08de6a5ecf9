# Slice assignment takes an exact list's or tuple's items as they are and iterates anything else,
# list and tuple subclasses included (through their own __iter__, as PySequence_Fast does).
class L(list):
    def __iter__(self):
        return iter(['x', 'y'])


class T(tuple):
    def __iter__(self):
        return iter(['p'])


a = [1, 2, 3]
a[1:2] = L(['a', 'b', 'c'])
print(a)
a = [1, 2, 3]
a[0:1] = T((7, 8))
print(a)
a = [1, 2, 3, 4]
a[::2] = L(['u', 'v'])
print(a)
a = [1, 2, 3, 4]
a[1:3] = (9,)
a[:0] = [0, 0]
a[len(a):] = 'ab'
print(a)
a[::-1] = range(len(a))
print(a)
a[1:2] = a
print(a)
try:
    a[::2] = L(['only'] * 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
