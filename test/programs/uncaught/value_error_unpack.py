# an uncaught ValueError from tuple unpacking in a for loop
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for name, value in pairs:
    print(name, value)
