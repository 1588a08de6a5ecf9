# explicit close() of partially consumed generators in loops, with finally reporting, and reuse after close
def reader(name, lines):
    print(f"  open {name}")
    try:
        for l in lines:
            yield l
    finally:
        print(f"  close {name}")
g1 = reader("a", ["1", "2", "3"])
for line in g1:
    if line == "2":
        break
g1.close()
print("after break and close")
g2 = reader("b", ["x"])
print(list(g2), list(g2))
g3 = reader("c", [])
g3.close()
print(list(g3))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return "finally return"
g4 = gen_with_return_in_finally()
next(g4)
print(g4.close())
