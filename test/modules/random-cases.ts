// Cases for _random and random.py on top of it: sequences after many seeds, getrandbits of every
// size class, state round trips, every distribution of random.py, shuffles of 3000 items, errors.
import type { Suite } from './support/cases.ts';

const SEEDS = ['0', '1', '42', '-5', '2**31', '2**32 - 1', '2**32', '2**53 + 1', '2**64', '2**100', '-(2**100)', '10**50', '3**500', 'True', 'False', '12345678901234567890'];
const BITS = [0, 1, 2, 7, 31, 32, 33, 52, 53, 54, 63, 64, 65, 96, 100, 1000, 4096];

export const RANDOM_SUITE: Suite = {
  name: 'random',
  setup: `
import random, _random
def digest(xs):
    h = 0
    for i, v in enumerate(xs):
        h = (h * 1000003 + (i + 1) * v) % (2**61 - 1)
    return h
class Fixed(_random.Random):
    def random(self):
        return 0.5
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)
`,
  cases: [
    ...SEEDS.map((s) => `(random.seed(${s}), [random.random() for _ in range(4)], random.getrandbits(64), random.getrandbits(7))[1:]`),
    ...SEEDS.map((s) => `_random.Random(${s}).getstate()[:4]`),
    ...SEEDS.map((s) => `digest(_random.Random(${s}).getstate())`),
    ...BITS.map((k) => `(lambda g: [g.getrandbits(${k}) for _ in range(3)])(_random.Random(${k}))`),
    'random.seed(9); r = [random.getrandbits(k) for k in range(0, 200, 3)]',
    'random.seed(10); r = random.getrandbits(1000)',
    'random.seed(11); r = digest(random.getrandbits(8) for _ in range(5000))',
    'random.seed(12); r = [random.getrandbits(1) for _ in range(64)]',
    // shuffles
    'random.seed(0); l = list(range(3000)); random.shuffle(l); r = (digest(l), l[:12], l[-12:])',
    'random.seed(2**100); l = list(range(3000)); random.shuffle(l); r = (digest(l), l[:12])',
    'random.seed(-5); l = list(range(3000)); random.shuffle(l); random.shuffle(l); r = (digest(l), l[1500:1510])',
    'random.seed(1); l = list("abcdefghij"); random.shuffle(l); r = l',
    // random.py's integer methods
    'random.seed(3); r = [random.randrange(10) for _ in range(20)]',
    'random.seed(3); r = [random.randrange(-50, 50, 7) for _ in range(10)]',
    'random.seed(3); r = [random.randint(1, 6) for _ in range(20)]',
    'random.seed(3); r = [random.randrange(2**70) for _ in range(5)]',
    'random.seed(3); r = [random.randrange(10**30, 10**31) for _ in range(3)]',
    'random.seed(4); r = [random.choice("abcdefg") for _ in range(15)]',
    'random.seed(4); r = random.sample(range(1000), 20)',
    'random.seed(4); r = random.sample(range(10**9), 5)',
    'random.seed(4); r = random.sample(list("abcdefghijkl"), 12)',
    'random.seed(4); r = random.sample(["x", "y"], counts=[3, 4], k=5)',
    'random.seed(5); r = random.choices("abc", k=10)',
    'random.seed(5); r = random.choices("abc", weights=[1, 5, 10], k=10)',
    'random.seed(5); r = random.choices(range(4), cum_weights=[1, 2, 10, 11], k=10)',
    'random.seed(6); r = random.randbytes(20)',
    'random.seed(6); r = (random.randbytes(0), random.randbytes(3), random.randbytes(9))',
    'random.seed(6); r = random.binomialvariate(20, 0.3), random.binomialvariate(1000, 0.5), random.binomialvariate(5, 0.9)',
    // floats
    'random.seed(7); r = [random.uniform(-3, 3) for _ in range(5)]',
    'random.seed(7); r = [random.triangular(0, 10, 2) for _ in range(5)]',
    'random.seed(7); r = [random.gauss() for _ in range(6)]',
    'random.seed(7); r = [random.gauss(100, 15) for _ in range(3)]',
    'random.seed(7); r = [random.normalvariate(0, 2) for _ in range(5)]',
    'random.seed(7); r = [random.lognormvariate(0, 1) for _ in range(4)]',
    'random.seed(8); r = [random.expovariate(1.5) for _ in range(5)]',
    'random.seed(8); r = [random.vonmisesvariate(1, 4) for _ in range(5)]',
    'random.seed(8); r = [random.gammavariate(0.5, 2) for _ in range(4)] + [random.gammavariate(1, 2)] + [random.gammavariate(3, 1) for _ in range(4)]',
    'random.seed(8); r = [random.betavariate(2, 5) for _ in range(5)]',
    'random.seed(8); r = [random.paretovariate(3) for _ in range(5)]',
    'random.seed(8); r = [random.weibullvariate(1, 1.5) for _ in range(5)]',
    // generator objects, state
    'g = random.Random(99); h = random.Random(99); r = [g.random() == h.random() for _ in range(3)]',
    'g = random.Random(99); s = g.getstate(); a = [g.random() for _ in range(5)]; g.setstate(s); r = a == [g.random() for _ in range(5)]',
    'g = random.Random(99); s = g.getstate(); r = (type(s), len(s), s[0], len(s[1]), s[1][-1], s[2])',
    'g = _random.Random(1); s = g.getstate(); r = (len(s), s[-1], all(type(x) is int for x in s), max(s[:-1]) < 2**32)',
    'g = _random.Random(1); [g.random() for _ in range(700)]; r = g.getstate()[-1]',
    'g = _random.Random(1); g.getrandbits(32); r = g.getstate()[-1]',
    'g = _random.Random(); r = (g.getstate()[-1], 0 <= g.random() < 1)',
    'g = _random.Random(None); r = g.getstate()[-1]',
    'random.seed(); r = 0 <= random.random() < 1',
    'g = _random.Random(2); g.setstate((0,) * 624 + (624,)); r = [g.getrandbits(32) for _ in range(3)]',
    'g = _random.Random(2); s = list(g.getstate()); s[-1] = 0; g.setstate(tuple(s)); r = g.random()',
    'g = _random.Random(2); s = list(g.getstate()); s[-1] = 624; g.setstate(tuple(s)); r = g.random()',
    'g = _random.Random(2); s = list(g.getstate()); s[-1] = True; g.setstate(tuple(s)); r = g.getstate()[-1]',
    'g = _random.Random(2); g.seed(5); h = _random.Random(5); r = g.getstate() == h.getstate()',
    'g = _random.Random(2); r = (g.seed(), g.seed(None), g.seed(3))',
    // str, bytes and bytearray seeds go through random.py's sha512 (version 2)
    ...['"hello"', '""', 'b"hello"', 'b""', 'bytearray(b"hello")', '"héllo wörld 😀"', '"x" * 10000', 'b"\\xff" * 64'].map(
      (s) => `(random.seed(${s}), [random.random() for _ in range(3)], random.getrandbits(70))[1:]`,
    ),
    'g = random.Random("spam"); h = random.Random(b"spam"); r = (g.getstate() == h.getstate(), g.random())',
    'g = _random.Random(); r = (g.seed("spam"), g.seed(b"spam"), err(g.seed, bytearray(b"x")))',
    'g = random.Random(); g.seed(123, version=1); r = g.random()',
    'g = random.Random(); g.seed("spam", version=1); r = g.random()',
    'g = random.Random(); g.seed(b"spam", version=1); r = g.random()',
    'g = random.Random(); g.seed(-7, version=1); r = g.random()',
    // subclasses
    'g = Fixed(); r = (g.random(), type(g).__mro__[1].__name__)',
    'class R(random.Random):\n    def random(self): return 0.25\nr = [R(1).randrange(100), R(1).choice("abcd")]',
    'Counting.calls = 0; g = Counting(3); g.randrange(1000); g.shuffle(list(range(10))); r = Counting.calls > 0',
    'class S(_random.Random):\n    def __init__(self, a, b): super().__init__(a + b)\nr = S(1, 2).getstate() == _random.Random(3).getstate()',
    'class S(_random.Random):\n    def __new__(cls, *a, **k): return super().__new__(cls)\nr = S(4, x=1).getstate()[:2]',
    'class S(_random.Random): pass\nr = (S(4).getstate()[:2], S.__mro__[1], S(4).__dict__)',
    // reprs, attributes
    '_random.Random',
    '_random.Random.y = 1; r = (_random.Random.y, _random.Random().y, _random.Random.__flags__ & (1 << 8)); del _random.Random.y',
    'sorted(n for n in vars(_random.Random) if not n.startswith("__"))',
    '_random.Random.getrandbits.__text_signature__',
    '_random.Random.seed.__text_signature__',
    '_random.Random.setstate.__text_signature__',
    '_random.__doc__',
    'random.Random.__mro__',
    '[n for n in dir(_random) if not n.startswith("__")]',
    'type(_random.Random().random()), type(_random.Random().getrandbits(5)), type(_random.Random().getrandbits(100))',
    // errors
    '_random.Random().getrandbits(-1)',
    '_random.Random().getrandbits(1.5)',
    '_random.Random().getrandbits("3")',
    '_random.Random().getrandbits(2**64)',
    '_random.Random().getrandbits(2**63)',
    '_random.Random().getrandbits()',
    '_random.Random(1, 2)',
    '_random.Random(x=1)',
    '_random.Random().seed(1, 2)',
    '_random.Random().seed([1])',
    '_random.Random().setstate([1] * 625)',
    '_random.Random().setstate((1,) * 624)',
    '_random.Random().setstate((1,) * 624 + (625,))',
    '_random.Random().setstate((1,) * 624 + (-1,))',
    '_random.Random().setstate((-1,) * 625)',
    '_random.Random().setstate((1.5,) * 625)',
    '_random.Random().setstate((1,) * 624 + (1.5,))',
    '_random.Random().setstate((1,) * 624 + (2**70,))',
    '_random.Random().setstate((2**70,) * 625)',
    '_random.Random().setstate()',
    'random.seed([1])',
    'random.seed(object())',
    'random.Random().setstate((3, (), None))',
    'random.randrange(0)',
    'random.randrange(1.5)',
    'random.choice([])',
    'random.sample([1, 2], 3)',
    'random.getrandbits(-1)',
    // hash-seeded and C-long-sized values: 64-bit CPython
    { code: '(random.seed(1.5), random.random())[1]', python3: true },
    { code: '(random.seed(-2.25), random.random())[1]', python3: true },
    { code: 'g = _random.Random(); g.setstate((2**32 + 5,) * 624 + (624,)); r = g.getstate()[:2]', python3: true },
    { code: 'g = _random.Random(); g.setstate((2**64 - 1,) * 624 + (624,)); r = g.getstate()[:2]', python3: true },
    { code: '_random.Random().setstate((2**64,) * 625)', python3: true },
    { code: '_random.Random(1.5).getstate()[:3]', python3: true },
    { code: '_random.Random((1, 2)).getstate()[:3]', python3: true },
  ],
};
