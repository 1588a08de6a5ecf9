# Custom mro(): __mro__ is None while the first MRO is computed, __bases__ may be reassigned from
# inside mro() (the reentrant assignment wins), an MRO without the class fails class creation, and a
# class cannot extend one whose MRO is still being computed.
class B: pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
    print(A.__mro__)
except TypeError as e:
    print('TypeError', e)

class M2(type):
    def mro(cls):
        return (B,)
try:
    class A2(metaclass=M2): pass
    print(A2.__mro__)
except TypeError as e:
    print('TypeError', e)

step = [0]
class M3(type):
    def mro(cls):
        if step[0] < 1:
            step[0] += 1
            print('mro None', cls.__mro__ is None)
            cls.__bases__ += ()
        return type.mro(cls)
class A3(metaclass=M3): pass
print(A3.__mro__)
class M4(type):
    def mro(cls):
        if cls.__mro__ is None:
            try: super(cls, cls).xxx
            except AttributeError as e: print('AE', e)
        return type.mro(cls)
class A4(metaclass=M4): pass
print(A4.__mro__)

class M(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ not in ('X', 'Y'):
            try:
                class X(cls): pass
            except TypeError as e:
                print('X', e)
            try:
                class Y(int, cls): pass
            except TypeError as e:
                print('Y', e)
            try:
                print(type.mro(cls))
            except TypeError as e:
                print('mro', e)
        return type.mro(cls)
class A(metaclass=M): pass
print(A.__mro__)
