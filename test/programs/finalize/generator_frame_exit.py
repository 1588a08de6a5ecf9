# a suspended generator held only by a frame's variables is closed when the frame finishes
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(f"  close {tag}")

def holds_one():
    g = gen("local")
    print("  first", next(g))
    print("  returning")
holds_one()
print("after holds_one")

def holds_many():
    gs = [gen("list0"), gen("list1")]
    for g in gs:
        next(g)
    return "done"
print(holds_many())

def passes_out():
    g = gen("returned")
    next(g)
    return g
kept = passes_out()
print("kept alive:", next(kept))
kept = None
print("after dropping kept")

def chain():
    try:
        inner = gen("inner of chain")
        next(inner)
        yield "chain"
    finally:
        print("  close chain")
c = chain()
next(c)
c.close()
print("after closing chain")

def unstarted():
    g = gen("never started")
unstarted()
print("unstarted generator: nothing to close")

g = gen("rebound")
next(g)
g = gen("second")
print("rebound the name")
next(g)
del g
print("end")
