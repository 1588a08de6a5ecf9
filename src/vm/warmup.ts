// Warming the evaluation loop up, once per process, before the first program runs.
//
// V8 optimizes evalFrame (one large function) from the type feedback its code paths have gathered;
// a path that had never run when it was optimized deoptimizes the whole function the first time it
// runs, and each re-optimization of the loop costs far more than this warm-up. So a short, silent
// Python program runs first through the common instructions, their specialized forms and the paths
// where a specialization misses (a loop's exit, a guard failing, an int outgrowing 2**53...).
// It runs in a throwaway namespace: nothing of it stays visible to the program.
import type { Interpreter } from './interpreter.ts';
import { PyDict } from '../objects/dict.ts';
import type { PyCode } from '../objects/code.ts';
import { runCode } from '../runtime/exec.ts';

const WARMUP = String.raw`
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
    @property
    def px(self):
        return self.x

class Q(P):
    __slots__ = ()
    kind = 'q'
    def norm(self):
        return super().norm() + 1

class S:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a

def gen(n):
    for i in range(n):
        yield i

def deleg(n):
    yield from gen(n)
    return n

def f(a, b=2, *args, k=3, **kw):
    return a + b + k + len(args) + len(kw)

def g(a, b):
    return a if a > b else b

def loops(n):
    t = 0
    big = 2 ** 40
    fl = 0.5
    s = ''
    for i in range(n):
        t += i * 3 - 1
        t = t + big * i
        fl = fl * 1.5 - fl / 3.0 + i
        if fl > 1e10 or fl < -1e10:
            fl = 0.5
        s = s + 'a' if i % 2 else s + 'b'
    for x in [1, 2.0, 'c', None, (1, 2)]:
        t += 1 if x is None or x == 'c' else 2
    for x in (1, 2, 3):
        t -= x
    for x in gen(n):
        t += x
    for x in deleg(3):
        t += x
    t += sum(x for x in range(n) if x % 2)
    t += len([x * x for x in range(n)]) + len({x: x for x in range(n)}) + len({x % 3 for x in range(n)})
    return t, fl, s, big * big * big

def attrs(objs):
    t = 0
    for o in objs:
        t += o.norm() + o.x + o.px
        o.x = o.y
    return t

def errors(n):
    t = 0
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            {}[i]
        except (KeyError, ValueError) as e:
            t += len(e.args)
        finally:
            t += 1
    return t

def misc(n):
    t = 0
    d = {'a': 1, 'b': 2}
    lst = [1, 2, 3]
    def inner(x):
        nonlocal t
        t += x
        return t
    for i in range(n):
        a, b = i, i + 1
        c, *rest = lst
        lst[0] = a
        d['a'] = b
        t += d['a'] + lst[-1] + len(rest)
        t += f(i) + f(i, 1, 2, 3, k=4, z=5) + g(i, 2) + g(1.5, 2.5)
        inner(1)
        t += isinstance(i, int) + len(lst) + (type(i) is int)
        lst.append(i)
        lst.pop()
        t += len(f'{i}:{i!r}:{i:>4}')
        t += i in d or i in lst
        t += -i + ~i + (not i)
        t += lst[0:2][0]
    return t

for _ in range(3):
    loops(30)
    attrs([P(1, 2), Q(3), P(2.5), Q(1.5, 2.5)] * 5)
    S(1).a
    errors(10)
    misc(20)
`;

let warmedUp = false;

/**
 * Runs the warm-up program in `ip` the first time it is called in this process.  `compile` gives
 * its code (compiling costs more than running it, so the code comes from the code cache).
 */
export function warmUpEvalLoop(ip: Interpreter, compile: (name: string, source: string) => PyCode): void {
  if (warmedUp) return;
  warmedUp = true;
  const globals = new PyDict();
  globals.setStr('__name__', '__warmup__');
  globals.setStr('__builtins__', ip.builtins);
  runCode(compile('warmup', WARMUP), globals, globals);
}
