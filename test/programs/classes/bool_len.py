# truth testing: __bool__, __len__, errors for wrong return types
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v

print(bool(B(True)), not B(False))
if B(True):
    print("if branch")
print(B(False) or "or-fallback", B(True) and "and-result")
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(5)))
try:
    len(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(L("3"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(L(2 ** 100))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(L(1.5))
except TypeError as e:
    print(type(e).__name__, e)

class IndexLike:
    def __index__(self):
        return 4
print(len(L(IndexLike())) if False else "len needs int")
try:
    print(len(L(IndexLike())))
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()))

class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
print(bool(Plain()))
print(bool(0), bool(0.0), bool(0j), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None))
print(bool(1), bool(-0.1), bool("0"), bool([0]), bool(range(1)), bool(...), bool(NotImplemented) if False else "skip NI")
class BoolSub(int):
    def __bool__(self):
        return True
print(bool(BoolSub(0)), BoolSub(0) == 0)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
while L(0):
    print("never")
print(all([L(1), B(True)]), any([L(0), L(0)]))
