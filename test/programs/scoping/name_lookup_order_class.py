# class bodies: names resolve locally then globally (skipping function scopes) unless the name is free in a nested function
x = "global"
def f():
    x = "enclosing"
    class A:
        print("A sees", x)
    class B:
        x = "class B"
        print("B sees", x)
    class C:
        print("C sees before assignment:", x)
        x = "class C"
        print("C sees after assignment:", x)
    class D:
        y = x
        def m(self):
            return x
    return D.y, D().m()
print(f())
def g():
    z = "g local"
    class E:
        z = z
    return E.z
try:
    print(g())
except NameError as e:
    print(type(e).__name__, e)
