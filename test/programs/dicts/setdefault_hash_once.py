# dict.setdefault hashes the key once and compares it once (issue #13521), for new and existing keys.
class Hashed:
    def __init__(self, name):
        self.name = name
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other


h1 = Hashed('h1')
d = {h1: 5}
h2 = Hashed('h2')
r = d.setdefault(h2, [])
print(r, h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count, len(d))
r = d.setdefault(h2, 'x')
print(r, h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count, len(d))
print(d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault(3, 'c'), d.setdefault(3.0, 'd'), d.setdefault(True, 't'))
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
print(len(d))
