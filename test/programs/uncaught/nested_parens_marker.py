# markers for a binary operation nested in parentheses and function calls
def mean(values):
    return sum(values) / len(values)

data = {"a": [1, 2, 3], "b": []}
print(round(mean(data["a"]) * (1 + 0.5), 2))
print(round(mean(data["b"]) * (1 + 0.5), 2))
