# edge cases: the first iterable evaluated in the enclosing scope, class scope, walrus, nested lambdas
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        crossed = [v * w for v in vals for w in vals]
    except NameError as e:
        crossed = "NameError: " + str(e)
print(A.doubled, A.crossed)

def f():
    x = 10
    return [x + i for i in range(3)], [lambda: x + i for i in range(3)][2]()
print(f())

def g():
    res = [(n := i * 2) for i in range(4)]
    return res, n
print(g())

def h():
    return [[j for j in range(i)] for i in range(4)]
print(h())

def iter_var_shadows_arg(x):
    res = [x for x in range(x)]
    return res, x
print(iter_var_shadows_arg(3))

def outer():
    y = 5
    def inner():
        return [y * z for z in range(3)]
    return inner()
print(outer())

funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
print([(lambda: i)() for i in range(3)])

def gen_in_comp():
    return [list(x for _ in range(2)) for x in range(3)]
print(gen_in_comp())

x = "module x"
print([x for x in "ab"], x)
print({x: x for x in "cd"}, x)
def star_in_comp():
    return [(a, b) for a, *b in [(1, 2, 3), (4,)]]
print(star_in_comp())
def async_comp_outside():
    try:
        compile("[x async for x in y]", "<s>", "exec")
    except SyntaxError as e:
        return e.msg
print(async_comp_outside())
def del_iter_var():
    try:
        compile("[x for x in range(3) if (x := 2)]", "<s>", "exec")
    except SyntaxError as e:
        return e.msg
print(del_iter_var())
print([i for i in range(3) if i for j in range(i)])
