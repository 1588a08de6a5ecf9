# a function's variables die when it returns (last variable first); what it returns lives on
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    first = Res("first")
    second = Res("second")
    pair = [Res("p0"), Res("p1")]
    print("  working")

work()
print("after work")

def make():
    kept = Res("kept")
    temp = Res("temp")
    return kept

k = make()
print("made", k.name)

def nested():
    def inner():
        t = Res("inner")
        return 1
    inner()
    print("  after inner")
nested()

def key(x):
    tmp = Res(f"key{x}")
    return -x
print(sorted([1, 2], key=key))

class WithInit:
    def __init__(self, name):
        self.res = Res(name)
w = WithInit("via init")
print("constructed", w.res.name)
w = None
print("after w = None")

def raises():
    local = Res("in raising frame")
    raise ValueError("boom")
try:
    raises()
except ValueError as e:
    print("caught", e)
print("after except")

def closure():
    captured = Res("captured")
    def get():
        return captured.name
    return get
g = closure()
print("closure holds", g())
g = None
print("end")
