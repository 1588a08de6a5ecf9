// Cases for _functools (and functools.py on top of it): reduce, cmp_to_key's KeyWrapper, partial with
// Placeholder (flattening, calls, repr, pickling, __setstate__, method binding, subclasses) and the
// lru_cache wrapper (bounded, unbounded, uncached, typed, statistics, reentrancy, errors).
import type { Suite } from './support/cases.ts';

export const FUNCTOOLS_SUITE: Suite = {
  name: 'functools',
  setup: `
import functools, _functools, pickle, copy, sys
from functools import partial, Placeholder, cmp_to_key, reduce, lru_cache
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def f(*a, **k): return (a, sorted(k.items()))
K = cmp_to_key(lambda a, b: a - b)
class H:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
`,
  cases: [
    // reduce
    'reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 5), reduce(lambda a, b: a * b, [2, 3], initial=4), reduce(lambda a, b: a + b, "abc")',
    'err(reduce, len, 5), err(reduce, len, []), err(reduce), err(reduce, len), err(reduce, len, [], 1, 2), err(reduce, lambda a, b: 1 / 0, [1, 2])',
    'reduce.__module__, reduce.__text_signature__, reduce is _functools.reduce',
    // cmp_to_key
    "err(K), err(K, 1, 2), err(K, x=1), K(obj=1).obj, K.__text_signature__, err(hash, K(1)), type(K).__name__, type(K).__module__",
    "err(lambda: K(1) < 2), K(1) < K(2), K(3) == K(3), K(3) >= K(4), sorted([3, 1, 2], key=K), K.obj",
    "k = K(1); k.obj = 5; r = (k.obj, K(5) == k)",
    "err(type(K)), err(cmp_to_key), err(cmp_to_key, 1, 2), type(cmp_to_key(mycmp=len)).__name__, err(type, 'X', (type(K),), {})",
    "err(lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2)), err(lambda: K(1) < cmp_to_key(len)(1))",
    // partial
    "p = partial(f, 1, k=2); r = (p(2, j=3), p.args, p.keywords, p.func is f, p(k=9))",
    "err(partial), err(partial, 1), err(partial, f, Placeholder), err(partial, f, a=Placeholder), err(partial, func=f)",
    "p = partial(partial(f, 1, k=2), 3, k=5, z=1); r = (p.func is f, p(), p.args, p.keywords)",
    "p = partial(f, Placeholder, 2, Placeholder, 4); r = (p(1, 3), p(1, 3, 5, x=1), err(p, 1), partial(p, 'a')('b', 'c'), partial(p, 'a').args, partial(p, 'a', 'b', 'c').args)",
    "repr(Placeholder), type(Placeholder).__name__, type(Placeholder)() is Placeholder, err(type(Placeholder), 1), Placeholder.__reduce__(), pickle.loads(pickle.dumps(Placeholder)) is Placeholder",
    "p = partial(max, 1, key=abs); r = (p.__reduce__(), pickle.loads(pickle.dumps(p))(-9), copy.copy(p)(-1), copy.deepcopy(p)(2), pickle.loads(pickle.dumps(partial(max, Placeholder, 2)))(5))",
    "p = partial(f, 1); p.attr = 1; r = (p.__dict__, p.__reduce__()[2][3], partial(p, 2).func is p, err(setattr, p, 'func', 1), err(delattr, p, 'args'))",
    "p = partial(f); r = (err(p.__setstate__, 1), err(p.__setstate__, (1, (), {}, None)), err(p.__setstate__, (f, [], {}, None)), err(p.__setstate__, (f, (), [], None)), err(p.__setstate__, (f, (1, Placeholder), {}, None)), err(p.__setstate__, (f, (), {})))",
    "p = partial(f); p.__setstate__((f, (1,), None, None)); r = (p(), p.keywords, p.__dict__)",
    "p = partial(f); p.__setstate__((f, (Placeholder, 2), {'a': 1}, {'x': 3})); r = (p(0), err(p), p.x)",
    "class C:\n    m = partial(f, 1)\n    s = staticmethod(partial(f, 2))\nr = (C().m(2)[0][0], C().m(2)[0][2], C.m(2), C().s(3))",
    "class P(partial): pass\nr = (repr(P(f, 1)).split('(')[0], type(partial(P(f, 1), 2)).__name__, partial(P(f, 1), 2).args, P(f).__class__.__name__)",
    "class P(partial): pass\np = P(f, 1); p.x = 1; r = (partial(p, 2).func is p, partial(p, 2).args)",
    "partial[int], partial.__text_signature__, sorted(vars(partial)), partial.__module__, err(partial(f), 1, 2, 3)[0]",
    "p = partial(f); p.__setstate__((f, (p,), {}, None)); r = repr(p).replace(repr(f), 'F')",
    "repr(partial(f, 1, 'a', k=[2])).replace(repr(f), 'F'), repr(partial(len)), repr(partial(partial(len, 1)))",
    "p = partial(f, k=1); d = p.keywords; d['k'] = 2; r = p()",
    "p = partial(f, 1); r = (err(hash, p) == hash(p), p == partial(f, 1), p == p)",
    // lru_cache
    "@lru_cache(maxsize=2)\ndef sq(x, *, y=1): return x * x * y\nr = (sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq(2, y=2), sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.__doc__)",
    "@lru_cache(maxsize=2)\ndef sq(x): return x\nsq(1); sq(2); sq(1); sq(3); r = (sq.cache_info(), [sq(i) for i in (1, 3)], sq.cache_info(), sq(2), sq.cache_info())",
    "@lru_cache(maxsize=2)\ndef sq(x): return x\nsq(1); sq.cache_clear(); r = (sq.cache_info(), sq.cache_parameters(), sq.__reduce__(), copy.copy(sq) is sq, copy.deepcopy(sq) is sq)",
    "@lru_cache(maxsize=None, typed=True)\ndef t(x): return type(x).__name__\nr = (t(1), t(1.0), t(True), t(1), t.cache_info(), t.cache_parameters())",
    "@lru_cache(maxsize=0)\ndef u(x): return x\nr = (u(1), u(1), u.cache_info(), u([]))",
    "err(lru_cache, 'x'), err(functools._lru_cache_wrapper, 1, 2, 3, 4), err(functools._lru_cache_wrapper, f, 'x', 0, 0), type(functools._lru_cache_wrapper(f, -5, 0, tuple)).__name__, err(functools._lru_cache_wrapper, f)",
    "type(lru_cache(f)).__name__, type(lru_cache(f)).__module__, err(type, 'X', (type(lru_cache(f)),), {}), err(lru_cache(f), []), err(lru_cache(maxsize=None)(f), [])",
    "@lru_cache\ndef g(a, b=2, *c, **d): return (a, b, c, sorted(d.items()))\nr = (g(1), g(1, 2), g(a=1), g(1, b=2), g(1, 2, 3, x=4), g(1, 2, 3, x=4), g.cache_info())",
    "@lru_cache(maxsize=None)\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = (fib(80), fib.cache_info())",
    "@lru_cache(maxsize=3)\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = (fib(30), fib.cache_info())",
    "H.calls = 0\n@lru_cache(maxsize=10)\ndef h(x): return x.v\nr = (h(H(1)), H.calls, h(H(1)), H.calls)",
    "class C:\n    @lru_cache\n    def g(self, x): return x * 2\nc = C(); r = (c.g(3), c.g(3), C.g.cache_info(), C.g(c, 3), type(C.__dict__['g']).__name__)",
    "r = sorted(lru_cache(f).__dict__.keys())",
    "sorted(n for n in dir(_functools) if not n.startswith('__')), functools.partial.__module__, functools.cmp_to_key.__module__",
  ],
};
