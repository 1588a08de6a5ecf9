# exceptions raised from generator finally blocks during close() and during normal exhaustion
def g1():
    try:
        yield 1
    finally:
        raise ValueError("from finally during close")
x = g1()
next(x)
try:
    x.close()
except ValueError as e:
    print("close() raised:", e, "| context:", repr(e.__context__))
def g2():
    try:
        yield 1
    finally:
        print("  finally runs on exhaustion")
print(list(g2()))
def g3():
    try:
        yield 1
        raise KeyError("in body")
    finally:
        print("  finally after body exception")
try:
    list(g3())
except KeyError as e:
    print("propagated:", repr(e))
def g4():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("converted GeneratorExit")
y = g4()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
