# PEP 649/749 lazy annotations (3.14): __annotations__, __annotate__, annotation scopes
def f(a: int, b: "str" = "x") -> list[int]:
    return [a]

print(f.__annotations__)
print(f.__annotate__(1))

class C:
    x: int
    y: str = "hello"
    z: "forward"

print(C.__annotations__, C.y, hasattr(C, 'x'))

def forward_ref(a: NotDefinedYet) -> None:
    pass

try:
    print(forward_ref.__annotations__)
except NameError as e:
    print(type(e).__name__, e)

NotDefinedYet = float
print(forward_ref.__annotations__)

class D:
    val: Missing
try:
    D.__annotations__
except NameError as e:
    print(type(e).__name__, e)

x: int = 5
y: list[str]
print(x, __annotations__ if '__annotations__' in dir() else 'no module __annotations__ name')

import annotationlib
print(annotationlib.get_annotations(f))
print(annotationlib.get_annotations(D, format=annotationlib.Format.FORWARDREF))
print(annotationlib.get_annotations(D, format=annotationlib.Format.STRING))

def local_annotations():
    v: int = 3
    w: undefined_type
    return v

print(local_annotations())

def closure_in_annotation():
    T = "local type"
    def g(p: T) -> T:
        pass
    return g.__annotations__

print(closure_in_annotation())

class E:
    T = "class-level"
    def m(self, p: T):
        pass

print(E.m.__annotations__)
