@a
@a.b.c
@a(1, b=2)
@a[0]
@(lambda f: f)
@x := y
@a if b else c
@f(x for x in y)
def f(): pass

@dataclass(frozen=True)
class C: pass

@d
async def g(): pass
