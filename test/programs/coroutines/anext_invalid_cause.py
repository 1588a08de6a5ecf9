# 'async for' wraps any failure to await __anext__'s result in a TypeError with the failure as cause;
# 'async with' and await errors.
class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1 / 0
class G:
    def __aiter__(self): return self
    def __anext__(self): return 42
class H:
    def __aiter__(self): return self
    def __anext__(self): return H2()
class H2:
    def __await__(self): return 5
async def main(x):
    async for _ in x: pass
for x in (F(), G(), H()):
    try: main(x).send(None)
    except TypeError as e:
        print(e, '|', type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
class CM:
    async def __aenter__(self): return 1
    __aexit__ = None
class CM2:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def w(cm):
    async with cm: pass
for cm in (CM(), CM2()):
    try: w(cm).send(None)
    except TypeError as e: print(e)
async def aw(x): await x
for x in (1, H2()):
    try: aw(x).send(None)
    except TypeError as e: print(e)
