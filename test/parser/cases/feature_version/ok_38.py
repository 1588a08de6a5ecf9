# parse: feature_version=8
def f(a, /, b, *, c): pass
x = f"{a}"
async def g(): await x
