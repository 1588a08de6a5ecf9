# list.pop / insert / remove / del at the front, the middle, the end and out of range, on short
# and long lists (the front and a long tail take different paths), and the errors.
a = list(range(10))
print(a.pop(0), a.pop(3), a.pop(), a.pop(-2), a.pop(-len(a)), a)
b = list(range(300))
print(b.pop(5), b.pop(150), b.pop(-200), len(b), b[:8], b[-3:])
for i in range(100):
    b.pop(i % len(b))
print(len(b), sum(b), b[:5], b[-5:])
q = list(range(20))
for i in range(1000):
    q.append(q.pop(0))
print(q)
a = ['a', 'b', 'c']
a.insert(0, 'x')
a.insert(100, 'y')
a.insert(-1, 'z')
a.insert(-100, 'w')
a.insert(2, 'm')
a.insert(len(a), 'end')
print(a)
del a[0]
del a[3]
del a[-1]
print(a)
a.remove('z')
a.remove('x')
print(a)
big = list(range(200))
del big[0]
del big[10]
del big[-1]
big.remove(100)
big.insert(50, 'ins')
print(len(big), big[:3], big[48:53], big[-2:])
for args in [(), (5,), (-5,), ('a',), (1.0,), (2 ** 70,)]:
    try:
        print([1, 2].pop(*args))
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del [1][5]
except IndexError as e:
    print(type(e).__name__, e)


class Eq:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


m = [1, 2, 3]
m.append(Eq(m))
try:
    m.remove(99)
except ValueError as e:
    print(type(e).__name__, e, m)


class L(list):
    pass


s = L(range(5))
print(s.pop(0), s.pop(), s, type(s).__name__)
