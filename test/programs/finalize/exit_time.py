# what the program leaves alive is finalized at exit, after the atexit callbacks, in creation order
import atexit

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "| global Res still bound:", Res is not None)

def gen(tag):
    try:
        yield tag
    finally:
        print("gen finally", tag)

first = Res("first")
g = gen("suspended")
next(g)
second = Res("second")
container = {"inside": Res("in dict")}
cycle = Res("cycle")
cycle.me = cycle

atexit.register(print, "atexit callback")
print("end of program")
