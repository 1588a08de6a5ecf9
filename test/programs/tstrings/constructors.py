# string.templatelib.Template and Interpolation built directly, compared, pickled by hand and matched
from string.templatelib import Template, Interpolation, convert

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

print(Interpolation(1), Interpolation(1, 'x'), Interpolation(1, 'x', 'r'), Interpolation(1, 'x', None, '>3'))
print(Interpolation(value=2, expression='e', conversion='a', format_spec='f'))
show('no value', lambda: Interpolation())
show('int expression', lambda: Interpolation(1, 2))
show('bad conversion', lambda: Interpolation(1, 'x', 'q'))
show('long conversion', lambda: Interpolation(1, 'x', 'rr'))
show('int conversion', lambda: Interpolation(1, 'x', 3))
show('empty conversion', lambda: Interpolation(1, 'x', ''))
show('int format_spec', lambda: Interpolation(1, 'x', None, 3))
show('too many', lambda: Interpolation(1, 'x', None, '', 5))
show('unknown keyword', lambda: Interpolation(1, spec=''))
print(Interpolation.__match_args__)
print(Template(), Template('a'), Template('a', 'b'), Template('', ''))
print(Template('a', Interpolation(1), Interpolation(2), 'c', 'd'))
print(Template(Interpolation(1)), Template(Interpolation(1), ''), Template('x', Interpolation(1, 'e'), 'y'))
show('int arg', lambda: Template(1))
show('bytes arg', lambda: Template('a', b'b'))
show('keyword', lambda: Template(strings=('a',)))
show('template arg', lambda: Template(Template('a')))

class S(str):
    pass
print(type(Template(S('a')).strings[0]).__name__, type(Template(S('a'), S('b')).strings[0]).__name__)
print(type(Interpolation(1, S('e')).expression).__name__, Interpolation(1, 'e', S('r')).conversion)

i = Interpolation(1, 'x', 'r', '>3')
print(i.__reduce__())
cls, args = i.__reduce__()
print(cls(*args))
t = t'a{1!r:>4}b{2}'
func, args = t.__reduce__()
print(func.__name__, func.__module__, args)
print(func(*args), func(*args).strings == t.strings)
show('unpickle bad', lambda: func(('a',)))

match Interpolation(5, 'v', 's', 'f'):
    case Interpolation(value, expr, conv, spec):
        print('matched', value, expr, conv, spec)
match t'{1}x':
    case Template(strings=('', 'x')):
        print('matched strings')
def classify(part):
    match part:
        case str() as s:
            return 'str ' + s
        case Interpolation(value=int(v)):
            return f'int {v}'
        case Interpolation(value):
            return f'other {value!r}'
print([classify(p) for p in t'a{1}b{"c"}'])

show('set value', lambda: setattr(i, 'value', 2))
show('set strings', lambda: setattr(t, 'strings', ()))
show('set values', lambda: setattr(t, 'values', ()))
show('new attribute', lambda: setattr(t, 'extra', 1))
show('subclass Template', lambda: type('X', (Template,), {}))
show('subclass Interpolation', lambda: type('X', (Interpolation,), {}))
show('TemplateIter()', lambda: type(iter(t))())
print(t == t, t == t'a{1!r:>4}b{2}', i == Interpolation(1, 'x', 'r', '>3'), bool(t''), bool(i))
print(Template[int], Interpolation[str], Template[int].__origin__ is Template)
print(convert(1, None), convert(1, 'r'), convert('é', 'a'), convert('x', 's'))
show('convert bad', lambda: convert(1, 'x'))
print(Template.__name__, Template.__qualname__, Template.__module__, Interpolation.__module__)
print(sorted(n for n in vars(Template) if n != '__doc__'))
print(sorted(n for n in vars(Interpolation) if n != '__doc__'))
print(bool(Template.__flags__ & (1 << 10)), bool(Interpolation.__flags__ & (1 << 10)))
