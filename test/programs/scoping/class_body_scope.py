# class bodies: LOAD_NAME/STORE_NAME, names not visible from methods, LOAD_FROM_DICT_OR_DEREF
x = "global x"

class A:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]

print(A.y, A().method(), A.z)

v = "global v"

def outer():
    v = "outer v"
    class B:
        w = v
        v = "class v"
        u = v
        def m(self):
            return v
    return B

B = outer()
print(B.w, B.u, B().m())

def outer2():
    v = "enclosing"
    class C:
        print("in body:", v)
        def get(self):
            return v
    return C

print(outer2()().get())

class D:
    a = 1
    b = a + 1
    del a
    try:
        print(a)
    except NameError as e:
        print(type(e).__name__, e)

print(D.b, hasattr(D, 'a'))

class E:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items for factor in [items]]
    except NameError as e:
        print("NameError:", e)

print(E.doubled)

class F:
    n = 3
    try:
        g = [n for _ in range(2)]
    except NameError as e:
        print(type(e).__name__, e)

class G:
    locals_seen = sorted(k for k in dir() if not k.startswith('__'))
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith('__'))

print(G.locals_seen, G.names)
print(G.__qualname__, outer().__qualname__)
