# t-strings (PEP 750, new in 3.14): Template and Interpolation objects
from string.templatelib import Template, Interpolation
name = "world"
count = 3
t = t"hello {name}, you have {count:03d} messages{'!'!r}"
print(type(t).__name__, t.strings, len(t.interpolations))
for i in t.interpolations:
    print(type(i).__name__, repr(i.value), i.expression, i.conversion, repr(i.format_spec))
print(t.values)
print(list(t))
def render(tmpl):
    out = []
    for part in tmpl:
        if isinstance(part, str):
            out.append(part)
        else:
            v = part.value
            if part.conversion == "r":
                v = repr(v)
            elif part.conversion == "s":
                v = str(v)
            out.append(format(v, part.format_spec))
    return "".join(out)
print(render(t))
empty = t""
print(empty.strings, empty.interpolations)
t2 = t"{name}" + t" and {count}"
print(t2.strings, t2.values)
try:
    t"x" + "y"
except TypeError as e:
    print(type(e).__name__, e)
i = Interpolation(42, "answer", None, ">5")
print(i.value, i.expression, i.conversion, i.format_spec)
tm = Template("a", Interpolation(1, "one"), "b")
print(tm.strings, tm.values, repr(tm))
print(repr(t"x{1+1=}y"))
w = 8
print(t"{name:>{w}}".interpolations[0].format_spec)
