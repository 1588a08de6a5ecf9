# A class whose __dict__ ends up with a non-string key issues one RuntimeWarning naming the class
# (after the class is readied, before __set_name__); str subclasses count as strings.
import warnings

class S(str):
    pass

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    MyClass = type('MyClass', (), {1: 2})
    class meta(type):
        def __new__(mcls, name, bases, ns):
            ns[1] = 2
            return super().__new__(mcls, name, bases, ns)
    C = meta('Other', (), {})
    D = type('D', (), {1: 2, 2: 3, 'x': 1})
    E = type('E', (), {S('y'): 1})
for x in w:
    print(x.category.__name__, x.message, x.filename == __file__)
print(MyClass.__dict__[1], vars(D)[2], E.y)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        type('F', (), {(1, 2): 3})
    except RuntimeWarning as e:
        print('raised', e)
