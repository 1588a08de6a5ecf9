# __prepare__: custom namespaces for class bodies
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls

class Record(metaclass=Meta, opt="x"):
    z = 1
    a = 2
    def m(self): pass
    z = 3

print(Record.field_order, Record.z)

class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith('__') or key in ('print', 'len'):
            raise KeyError(key)
        return "auto:" + key

class AutoMeta(type):
    def __prepare__(name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

class Magic(metaclass=AutoMeta):
    value = undefined_thing
print(Magic.value)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.__prepare__("N", ()), type(type.__prepare__()))

class Logging(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
class LMeta(type):
    def __prepare__(name, bases):
        ns = Logging()
        ns['preset'] = "from prepare"
        return ns
class L(metaclass=LMeta):
    got = preset
print(L.got)
