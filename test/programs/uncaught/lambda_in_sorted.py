# a failing key function (lambda) called by sorted
records = [{"n": "b", "age": 3}, {"n": "a", "age": None}, {"n": "c", "age": 1}]
print(sorted(records[::2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"] + 0))
