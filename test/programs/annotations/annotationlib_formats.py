# annotationlib.get_annotations in every format, call_annotate_function with the fake globals
# (VALUE_WITH_FAKE_GLOBALS), ForwardRef evaluation, annotations_to_string and the STRING format's
# stringifiers (which build expressions through ast).
import annotationlib
from annotationlib import Format, get_annotations, ForwardRef, call_annotate_function

def show(v):
    # Without addresses and file names (no re: this corpus program must not need _sre).
    text = repr(v)
    for start, stop in ((' at 0x', '>'), (" from '", "'>")):
        while start in text:
            i = text.index(start)
            j = text.index(stop, i + len(start))
            text = text[:i] + text[j + len(stop) - 1:]
    print(text)

def f(a: int, b: Undefined, c: list[Undefined2] = None, *args: 'quoted', **kw: dict[str, int | None]) -> Undefined.attr[0]:
    pass

show(get_annotations(f, format=Format.FORWARDREF))
print(get_annotations(f, format=Format.STRING))
try:
    get_annotations(f)
except NameError as e:
    print('NameError', e)

class Klass:
    x: int
    y: Missing
    z: 'Klass'
    w: -Missing + 3 * Missing2 @ (Missing[1:2, ...])
    v: Missing(1, key=2).meth().attr
    u: lambda_result if Missing else other
print(get_annotations(Klass, format=Format.STRING))
fr = get_annotations(Klass, format=Format.FORWARDREF)
print(fr['x'], fr['y'], type(fr['y']).__name__, fr['y'].__forward_arg__)
print(fr['z'])

Missing = float
print(fr['y'].evaluate(), get_annotations(Klass, format=Format.FORWARDREF)['y'])

ref = ForwardRef('list[int]')
print(ref, ref.evaluate(), ref == ForwardRef('list[int]'), hash(ref) == hash(ForwardRef('list[int]')))
print(ForwardRef('Nope').evaluate(format=Format.FORWARDREF))
try:
    ForwardRef('Nope').evaluate()
except NameError as e:
    print('NameError', e)
print(ForwardRef('Q').evaluate(globals={'Q': bytes}))

def g(x: 'int', y: 'list[str]'): pass
print(get_annotations(g, eval_str=True))
print(get_annotations(g, format=Format.STRING))

print(annotationlib.annotations_to_string({'a': int, 'b': list[int], 'c': 'raw', 'd': None}))
print(annotationlib.type_repr(int), annotationlib.type_repr(list[int]), annotationlib.type_repr(...))

def h(p: Alpha.beta[Gamma, 'δ'], q: Alpha | None, r: [Alpha, Beta], s: (Alpha, Beta), t: {Alpha: Beta}): pass
print(get_annotations(h, format=Format.STRING))
show(get_annotations(h, format=Format.FORWARDREF))

print(call_annotate_function(f.__annotate__, Format.STRING))
print(call_annotate_function(Klass.__annotate__, Format.FORWARDREF)['x'])

print(annotationlib.get_annotate_from_class_namespace(Klass.__dict__) is not None)

import sys
mod = sys.modules[__name__]
top: Undefined3 = 1
show((get_annotations(mod, format=Format.STRING), get_annotations(mod, format=Format.FORWARDREF)))

class WithStrings:
    a: 'int'
    b: 'Undefined4'
print(get_annotations(WithStrings, format=Format.VALUE))
try:
    get_annotations(WithStrings, eval_str=True)
except NameError as e:
    print('NameError', e)

# Objects without annotations, and errors.
print(get_annotations(lambda: 0), get_annotations(type('T', (), {})))
for bad in (1, 'x', None):
    try:
        get_annotations(bad)
    except TypeError as e:
        print('TypeError', e)
