# Templates with operators: concatenation rules and the errors of everything else
from string.templatelib import Template, Interpolation

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

a, b = 1, 2
print(t'x{a}' + t'y{b}z')
print((t'{a}' + t'{b}').strings, (t'' + t'').strings, (t'p' + t's').strings)
left = t'L{a}'
left += t'R{b}'
print(left)
show('template + str', lambda: t'x' + 'y')
show('str + template', lambda: 'y' + t'x')
show('template + int', lambda: t'x' + 1)
show('int + template', lambda: 1 + t'x')
show('template + None', lambda: t'x' + None)
show('template + interpolation', lambda: t'x' + Interpolation(1))
show('template * 2', lambda: t'x' * 2)
show('template % 1', lambda: t'x' % 1)
show('template[0]', lambda: (lambda x: x[0])(t'{a}'))
show('len', lambda: len(t'x'))
show('in', lambda: a in t'{a}')
show('str in', lambda: 'x' in t'x')
show('interp in', lambda: t'{a}'.interpolations[0] in t'{a}')
show('hash', lambda: type(hash(t'x')).__name__)
show('lt', lambda: t'a' < t'b')
show('sorted', lambda: sorted([t'a', t'b']))
show('format', lambda: format(t'{a}'))
show('format spec', lambda: format(t'{a}', '>5'))
show('str()', lambda: str(t'{a}'))
show('f-string', lambda: f'{t"{a}"}')
show('interpolation + interpolation', lambda: Interpolation(1) + Interpolation(2))
show('Template.__add__ str', lambda: Template.__add__(t'x', 'y'))
print(sum([t'{a}', t'{b}'], start=t''))

class Adder:
    def __radd__(self, other):
        return 'radd ' + repr(other.strings)
    def __add__(self, other):
        return 'add'
print(t'x' + Adder(), Adder() + t'x')
