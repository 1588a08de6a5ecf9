match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (x := f()):
    case _:
        pass
match -x:
    case _:
        pass
match = 1
case = 2
match(x)
match[1]
print(match, case)
