from collections import namedtuple, OrderedDict, ChainMap
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._make([3, 4]), Point._fields, p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point.x, Point.x.__doc__, type(Point.x).__name__, len(p), list(p), p + (3,), p * 2)
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3._field_defaults, P3(1, 2, 3), P3.__new__.__defaults__)
print(namedtuple('R', 'a def _x a2', rename=True)._fields)
for bad in ["namedtuple('X', 'a def')", "namedtuple('X', 'a a')", "namedtuple('X', '_a')", "Point(1)", "Point(1, 2, 3)",
            "p._replace(z=1)", "Point.x.__set__(p, 5)", "setattr(p, 'x', 5)", "Point.x.__get__(5)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
class Emp(namedtuple('Emp', 'name dept')):
    __slots__ = ()
    @property
    def tag(self):
        return f'{self.name}@{self.dept}'
e = Emp('ann', 'eng')
print(e, e.tag, e._replace(dept='ops'))
od = OrderedDict([('b', 2), ('a', 1)])
od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1, b=2)
print(od2 == OrderedDict(b=2, a=1), od2 == dict(b=2, a=1), list(reversed(od2)))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'z': 0}), cm.parents)
