# traceback markers for a failing binary operation inside an expression
def compute(a, b):
    total = a * 2 + b / 0
    return total

compute(1, 2)
