# data vs non-data descriptors and precedence against the instance __dict__
class NonData:
    def __get__(self, obj, objtype=None):
        return f"NonData.__get__(obj={type(obj).__name__}, type={objtype.__name__})"

class Data:
    def __get__(self, obj, objtype=None):
        return "Data.__get__"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()

c = C()
print(c.nd)
print(C.nd)
c.__dict__['nd'] = "instance wins over non-data"
print(c.nd)
c.__dict__['d'] = "instance loses to data"
print(c.d)
c.d = 5
c.so = 4
print(c.so, C.so.__class__.__name__)
del c.__dict__['so']
print(type(c.so).__name__)

class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")
class D:
    x = DeleteOnly()
d = D()
del d.x
try:
    d.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class GetRaises:
    def __get__(self, obj, objtype=None):
        raise AttributeError("from __get__")
class E:
    g = GetRaises()
    def __getattr__(self, name):
        return "__getattr__ fallback for " + name
print(E().g)

class ClassLevel:
    def __get__(self, obj, objtype=None):
        return ("got", obj is None)
class F:
    attr = ClassLevel()
print(F.attr, F().attr)

class Meta(type):
    md = Data()
class G(metaclass=Meta):
    pass
print(G.md)
G.md = 3
print(vars(G).get('md', 'not stored'))

print(hasattr(NonData(), '__set__'), hasattr(Data(), '__set__'))
import inspect
print(inspect.isdatadescriptor(Data()), inspect.isdatadescriptor(NonData()), inspect.ismethoddescriptor(NonData()))
