# the order in which special methods run during object creation, printing, hashing, comparison and deletion of attributes
log = []
class Meta(type):
    def __call__(cls, *a):
        log.append("Meta.__call__")
        return super().__call__(*a)
class T(metaclass=Meta):
    def __new__(cls, *a):
        log.append("__new__")
        return super().__new__(cls)
    def __init__(self, v):
        log.append("__init__")
        self.v = v
    def __repr__(self):
        log.append("__repr__")
        return f"T({self.v})"
    def __str__(self):
        log.append("__str__")
        return f"<{self.v}>"
    def __format__(self, spec):
        log.append(f"__format__({spec!r})")
        return str(self.v)
    def __eq__(self, o):
        log.append("__eq__")
        return self.v == o.v
    def __hash__(self):
        log.append("__hash__")
        return hash(self.v)
    def __setattr__(self, k, v):
        log.append(f"__setattr__({k})")
        super().__setattr__(k, v)
t = T(1)
print(log); log.clear()
print(t, [t], f"{t}", f"{t!r}", f"{t:x}")
print(log); log.clear()
s = {t, T(1)}
print(len(s), log); log.clear()
d = {t: 1}
d[T(1)] = 2
print(d, log)
