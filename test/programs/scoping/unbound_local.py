# UnboundLocalError in its various forms
x = 10

def f1():
    print(x)
    x = 5

try:
    f1()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def f2():
    x += 1

try:
    f2()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def f3(flag):
    if flag:
        y = 1
    return y

print(f3(True))
try:
    f3(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def f4():
    z = 1
    del z
    return z

try:
    f4()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def f5():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 3
    return inner()

print(f5())

def f6():
    try:
        pass
    except Exception as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(f6())

def f7():
    for i in []:
        pass
    return i

try:
    f7()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def f8():
    try:
        raise ValueError("v")
    except ValueError as exc:
        pass
    return exc

try:
    f8()
except NameError as e:
    print(type(e).__name__, e)
