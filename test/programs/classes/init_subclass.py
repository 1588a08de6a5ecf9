# __init_subclass__ hooks with keyword arguments
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class NoHook(other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod:", cls.__name__, type(Implicit.__dict__['__init_subclass__']).__name__)
class Child(Implicit):
    pass

class Order:
    def __init_subclass__(cls, **kw):
        print("init_subclass sees attrs:", sorted(k for k in cls.__dict__ if not k.startswith('__')))
class Sub(Order):
    x = 1
    def m(self): pass

class Multi1:
    def __init_subclass__(cls, **kw):
        print("Multi1 hook", cls.__name__, kw)
        super().__init_subclass__()
class Multi2:
    def __init_subclass__(cls, **kw):
        print("Multi2 hook", cls.__name__)
        super().__init_subclass__()
class Both(Multi1, Multi2, flag=True):
    pass

class Returns:
    def __init_subclass__(cls):
        return "ignored"
class R(Returns):
    pass
print(R.__name__)
print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
