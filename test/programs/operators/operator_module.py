# the operator module: function forms, itemgetter/attrgetter/methodcaller
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 5), op.neg(1), op.lshift(1, 3), op.rshift(16, 2), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem("abc", 1), op.matmul.__name__, op.index(5), op.is_none(None), op.is_not_none(0))
l = [1, 2, 3]
op.setitem(l, 0, "a")
op.delitem(l, 2)
print(l, op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
g = op.itemgetter(1)
print(g("xyz"), op.itemgetter(0, 2)("xyz"), op.itemgetter("k")({"k": "v"}), op.itemgetter(slice(1, None))([1, 2, 3]))
a = op.attrgetter("real")
print(a(3), op.attrgetter("real", "imag")(1 + 2j), op.attrgetter("__class__.__name__")(1))
m = op.methodcaller("split", ",", 1)
print(m("a,b,c"), op.methodcaller("upper")("x"), repr(m))
print(repr(g), repr(a))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a(None)
except AttributeError as e:
    print(type(e).__name__, e)
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul([1], 2))
print(op.call(len, "abcd"))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)))
print(op.truth(0), op.not_(0), op.abs(-2), op.pos(-2), op.inv(2), op.invert(2))
print(op.__lt__(1, 2), op.__add__.__name__)
