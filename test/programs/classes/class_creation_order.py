# the order of operations in class creation: __prepare__, body, __set_name__, __init_subclass__, metaclass __init__, decorators
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"meta new {name}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns)
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
@deco
class Child(Base, flag=True):
    log.append("body start")
    d = Desc()
    log.append("body end")
print("\n".join(log))
