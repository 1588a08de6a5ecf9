# class creation, instances, attributes, methods, bound methods
class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
q = p.moved(dy=1)
print(q.x, q.y)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(Point.norm2(p))
print(type(p) is Point, type(Point) is type, Point.__bases__, Point.__base__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print(p.__dict__)
p.z = 5
print(p.__dict__)
del p.z
print(hasattr(p, 'z'))
try:
    del p.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.norm2(1)
except TypeError as e:
    print(type(e).__name__, e)
print(m == p.norm2, m is p.norm2)
class Empty:
    pass
e = Empty()
print(Empty.__dict__.get('__doc__'), e.__class__.__name__, bool(e))
print(isinstance(e, object), issubclass(Empty, object))
