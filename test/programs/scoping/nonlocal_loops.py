# nonlocal updates from nested loops and nested functions; closures capturing loop variables correctly
def running_totals(rows):
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
    for row in rows:
        for v in row:
            add(v)
    return total, history
print(running_totals([[1, 2], [3], [], [4, 5]]))
def make_multipliers():
    out = []
    for i in range(1, 4):
        def mul(x, i=i):
            return x * i
        out.append(mul)
    return [f(10) for f in out]
print(make_multipliers())
def late_binding():
    out = []
    for i in range(1, 4):
        out.append(lambda x: x * i)
    return [f(10) for f in out]
print(late_binding())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
def deep_nonlocal():
    level = 0
    def a():
        def b():
            def c():
                nonlocal level
                level += 100
            c()
        b()
    a()
    return level
print(deep_nonlocal())
def shadow_then_nonlocal():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(shadow_then_nonlocal())
