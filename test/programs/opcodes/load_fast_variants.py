# LOAD_FAST / LOAD_FAST_CHECK / LOAD_FAST_AND_CLEAR / STORE_FAST_LOAD_FAST / superinstructions in realistic functions
def maybe_unbound(flag):
    if flag:
        value = "bound"
    try:
        return value
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(maybe_unbound(True), maybe_unbound(False))
def after_del():
    x = 1
    del x
    x = 2
    return x
print(after_del())
def pairs(a, b):
    x = a + b
    y = a * b
    return x, y, x - y
print(pairs(3, 4))
def swap_locals(a, b):
    a, b = b, a
    return a, b
print(swap_locals(1, 2))
def comprehension_clears(n):
    i = "kept"
    squares = [i * i for i in range(n)]
    return i, squares
print(comprehension_clears(4))
def loop_locals():
    total = 0
    for i in range(5):
        j = i * 2
        total += j
    return total, i, j
print(loop_locals())
def many_locals():
    a = b = c = d = e = f = g = h = 1
    a += b; c += d; e += f; g += h
    return a + c + e + g
print(many_locals())
def except_clears():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(except_clears())
