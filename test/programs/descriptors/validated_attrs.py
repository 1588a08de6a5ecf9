# a descriptor-based validation framework (a common real-world pattern)
class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: expected one of {sorted(self.options)!r}, got {value!r}")

class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public}: expected a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}: expected >= {self.minvalue}, got {value}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}: expected <= {self.maxvalue}, got {value}")

class String(Validator):
    def __init__(self, minsize=0, predicate=None):
        self.minsize, self.predicate = minsize, predicate
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public}: expected a str")
        if len(value) < self.minsize:
            raise ValueError(f"{self.public}: too short")
        if self.predicate and not self.predicate(value):
            raise ValueError(f"{self.public}: predicate failed for {value!r}")

class Component:
    name = String(minsize=2, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    def __init__(self, name, kind, quantity):
        self.name, self.kind, self.quantity = name, kind, quantity

c = Component("WIDGET", "metal", 5)
print(c.name, c.kind, c.quantity, sorted(vars(c)))
for args in [("widget", "metal", 5), ("WIDGET", "metle", 5), ("WIDGET", "metal", -5), ("WIDGET", "metal", "V"), ("W", "wood", 1), (3, "wood", 1)]:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Component.name).__name__, Component.quantity.private)
