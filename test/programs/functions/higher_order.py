# higher-order functions: currying, function composition, callbacks with *args, functions returning functions
def curry(f, arity):
    def curried(*args):
        if len(args) >= arity:
            return f(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def pipe(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
clean = pipe(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda v: v * 2, 10)(1))
def memo(f):
    cache = {}
    def wrapped(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    wrapped.cache = cache
    return wrapped
@memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
print(list(map(lambda f: f(3), [abs, str, lambda x: x ** 2, float])), sorted(["bb", "a", "ccc"], key=len), max([(1, "b"), (2, "a")], key=lambda t: t[1]))
