# Type parameters made by the PEP 695/696 syntax: lazily evaluated bounds, constraints and defaults
calls = []

def note(x):
    calls.append(x)
    return x

def f[T: note(int), U: (note(str), bytes) = note(list), *Ts = note(tuple), **P = note([int])](x: T) -> T:
    return x

print(calls)
T, U, Ts, P = f.__type_params__
print(T, U, Ts, P, [type(p).__name__ for p in f.__type_params__])
print(T.__bound__, calls)
print(T.__bound__, calls)
print(U.__constraints__, U.__default__, calls)
print(Ts.__default__, P.__default__, calls)
print(T.has_default(), U.has_default(), Ts.has_default(), P.has_default())
print(T.__infer_variance__, T.__covariant__, T.__contravariant__, P.__infer_variance__)
print(T.__module__, P.__module__, Ts.__module__, P.__bound__, U.__bound__, T.__constraints__)
print(T.evaluate_bound(1), T.evaluate_bound.__name__, U.evaluate_constraints(1), U.evaluate_default(1))
print(T.evaluate_default, T.evaluate_constraints, U.evaluate_bound)
print(f(3), f.__name__)

def g[V: undefined_name = also_undefined]():
    pass

(V,) = g.__type_params__
for attempt in range(2):
    try:
        V.__bound__
    except NameError as e:
        print('NameError:', e)
try:
    V.__default__
except NameError as e:
    print('NameError:', e)
print(V.has_default())
undefined_name = float
also_undefined = 'later'
print(V.__bound__, V.__default__)

def outer():
    def inner[T](x: T) -> T:
        return x
    return inner

print(outer().__type_params__, outer().__type_params__[0] is outer().__type_params__[0])

def h[A, B = A](): pass
A, B = h.__type_params__
print(B.__default__ is A, A.has_default(), B.has_default())

for src in ['def k[T = int, U](): pass', 'class K[T = int, *Ts]: pass', 'type K[T = int, U] = T', 'def k[T, T](): pass']:
    try:
        compile(src, '<test>', 'exec')
        print('compiled', src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

f.__type_params__ = ()
print(f.__type_params__)
try:
    f.__type_params__ = [1]
except TypeError as e:
    print('TypeError:', e)
print((lambda: 0).__type_params__)
