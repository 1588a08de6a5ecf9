# return/raise interactions between try, except and finally, including values computed before finally runs
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
def f1():
    try:
        return "try"
    finally:
        print("  finally after try-return")
def f2():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("  finally after except-return")
def f3():
    x = "initial"
    try:
        return x
    finally:
        x = "modified in finally"
def f4():
    items = []
    try:
        return items
    finally:
        items.append("appended in finally")
def f5():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("from except")
    finally:
        print("  finally runs before KeyError propagates")
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f1(), f2(), f3(), f4())
try:
    f5()
except KeyError as e:
    print(repr(e), repr(e.__context__))
print(f6())
