x = a or b and not c or d
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a ** -b ** c
x = ~+-a
x = (a if b else c) if d else e if f else g
x = a[1:2, ::3, :, 1:, :2, ...]
x = a[*b]
x = a[b:=1]
x = a[1, *b]
x = f(*a, *b, **c, **d, e=1)
x = f(a)(b)[c].d
x = {**a, 'b': 1, **c}
x = {*a, *b}
x = [*a, *b]
x = (*a, *b)
x = ()
x = (1,)
x = [1, 2, 3,]
x = {1: 2,}
x = ...
x = await_ = None
x = not not a
x = lambda: (yield)
