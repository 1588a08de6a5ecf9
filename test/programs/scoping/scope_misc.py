# assorted scoping corner cases
def default_evaluated_once(x=[]):
    x.append(len(x))
    return x

print(default_evaluated_once(), default_evaluated_once(), default_evaluated_once([9]))

n = 1
def default_binding(a=n):
    return a
n = 2
print(default_binding())

def lambda_scopes():
    y = 3
    return (lambda: (lambda: y * 2)())()

print(lambda_scopes())

def rebinding_parameter(p):
    p = p + 1
    def inner():
        return p
    return inner()

print(rebinding_parameter(1))

def star_unpack_scopes():
    first, *middle, last = range(6)
    return first, middle, last

print(star_unpack_scopes())

def loop_else():
    for i in range(3):
        if i == 5:
            break
    else:
        found = "no break"
    return found, i

print(loop_else())

def except_var_deleted():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return 'e' in locals()

print(except_var_deleted())

def with_target():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            return False
    with CM() as value:
        pass
    return value

print(with_target())

def import_inside():
    import math as m
    from math import sqrt
    return m.floor(2.5), sqrt(16.0), sorted(k for k in locals())

print(import_inside())

def func_attr():
    func_attr.calls = getattr(func_attr, 'calls', 0) + 1
    return func_attr.calls

print(func_attr(), func_attr())

def recursive_local():
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(10)

print(recursive_local())

if True:
    in_if = "if-body names are module names"
print(in_if)

try:
    in_try = 1
finally:
    in_finally = 2
print(in_try + in_finally)

def annotations_no_binding():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(annotations_no_binding())
