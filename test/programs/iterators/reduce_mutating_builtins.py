# Iterator __reduce__ looks builtins.iter (or reversed) up before reading the iterator's state:
# the lookup may run Python code (a key's __eq__) that exhausts the iterator meanwhile.
import builtins

bd = builtins.__dict__
orig = {'iter': iter, 'reversed': reversed}


class Key:
    def __init__(self, name, it):
        self.name = name
        self.it = it

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        list(self.it)
        return other == self.name


class Empty:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise StopIteration


def run(name, it):
    del bd[name]
    bd[Key(name, it)] = orig[name]
    try:
        return it.__reduce__()
    finally:
        del bd[name]
        bd[name] = orig[name]


for item in ["xyz", [1, 2, 3], b"abc", bytearray(b"abc"), (1, 2, 3), Empty(), tuple[int]]:
    r = run('iter', iter(item))
    print(type(item).__name__, r[0] is iter, r[1:])
r = run('iter', iter(lambda: 0, 0))
print('callable', r[0] is iter, r[1:])
r = run('reversed', reversed(list(range(8))))
print('reversed', r[0] is reversed, r[1:])
print(iter is orig['iter'], reversed is orig['reversed'])
