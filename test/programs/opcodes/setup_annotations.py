# SETUP_ANNOTATIONS: `from __future__ import annotations` stores module and class annotations eagerly as strings
from __future__ import annotations
x: int = 1
y: list[Undefined]
z: "quoted" = "z"
print(__annotations__)
class C:
    a: int
    b: dict[str, C] = {}
    def m(self, p: Missing) -> Other:
        return p
print(C.__annotations__, C.m.__annotations__, C.b)
def f(a: int = 1, *args: str, k: float, **kw: bytes) -> None:
    v: int = 2
    return v
print(f.__annotations__, f(k=1.0))
for target in ["obj.attr", "d['key']"]:
    pass
class Holder:
    pass
obj = Holder()
d = {}
obj.attr: int = 5
d["key"]: str = "value"
(paren): int = 3
print(obj.attr, d, paren, "attr" in __annotations__, "paren" in __annotations__)
import __future__
print(__future__.annotations.compiler_flag == 0x1000000, __future__.annotations.getMandatoryRelease())
