# generator functions vs regular functions: calling does not run the body; return inside generator; yield in expressions
def regular():
    print("  regular body runs")
    return 1
def gen():
    print("  generator body runs")
    yield 1
r = regular()
g = gen()
print("after calls", r, type(g).__name__)
print(next(g))
def yield_expression():
    x = yield
    y = (yield x * 2) + 1
    yield y
ye = yield_expression()
next(ye)
print(ye.send(5), ye.send(10))
def yield_in_args():
    print("args:", (yield 1), (yield 2))
ya = yield_in_args()
print(next(ya), ya.send("first"))
try:
    ya.send("second")
except StopIteration:
    print("done")
def conditional_gen(flag):
    if flag:
        yield "yes"
    return
print(list(conditional_gen(True)), list(conditional_gen(False)), type(conditional_gen(False)).__name__)
def lambda_gen():
    return (lambda: (yield "from lambda"))()
print(list(lambda_gen()))
