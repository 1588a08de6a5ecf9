# A function made from module-level code runs with its globals as locals (also with top-level await).
import ast, types, asyncio
from types import FunctionType
async def arange(n):
    for i in range(n):
        yield i
co = compile('a = 1 in {x async for x in arange(2)}\nprint(a)', '<s>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
g = {'arange': arange}
coro = FunctionType(co, g)()
try:
    coro.send(None)
except StopIteration as e:
    print('done', e.value, g['a'])
co2 = compile('x = 5\ny = x + 1', '<s>', 'exec')
g2 = {}
print(FunctionType(co2, g2)(), sorted(k for k in g2 if not k.startswith('__')))
