# t-strings (PEP 750): what a template literal evaluates to
from string.templatelib import Template, Interpolation

name, n, width = 'world', 42, 8
t = t'hello {name}!'
print(type(t).__name__, type(t).__module__, t)
print(t.strings, t.interpolations, t.values)
i = t.interpolations[0]
print(type(i).__name__, i.value, i.expression, i.conversion, i.format_spec)
print(t'')
print(t'{n}', t'{n}{n}', t'a{n}b{n}c')
print(t'{n!r}', t'{n!s}', t'{"é"!a}', t'{n:>5}', t'{n!r:^{width}}', t'{3.14159:.{2}f}')
print(t'{n=}', t'{n = }', t'{n=!s}', t'{n=:08.3f}', t'{1 + 1=}')
print(t'{n:{width}}'.interpolations[0].format_spec, t'{n:{"<"}{width}}'.interpolations[0].format_spec)
print(t'{{literal}} {n}'.strings, t'{{}}', t'}}{{')
print(T'upper', rt'\d{n}\n', tr'{n}\t', Rt'raw')
print(t'''triple {
    n * 2
} quoted''')
print(t"{'nested ' + f'{n}'}", t'{[x for x in range(3)]}', t'{ {1: 2}[1] }', t'{(lambda x: x * 2)(21)}')
print(t'{t"{n}"}'.values[0])
print(t'{n}' 't2{n}', t'a' t'b{n}' t'c')
print(list(t'a{n}{n}b'), list(t'{n}'), list(t''), list(t'x'), list(t'{n}x{n}'))
print([type(x).__name__ for x in t'a{1}{2}b{3}'])
values = [1, 2]
print(t'{values[0]}{values[-1]!r}', t'{values!r:>10}'.interpolations)
print(t'{n if n > 40 else 0}', t'{n:#x}'.interpolations[0].format_spec)
obj = object()
print(t'{obj}'.values[0] is obj)
print(t'{name}' + t' and {n}', (t'{name}' + t'').strings, (t'' + t'{n}').strings)
for x in t'pre {name} mid {n!r:>4} post':
    print(repr(x))
print(iter(t) is not iter(t), type(iter(t)).__name__, iter(iter(t)).__class__.__name__)
it = iter(t'{n}')
print(next(it), next(it, 'done'), next(it, 'done'))
def gen():
    received = yield t'{n}'
    yield t'{received!r}'
g = gen()
print(next(g), g.send('sent'))
x = 10
print(t'{x:{x}}', t'{x!r:{x}}'.interpolations[0].format_spec)
