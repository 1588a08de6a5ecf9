# __bases__ assignment re-entered from a custom mro(): the inner assignment's bases, MRO and
# subclass lists stand, on success and on the error path, with no subclass cycle left behind.
class E(Exception): pass
state = {'ready': False, 'mode': 0}
class M(type):
    def mro(cls):
        if state['ready'] and cls.__name__ == 'C':
            if state['mode'] == 0:
                state['ready'] = False
                C.__bases__ = (B2,)
            else:
                if C.__bases__ == (B2,):
                    state['ready'] = False
                else:
                    C.__bases__ = (B2,)
                    raise E
        return type.mro(cls)
    def __repr__(cls):
        return cls.__name__

def build():
    global A, B1, B2, C
    class A(metaclass=M): pass
    class B1(A): pass
    class B2(A): pass
    class C(A): pass

build()
state['ready'] = True
C.__bases__ = (B1,)
B1.__bases__ = (C,)
print(C.__bases__, B2.__subclasses__(), B1.__subclasses__(), B1.__bases__, C.__subclasses__(), B1.__mro__)

build()
state['ready'] = True
state['mode'] = 1
try:
    C.__bases__ = (B1,)
except E:
    print('E raised')
B1.__bases__ = (C,)
print(C.__bases__, C.__mro__ == tuple(type.mro(C)), C.__mro__, B1.__mro__, A.__subclasses__())
