# operators applied to classes via metaclass dunders: Cls | Other, Cls[...], Cls(...) interception, comparison of classes
class Meta(type):
    def __or__(cls, other):
        return f"{cls.__name__} | {getattr(other, '__name__', other)}"
    def __ror__(cls, other):
        return f"{getattr(other, '__name__', other)} |r {cls.__name__}"
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __len__(cls):
        return len(cls.__name__)
    def __contains__(cls, item):
        return item in cls.__name__
class Apple(metaclass=Meta):
    pass
class Banana(metaclass=Meta):
    pass
print(Apple | Banana, Apple | 5, 5 | Apple, Apple < Banana, sorted([Banana, Apple]), len(Apple), "pp" in Apple)
print(int | str, (int | str) | None, type(int | str).__name__)
try:
    Apple + Banana
except TypeError as e:
    print(type(e).__name__, e)
print(Apple == Apple, Apple != Banana, hash(Apple) == hash(Apple), {Apple: 1}[Apple])
