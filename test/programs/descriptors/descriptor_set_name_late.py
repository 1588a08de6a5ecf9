# __set_name__ only runs at class creation; type.__setattr__ does not call it; __get__ with owner=None paths
class Named:
    name = None
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, owner=None):
        return (self.name, obj is None, owner.__name__ if owner else None)
class A:
    first = Named()
late = Named()
A.second = late
print(A.first, A().first, late.name)
print(A.__dict__["first"].__get__(A()), A.__dict__["first"].__get__(None, A))
try:
    A.__dict__["first"].__get__(None)
    print("__get__(None) allowed")
except TypeError as e:
    print(type(e).__name__, e)
B = type("B", (), {"third": Named()})
print(B.third, B.__dict__["third"].owner)
