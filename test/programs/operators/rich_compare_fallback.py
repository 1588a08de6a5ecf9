# rich comparison fallbacks: reflected methods tried when forward returns NotImplemented; == falls back to identity
class A:
    def __lt__(self, o):
        print("  A.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("  A.__eq__")
        return NotImplemented
class B:
    def __gt__(self, o):
        print("  B.__gt__")
        return True
    def __eq__(self, o):
        print("  B.__eq__")
        return NotImplemented
a, b = A(), B()
print(a < b)
print(a == b)
print(a == a)
print(a != b)
try:
    print(a > b)
except TypeError as e:
    print(type(e).__name__, e)
class C(A):
    def __gt__(self, o):
        print("  C.__gt__ (subclass reflected first)")
        return "from C"
print(A() < C())
