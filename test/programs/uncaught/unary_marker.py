# a failing unary operator inside an expression
def negate_all(values):
    return [-v for v in values]

print(negate_all([1, 2.5]))
negate_all([1, "x"])
