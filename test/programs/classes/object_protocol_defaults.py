# defaults inherited from object: __eq__ identity, __ne__ inversion, __hash__ id-based, __str__ -> __repr__, __format__ with empty spec, __dir__
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), hash(a) == hash(a), hash(a) != hash(b))
print(str(a) == repr(a), format(a, "") == str(a), a.__reduce_ex__(2)[0].__name__, "__dict__" in dir(a), a.__sizeof__() > 0)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly() != EqOnly(), EqOnly.__ne__ is object.__ne__, EqOnly() != 1)
class NeOnly:
    def __ne__(self, o):
        return False
print(NeOnly() == NeOnly(), NeOnly() != 5)
class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"
print(str(ReprOnly()), f"{ReprOnly()}", "%s" % ReprOnly(), format(ReprOnly(), ""))
class StrOnly:
    def __str__(self):
        return "StrOnly!"
print(repr(StrOnly()).startswith("<__main__.StrOnly object"), str(StrOnly()), [StrOnly()][0].__str__())
