# type details of int/float/complex/bool: class attributes, subclass behaviour, __new__ results
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, m == 5, hash(m) == hash(5), isinstance(m, int))
class MyFloat(float):
    unit = "m"
f = MyFloat(1.5)
print(f, f * 2, type(f * 2).__name__, f.unit, f.is_integer(), float(f).__class__.__name__, MyFloat("2.5"))
class MyStr(str):
    def shout(self):
        return self.upper()
s = MyStr("hi")
print(s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, s == "hi", MyStr("a") < "b")
class MyTuple(tuple):
    @property
    def first(self):
        return self[0]
t = MyTuple([1, 2])
print(t.first, type(t + (3,)).__name__, t == (1, 2), len(t))
class MyList(list):
    pass
ml = MyList([3, 1])
ml.sort()
print(ml, type(ml).__name__, type(ml + []).__name__, type(ml * 2).__name__, type(ml.copy()).__name__)
class MyDict(dict):
    pass
md = MyDict(a=1)
print(type(md.copy()).__name__, type(md | {}).__name__, type(MyDict.fromkeys("a")).__name__)
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__, bool.__new__(bool, 0), complex.__new__(complex, 1, 2))
