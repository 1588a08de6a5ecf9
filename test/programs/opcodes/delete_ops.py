# DELETE_NAME / DELETE_FAST / DELETE_GLOBAL / DELETE_DEREF / DELETE_ATTR / DELETE_SUBSCR
module_var = 1
del module_var
print("module_var" in globals())
g = "global"
def del_global():
    global g
    del g
del_global()
print("g" in globals())
def del_fast():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(del_fast())
def del_deref():
    c = 1
    def read():
        return c
    del c
    try:
        return read()
    except NameError as e:
        return str(e)
print(del_deref())
class A:
    pass
o = A()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
d = {"k": 1, "j": 2}
del d["k"]
print(d)
l = [1, 2, 3]
del l[0], l[-1]
print(l)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
class WithClassDel:
    temp = 1
    del temp
print(hasattr(WithClassDel, "temp"))
nested = {"a": {"b": [1, 2]}}
del nested["a"]["b"][0]
print(nested)
try:
    del undefined_name_here
except NameError as e:
    print(type(e).__name__, e)
def del_unbound():
    try:
        del never_assigned
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    never_assigned = 1
print(del_unbound())
