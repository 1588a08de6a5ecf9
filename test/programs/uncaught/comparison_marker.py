# caret markers for failing comparisons and unary/boolean operators
items = [3, 1, "two"]
def check(a, b):
    return a < b and b > 0

print(check(1, 2))
check(items[0], items[2])
