def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(5))

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

x = 10
def read_global():
    return x
def write_global():
    global x
    x = 20
print(read_global())
write_global()
print(read_global(), x)

def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_unbound():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
free_unbound()

try:
    undefined_name
except NameError as e:
    print(e, e.name)

class K:
    a = 1
    b = [a * i for i in range(3)]
    def m(self):
        return __class__
print(K.b, K().m() is K)
