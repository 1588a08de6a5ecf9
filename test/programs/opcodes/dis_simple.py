# dis output of simple functions (the compiler's exact instruction stream)
import dis
def add(a, b):
    return a + b
def branch(x):
    if x > 0:
        return "pos"
    return "non-pos"
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def attrs(o):
    o.x = o.y
    return o.method(1, k=2)
for f in (add, branch, loop, attrs):
    dis.dis(f)
    print("-" * 20)
print([i.opname for i in dis.get_instructions(add)])
print(dis.opmap["LOAD_FAST"], dis.opname[dis.opmap["RETURN_VALUE"]], dis.cmp_op, dis.hasjrel[:3])
