# isinstance/issubclass with ABC virtual subclasses, __subclasshook__ and caching behaviour
import abc
class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in vars(k) for k in C.__mro__)
        return NotImplemented
class Circle:
    def draw(self):
        pass
class Plain:
    pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Plain, Drawable))
Plain.draw = lambda self: None
print(issubclass(Plain, Drawable))
class Base(abc.ABC):
    pass
class Impl:
    pass
print(isinstance(Impl(), Base))
Base.register(Impl)
print(isinstance(Impl(), Base), issubclass(Impl, Base), Impl in Base.__subclasses__(), Base._abc_registry if hasattr(Base, "_abc_registry") else "registry hidden")
class Sub(Impl):
    pass
print(issubclass(Sub, Base), isinstance(Sub(), Base))
@Base.register
class Decorated:
    pass
print(issubclass(Decorated, Base), Decorated.__name__)
