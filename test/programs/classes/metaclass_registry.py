# metaclasses used for registration, attribute validation, auto-naming and singletons
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[ns.get("key", name.lower())] = cls
        return cls
class Plugin(metaclass=Registry):
    pass
class CsvPlugin(Plugin):
    key = "csv"
class JsonPlugin(Plugin):
    pass
print(sorted(Registry.classes), Registry.classes["csv"].__name__)
class Validated(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith("_"):
                continue
            if callable(v) and not k.islower():
                raise TypeError(f"method {k!r} must be lowercase")
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Validated):
        def BadName(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)
class AutoSlots(type):
    def __new__(mcls, name, bases, ns):
        ns["__slots__"] = tuple(ns.pop("fields", ()))
        return super().__new__(mcls, name, bases, ns)
class Point(metaclass=AutoSlots):
    fields = ["x", "y"]
p = Point()
p.x = 1
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.__slots__)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(["meta", "iter"])
    def __getitem__(cls, k):
        return f"Meta[{k}]"
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), len(WithMeta), list(WithMeta), WithMeta["x"])
