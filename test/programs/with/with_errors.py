# with statement protocol errors and target binding
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in [NoEnter(), NoExit(), 5, None]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class AsyncOnly:
    async def __aenter__(self):
        pass
    async def __aexit__(self, *a):
        pass
try:
    with AsyncOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with CM() as (a, (b, c)):
    print(a, b, c)
d = {}
with CM() as d["key"]:
    pass
print(d)
class Obj:
    pass
o = Obj()
with CM() as o.attr:
    pass
print(o.attr)
lst = [0, 0]
with CM() as lst[0]:
    pass
print(lst)
try:
    with CM() as (x, y, z):
        pass
except ValueError as e:
    print(type(e).__name__, e)
class ExitOnInstance:
    def __enter__(self):
        return self
ei = ExitOnInstance()
ei.__exit__ = lambda *a: None
try:
    with ei:
        pass
except TypeError as e:
    print(type(e).__name__, e)
