# Processing templates the way libraries do: rendering, escaping, structured logging
from string.templatelib import Template, Interpolation, convert

def render(template: Template) -> str:
    parts = []
    for item in template:
        if isinstance(item, Interpolation):
            value = convert(item.value, item.conversion)
            parts.append(format(value, item.format_spec))
        else:
            parts.append(item)
    return ''.join(parts)

def html(template: Template) -> str:
    escape = {'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'}
    out = []
    for s, i in zip(template.strings, template.interpolations + (None,)):
        out.append(s)
        if i is not None:
            text = str(convert(i.value, i.conversion))
            out.append(''.join(escape.get(c, c) for c in text))
    return ''.join(out)

def fields(template: Template) -> dict:
    return {i.expression: i.value for i in template.interpolations}

user, amount, rate = '<b>bob</b>', 1234.5678, 0.075
print(render(t'{user!r} owes {amount:,.2f} at {rate:.1%}'))
print(html(t'<p>{user}</p><p title="{amount}">{rate!r}</p>'))
print(fields(t'{user} {amount} {rate * 100 = }'))
width = 12
print(render(t'[{user:>{width}}] [{amount:^{width}.1f}] [{rate:<{width}}]'))
items = ['a', 'b', 'c']
print(render(t'{", ".join(items)} ({len(items)} items)'))
nested = t'inner {amount:.0f}'
print(render(t'outer [{render(nested)}]'), nested.values)
print(render(t'{user=}'), render(t'{amount = :.1f}'), render(t'{rate=!s}'))

def lazy_log(template: Template) -> str:
    return render(template) + ' | ' + repr(fields(template))
print(lazy_log(t'event={"login"} user={user!s}'))

def greet(who):
    return t'Hello, {who}!'
ts = [greet(w) for w in ('Ann', 'Ben')]
print([render(x) for x in ts], [x.values for x in ts])
print(render(t'') == '', render(t'no fields') == 'no fields')
total = sum(i.value for i in t'{1}{2}{3}'.interpolations)
print(total)
class Money:
    def __format__(self, spec):
        return f'${spec or "plain"}'
    def __repr__(self):
        return 'Money()'
print(render(t'{Money()} {Money():0.2f} {Money()!r}'))
