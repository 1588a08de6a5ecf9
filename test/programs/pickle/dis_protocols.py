# The bytes pickle writes for nested data in every protocol, shown by pickletools.dis, and the
# values read back; pickletools.optimize on what the pickler wrote.
import pickle
import pickletools
import io
import collections


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 'A'
        self.b = [1, 2]

    def __repr__(self):
        return f'Slotted({self.a}, {self.b})'


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f'Node({self.name}, {len(self.children)} children)'


root = Node('root')
a = root.add(Node('a'))
a.add(Node('a1'))
root.add(Node('b'))

shared = ['shared']
data = {
    'ints': [0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31, 2**70, -2**70],
    'floats': [0.0, -0.0, 1.5, 1e100, float('inf')],
    'text': ['', 'ascii', 'é', '€uro', '\U0001f600', 'line\nbreak', 'back\\slash'],
    'bytes': [b'', b'\x00\xff', bytearray(b'ba')],
    'containers': [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], {}, {1: 'one'}, set(), {5, 6}, frozenset([7])],
    'shared': [shared, shared, (shared,)],
    'objects': [Point(1, 2), Slotted(), collections.OrderedDict([('k', 'v')]), collections.deque([1])],
    'singletons': [None, True, False, ..., NotImplemented, type(None), int, len],
}

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('=== protocol', proto)
    if proto < 2:
        # copyreg's protocol 0/1 reduction refuses __slots__ without __getstate__.
        try:
            pickle.dumps(Slotted(), proto)
        except TypeError as e:
            print('TypeError', e)
        data['objects'][1] = Point(3, 4)
    else:
        data['objects'][1] = Slotted()
    blob = pickle.dumps(data, proto)
    print(len(blob), blob[:40].hex())
    out = io.StringIO()
    pickletools.dis(blob, out, annotate=0)
    text = out.getvalue()
    print(text[:1500])
    print('...', len(text.splitlines()), 'lines')
    back = pickle.loads(blob)
    print(back['ints'] == data['ints'], back['text'] == data['text'], back['containers'] == data['containers'])
    print(back['shared'][0] is back['shared'][1] is back['shared'][2][0])
    print(back['objects'])
    opt = pickletools.optimize(blob)
    print('optimized', len(opt), pickle.loads(opt)['ints'] == data['ints'])

for proto in (0, 2, 4, 5):
    blob = pickle.dumps(root, proto)
    r = pickle.loads(blob)
    print(proto, r, r.children, r.children[0].parent is r, r.children[0].children[0].parent is r.children[0])
    print(blob.hex())
