# typing: runtime behaviour of common constructs
from typing import (Any, Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol, runtime_checkable, Literal, Final, ClassVar,
                    get_type_hints, get_origin, get_args, cast, overload, NewType, TypedDict, Annotated, Self, Never, assert_never)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[int], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[str]), get_args(Callable[[int], str]), get_origin(Literal["a"]))
T = TypeVar("T", bound=int)
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box.__parameters__, T.__bound__, Box(3).v, Box[int](4).v)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, cast(str, 5), Literal[1, 2], Final[int], ClassVar[str], Annotated[int, "meta"])
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
def hinted(a: int, b: "Optional[str]" = None) -> List[int]:
    return [a]
print(get_type_hints(hinted))
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x):
    return x
print(ov(1), ov("s"))
try:
    Union[int]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    assert_never(1)
except AssertionError as e:
    print(type(e).__name__, str(e)[:40])
print(Any, repr(Self), repr(Never), Union[int, str] | None, int | list[str])
