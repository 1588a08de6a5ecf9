# global vs nonlocal vs local with the same name at several levels
x = "module"
def a():
    x = "a"
    def b():
        global x
        x = "set by b (global)"
        def c():
            return x
        return c()
    def d():
        nonlocal x
        x = "set by d (a's)"
    r1 = b()
    d()
    return r1, x
print(a(), x)
def counter():
    global calls
    calls = globals().get("calls", 0) + 1
    return calls
print(counter(), counter(), calls)
def class_in_func():
    value = "function value"
    class K:
        value = "class value"
        def method(self):
            return value
        print("class body sees:", value)
    return K().method(), K.value
print(class_in_func())
def param_is_local(x):
    def inner():
        return x
    x = x + "!"
    return inner()
print(param_is_local("p"))
y = 1
def conditional_global(flag):
    if flag:
        global y
    y = 99
conditional_global(False)
print(y)
