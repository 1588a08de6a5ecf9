# abc features: abstract classmethods/staticmethods/properties, ABCMeta.register with isinstance caching, __abstractmethods__ updates
import abc
class Plugin(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def create(cls): ...
    @staticmethod
    @abc.abstractmethod
    def version(): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} v{self.version()}"
print(sorted(Plugin.__abstractmethods__))
class Partial(Plugin):
    @classmethod
    def create(cls):
        return cls()
try:
    Partial.create()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Partial):
    @staticmethod
    def version():
        return 2
    @property
    def name(self):
        return "full"
print(Full.create().describe(), Full.__abstractmethods__, isinstance(Full(), Plugin))
class Duck:
    pass
print(isinstance(Duck(), Plugin))
Plugin.register(Duck)
print(isinstance(Duck(), Plugin), issubclass(Duck, Plugin), abc.ABCMeta.__instancecheck__(Plugin, Duck()))
class Dyn(abc.ABC):
    def m(self):
        pass
Dyn.m = abc.abstractmethod(lambda self: None)
print(Dyn.__abstractmethods__, type(Dyn()).__name__)
abc.update_abstractmethods(Dyn)
print(sorted(Dyn.__abstractmethods__))
