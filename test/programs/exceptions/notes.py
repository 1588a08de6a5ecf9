# add_note and __notes__
try:
    raise ValueError("with notes")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)
    caught = e

try:
    caught.add_note(5)
except TypeError as e:
    print(type(e).__name__, e)

e = KeyError("k")
print(hasattr(e, "__notes__"))
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print(type(x).__name__, x)
e.__notes__ = ["ok"]
e.add_note("appended")
print(e.__notes__)

class Sub(Exception):
    pass
s = Sub()
s.add_note("note on subclass")
print(s.__notes__, str(s), repr(s))

def raiser():
    err = RuntimeError("uncaught with notes")
    err.add_note("note line 1")
    err.add_note("multi\nline note")
    raise err

raiser()
