# Instructions that only work on the stack, run often enough in loops to be compiled: negation and
# inversion, conversions, intrinsics, len() in match, list/set/dict displays with unpacking, dict
# merges in calls, global stores; and calls of builtin types (set, tuple, list, str, int, float).
G = 0


class Neg:
    def __neg__(self):
        return 'neg'

    def __invert__(self):
        return 'inv'

    def __repr__(self):
        return 'Neg()'


class BadHash:
    __hash__ = None


def negations(values):
    out = []
    for v in values:
        out.append((-v, ~v) if not isinstance(v, float) else (-v,))
    return out


def conversions(values):
    return [f'{v!r}|{v!s}|{v!a}' for v in values]


def displays(a, b):
    out = []
    for i in range(3):
        out.append([*a, i, *b])
        out.append({*a, i})
        out.append({'k': i, **b, 'z': i})
        out.append((*a, i))
        out.append([1, 2, 3, i])
    return out


def kw(**k):
    return sorted(k.items())


def merges(d):
    out = []
    for i in range(3):
        out.append(kw(**d, extra=i))
    return out


def matches(values):
    out = []
    for v in values:
        match v:
            case [x, y, *rest]:
                out.append(('seq', x, y, len(rest)))
            case {'a': x}:
                out.append(('map', x))
            case _:
                out.append('other')
    return out


def bump(n):
    global G
    for i in range(n):
        G += i
    return G


def builtin_types(n):
    out = []
    for i in range(n):
        t = (i, i + 1, i)
        out.append((set(t), tuple(t), list(t), str(i), int(str(i)), float(i), tuple([i]), set(), tuple(), list()))
    return out[-1], len(out)


def errors():
    cases = [
        lambda: -'x',
        lambda: ~1.5,
        lambda: {[]},
        lambda: {BadHash(): 1},
        lambda: [*1],
        lambda: {**[1]},
        lambda: kw(**{'a': 1}, a=2),
        lambda: set([[]]),
        lambda: set(1, 2),
        lambda: tuple(5),
        lambda: list(1, 2),
        lambda: int('x'),
        lambda: float('y'),
        lambda: str(1, 2, 3, 4),
    ]
    for f in cases:
        for _ in range(2):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
                break


for _ in range(300):
    r1 = negations([0, 1, -5, 2**60, True, 2.5, Neg()])
    r2 = conversions(['a\xe9', 3, Neg()])
    r3 = displays((1, 2), {'b': 3})
    r4 = merges({'x': 1})
    r5 = matches([[1, 2, 3, 4], {'a': 9}, 5, (7, 8)])
print(r1, r2, r3, r4, r5, sep='\n')
print(bump(1000), G)
print(builtin_types(500))
errors()
print(-(-0), ~0, -(0), -(2**53), ~(2**53))
