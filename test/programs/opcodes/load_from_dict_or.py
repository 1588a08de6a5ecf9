# LOAD_FROM_DICT_OR_DEREF / LOAD_FROM_DICT_OR_GLOBALS in class bodies and annotation scopes
def outer():
    shared = "from outer"
    class K:
        a = shared
        shared_seen = [shared]
        def m(self):
            return shared
    class L:
        shared = "class L's own"
        b = shared
    return K.a, K.shared_seen, K().m(), L.b
print(outer())
X = "global X"
class M:
    X = "class X"
    def f(self, p: X) -> X:
        pass
print(M.f.__annotations__)
def with_alias():
    T = "local T"
    type Alias = T
    return Alias.__value__
print(with_alias())
class N:
    type Inner = X
print(N.Inner.__value__)
