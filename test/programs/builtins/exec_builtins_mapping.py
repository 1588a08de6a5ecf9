# __builtins__ in exec/eval globals may be any mapping (or even a non-mapping): LOAD_GLOBAL,
# LOAD_NAME, import, class statements and iterator __reduce__ all look names up through it;
# frame.f_builtins / function.__builtins__ return it; the same code runs with either kind.
import types


def show(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))


code = compile("superglobal", "test", "eval")
show(eval, code, {'__builtins__': types.MappingProxyType({'superglobal': 1})})
show(eval, code, {'__builtins__': types.MappingProxyType({})})
show(eval, code, {'__builtins__': 123})
show(eval, code, {'__builtins__': None})
show(eval, code, {'__builtins__': [1]})
show(exec, "print('hi')", {'__builtins__': {}})
show(exec, "print('hi')", {'__builtins__': 123})

# import through the mapping
show(exec, "import foo.bar", {'__builtins__': types.MappingProxyType({})})
ns = {'__builtins__': types.MappingProxyType({'__import__': lambda *args: args})}
exec("import foo.bar", ns)
print(ns['foo'][0], ns['foo'][1] is ns, ns['foo'][3:])
show(exec, "import os", {'__builtins__': 5})

# class statements
show(exec, "class A: pass", {'__builtins__': types.MappingProxyType({})})
show(exec, "class A: pass", {'__builtins__': {}})
show(exec, "class A: pass", {'__builtins__': 5})
ns = {'__name__': 'mod', '__builtins__': types.MappingProxyType({'__build_class__': __build_class__})}
exec("class A: pass", ns)
print(ns['A'].__name__)

# functions, frames
g = {'__builtins__': types.MappingProxyType({'len': lambda x: 42, 'sys': __import__('sys')})}
exec("def f(x):\n    return len(x)\ndef fr():\n    return sys._getframe().f_builtins\n", g)
print(g['f']([1, 2]), type(g['f'].__builtins__).__name__, type(g['fr']()).__name__)
print(g['fr']() is g['__builtins__'])
exec("def h():\n    return missing\n", g)
show(g['h'])

# the same code object with dict builtins and with mapping builtins, many times (specialized code)
src = "def k(v):\n    return len(v) + abs(-1)\n"
gd = {}
exec(src, gd)
gm = {'__builtins__': types.MappingProxyType({'len': lambda v: 100, 'abs': lambda v: 1000})}
exec(src, gm)
kd = gd['k']
km = types.FunctionType(kd.__code__, gm)
total = 0
for i in range(3000):
    total += kd([1]) + km([1])
    if i == 1500:
        gm['len'] = lambda v: 7
print(total)
ge = {'__builtins__': types.MappingProxyType({})}
ke = types.FunctionType(kd.__code__, ge)
show(ke, [1])
print(kd([1, 2]))

# iterator __reduce__ looks iter/reversed up in the running frame's builtins
for it in [iter([1, 2]), iter((1, 2)), iter(range(3)), iter("ab"), iter(b"ab"),
           iter(bytearray(b"ab")), reversed([1]), iter({1: 2}), iter({1}), iter(lambda: 1, 2)]:
    ns = {'__builtins__': types.MappingProxyType({}), 'x': it}
    show(eval, "x.__reduce__()", ns)
ns = {'__builtins__': types.MappingProxyType({'iter': 'ITER'}), 'x': iter([1, 2])}
print(eval("x.__reduce__()", ns))


class C:
    def m(self):
        pass


print(eval("x.__reduce__()[0]", {'__builtins__': {'getattr': 'GETATTR'}, 'x': C().m}))

# exec without __builtins__ inserts the running frame's builtins object
outer = {'__builtins__': types.MappingProxyType({'exec': exec, 'print': print, 'type': type})}
exec("g2 = {}\nexec('pass', g2)\nprint(type(g2['__builtins__']).__name__)", outer)
