# name mangling of __private names in classes: attributes, methods, nested classes, getattr with mangled names
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self):
        return f"secret of {self.__owner}"
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann")
print(a.reveal(), Account.count(), sorted(k for k in vars(a)), "_Account__secret" in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__owner, getattr(a, "_Account__owner"))
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-level"
s = Sub("bob")
print(sorted(vars(s)), s.reveal())
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
print(type(Outer().make()).__name__, hasattr(Outer, "_Outer__Inner"))
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
print(_Leading()._Leading__m(), [k for k in vars(_Leading) if "m" in k and k.startswith("_L")])
class Dunder:
    __not_mangled__ = "dunder"
print(Dunder.__not_mangled__)
