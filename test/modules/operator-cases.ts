// Cases for _operator (and operator.py on top of it): every function with good and bad operands (the
// abstract API's messages), the in-place functions on mutable and immutable objects, sequence search,
// itemgetter/attrgetter/methodcaller calls, reprs, reduce and pickling, argument errors, and what the
// module and its types expose.
import type { Suite } from './support/cases.ts';

const BINARY = ['add', 'sub', 'mul', 'matmul', 'floordiv', 'truediv', 'mod', 'lshift', 'rshift', 'and_', 'xor', 'or_', 'pow',
  'iadd', 'isub', 'imul', 'imatmul', 'ifloordiv', 'itruediv', 'imod', 'ilshift', 'irshift', 'iand', 'ixor', 'ior', 'ipow',
  'concat', 'iconcat', 'contains', 'indexOf', 'countOf', 'getitem', 'delitem', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not'];
const UNARY = ['truth', 'neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'index', 'is_none', 'is_not_none'];
const OPERANDS = ['7, 3', '7.5, 2', '-7, 2', '[1, 2], [3]', '(1, 2), (3,)', "'ab', 'b'", "{1: 2}, 1", '{1, 2}, {2, 3}', 'None, None',
  "1, 'a'", '[1], 2', '2, [1]', 'True, False', '3j, 2', "b'ab', b'b'", '10**20, 3', '1, 0', '1, -1', '2, 100'];

export const OPERATOR_SUITE: Suite = {
  name: 'operator',
  setup: `
import operator, _operator, pickle, copy
from operator import itemgetter, attrgetter, methodcaller
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * 2
    def __add__(self, o): return 'added'
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Len:
    def __len__(self): return 5
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class P:
    a = 1
    class b:
        c = 'deep'
    def m(self, *a, **k): return ('m', a, sorted(k.items()))
`,
  cases: [
    ...BINARY.map((f) => `[err(operator.${f}, ${'*x'}) for x in [${OPERANDS.map((o) => `(${o})`).join(', ')}]]`),
    ...UNARY.map((f) => `[err(operator.${f}, x) for x in (7, -2.5, True, [], [1], 'a', None, 3j, 10**30, Idx(4), Idx('x'), Idx(True), Len())]`),
    "r = [1]; r = (operator.iadd(r, [2]), operator.iconcat(r, (3,)), operator.imul(r, 2), r)",
    "r = (1,); r = (operator.iadd(r, (2,)), r)",
    "err(operator.concat, Seq(), Seq()), err(operator.iconcat, Seq(), Seq()), err(operator.concat, Seq(), 1), err(operator.concat, {}, {})",
    "operator.indexOf(Seq(), 4), operator.countOf(Seq(), 2), operator.contains(Seq(), 6), err(operator.indexOf, Seq(), 9), err(operator.countOf, 3, 1), err(operator.contains, 3, 1)",
    "operator.countOf([1, 1.0, True, 2, float('nan')], 1), operator.countOf([float('nan')] * 2, float('nan'))",
    "r = [1, 2, 3]; operator.setitem(r, 0, 9); operator.delitem(r, -1); r = (r, err(operator.setitem, (1,), 0, 1), err(operator.delitem, 'ab', 0), err(operator.setitem, {}, [], 1))",
    "[operator.length_hint(x) for x in ([1, 2], iter([1, 2, 3]), iter(range(10)), Len(), Hint(4), object(), iter({}))]",
    "err(operator.length_hint, object(), 9), err(operator.length_hint, Hint(-1)), err(operator.length_hint, Hint('x')), err(operator.length_hint, 1, 'x'), err(operator.length_hint, Hint(NotImplemented), 3)",
    "err(operator.length_hint, 1, 2**70), err(operator.length_hint), err(operator.length_hint, 1, 2, 3)",
    "operator.call(int, '10', base=2), operator.call(len, 'abc'), err(operator.call), err(operator.call, 1)",
    "err(operator._compare_digest, 'abc', 'abc'), err(operator._compare_digest, b'a', bytearray(b'a')), err(operator._compare_digest, 'a', b'a'), err(operator._compare_digest, 'é', 'é'), err(operator._compare_digest, 1, 2), err(operator._compare_digest, b'ab', b'a')",
    "err(operator.add, 1), err(operator.add, 1, 2, 3), err(operator.add, a=1, b=2), err(operator.neg), err(operator.index, 2.0), err(operator.index, '1')",
    // itemgetter
    "itemgetter(1)('abc'), itemgetter(-1)((1, 2)), itemgetter(5)({5: 'x'}), itemgetter(0, 2)('abc'), itemgetter(slice(1, None))([1, 2, 3]), itemgetter((1, 2))({(1, 2): 'k'})",
    "err(itemgetter(5), (1,)), err(itemgetter('a'), [1]), err(itemgetter(0), 5), err(itemgetter(2**70), (1,)), err(itemgetter(1, 9), 'ab')",
    "err(itemgetter), err(itemgetter, 1, k=2), err(itemgetter(1)), err(itemgetter(1), 1, 2), err(itemgetter(1), [1], key=1)",
    "repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter((1,))), repr(itemgetter([1])), itemgetter(1).__reduce__(), itemgetter(1, 2).__reduce__()",
    "pickle.loads(pickle.dumps(itemgetter(0, -1)))('abc'), copy.copy(itemgetter(2))([1, 2, 3]), copy.deepcopy(itemgetter('k'))({'k': 1})",
    "r = []; g = itemgetter(r); r.append(g); r = repr(g)",
    // attrgetter
    "attrgetter('a')(P), attrgetter('b.c')(P), attrgetter('a', 'b.c')(P), attrgetter('real', 'imag')(3j), attrgetter('b.c.upper')(P)()",
    "err(attrgetter('x'), P), err(attrgetter('b.x'), P), err(attrgetter('a..b'), P), err(attrgetter, 1), err(attrgetter), err(attrgetter, 'a', 1), err(attrgetter('a')), err(attrgetter('a'), 1, x=2)",
    "repr(attrgetter('a')), repr(attrgetter('a.b')), repr(attrgetter('a', 'b.c')), attrgetter('a.b', 'c').__reduce__(), attrgetter('a').__reduce__()",
    "pickle.loads(pickle.dumps(attrgetter('b.c', 'a')))(P), copy.deepcopy(attrgetter('a'))(P)",
    // methodcaller
    "methodcaller('m')(P()), methodcaller('m', 1, 2)(P()), methodcaller('m', 1, k=2, j=3)(P()), methodcaller('split', sep=',', maxsplit=1)('a,b,c')",
    "err(methodcaller), err(methodcaller, 1), err(methodcaller, name='m'), err(methodcaller('m')), err(methodcaller('m'), 1, 2), err(methodcaller('m'), P(), k=1), err(methodcaller('zz'), 1)",
    "repr(methodcaller('f')), repr(methodcaller('f', 1, 'x', k=[2], j=3)), repr(methodcaller('f', k=1)), methodcaller('f', 1).__reduce__(), methodcaller('f').__reduce__()",
    "r = methodcaller('f', 1, k=2).__reduce__(); r = (r[0].func, r[0].args, r[0].keywords, r[1])",
    "pickle.loads(pickle.dumps(methodcaller('count', 1)))([1, 1, 2]), pickle.loads(pickle.dumps(methodcaller('m', 1, k=2)))(P()), copy.deepcopy(methodcaller('m', [1]))(P())",
    "r = methodcaller('m', name='x', self=1)(P())",
    // the module and its types
    "sorted(n for n in dir(_operator) if not n.startswith('__'))",
    "operator.add.__module__, operator.add.__qualname__, operator.add.__text_signature__, operator.length_hint.__text_signature__, operator.call.__text_signature__, operator.__lt__ is operator.lt",
    "[(t.__name__, t.__qualname__, t.__module__, t.__text_signature__, sorted(vars(t))) for t in (itemgetter, attrgetter, methodcaller)]",
    "itemgetter(1).__text_signature__, attrgetter('a').__text_signature__, methodcaller('a').__text_signature__",
    "[err(type, 'X', (t,), {}) for t in (itemgetter, attrgetter, methodcaller)]",
    "err(setattr, itemgetter(1), 'x', 1), err(lambda: itemgetter(1).__dict__), type(itemgetter(1)).__flags__ & (1 << 10)",
    "operator.index(True), type(operator.index(True)), operator.index(Idx(2**100)), err(operator.index, Idx(1.5))",
  ],
};
