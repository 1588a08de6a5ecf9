# bool(): the type, its values and restrictions
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(float("nan")))
print(True + True, True * 3, True / 2, True // 2, -True, ~True if False else "", True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True | 1).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is 1 if False else "", hash(True), hash(False), isinstance(True, int), bool.__mro__)
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "^7"))
print(True.real, True.imag, True.numerator, True.denominator, (True).bit_length(), True.conjugate(), True.as_integer_ratio())
print(bool(x=1) if False else "bool takes no keywords")
for c in [lambda: bool(1, 2), lambda: bool(x=1), lambda: type("B", (bool,), {})]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), {True: "a", 1: "b"})
print(True.__and__(1), True.__or__(0), True.__xor__(True), (5).__and__(True))
print(bool.from_bytes(b"\x01", "big") if hasattr(bool, "from_bytes") else "", type(bool.from_bytes(b"\x00", "big")).__name__)
print(int.__bool__(0), bool.__new__(bool, 5), bool.__new__(bool))
