# markers for a failing augmented assignment
totals = {"a": 1}
def add(key, value):
    totals[key] += value

add("a", 2)
print(totals)
add("a", "two")
