// Start-up warm-up of the compiled tier (vm/jit.ts): a few lines of Python, run interpreted and then
// compiled, take every path between the evaluation loop and compiled code (a call out, a direct call
// and its stops, a return, a hand-over to the interpreter, an exception caught in compiled code, an
// eval-breaker stop) and the loop's common operand kinds before V8 optimizes the loop.  Without it the first program to reach compiled code would meet those paths only after the
// loop was optimized without their type feedback, and V8 would throw the optimized loop away and
// compile it again (0.1-0.3 s of CPU each time).
import { PyDict } from '../objects/dict.ts';
import { compileSource, runCode } from './exec.ts';
import { compileNow } from '../vm/jit.ts';
import { evalBreaker } from '../vm/eval-breaker.ts';
import type { Interpreter } from '../vm/interpreter.ts';

const SOURCE = `
def callee(x):
    return x
for i in range(2):
    name = i
def wrap(x):
    return callee(x)
def kw(x=0):
    return x
def by_keyword(x):
    return kw(x=x)
def raiser(x):
    raise ValueError(x)
def catcher(x):
    try:
        return {}[x]
    except KeyError:
        return 1
def wrap_raise(x):
    try:
        return raiser(x)
    except ValueError:
        return 1
def gen(n):
    for i in range(n):
        yield i
def ops(n):
    # The interpreter's common operations on the common kinds of operands, so that the loop's type
    # feedback covers them (ints past 2**31 and 2**53, floats, strings, lists made in several ways).
    t = 0
    for i in range(n):
        a = [0] * 4
        b = [j for j in range(4)]
        c = list(range(4))
        t += a[i] + b[i - 4] + c[i] + [1, 2, 3, 4][i]
        a[i] = b[i] = c[-1] = i
        t += 100000 * (i + 100000) + (1 << 62) * (i + 1) - 7 * i
        t += int(1.5 * i + 2.25 / (i + 1) - 0.5) + i // 2 + i % 3
        t += (i < 2.5) + (1.5 < i) + ('a' < 'b') + (i == 1)
        s = 'x' + str(i)
        t += len(s[1:]) + len(s + s)
        d = {i: s}
        d[s] = i
        t += len(d[i]) + d[s]
    return t
class Base:
    def __init__(self, v):
        self.v = v
def slow_ops(i):
    # Instructions both tiers leave to runFramesSlow.
    class K(Base):
        def __init__(self, v):
            super().__init__(v)
    b = [i, 2, 3]
    x, *y = b
    d = {'a': i, **{'b': 2}}
    t = len((*b,)) + len([*b, 1]) + len({j for j in b}) + len({j: j for j in b}) + len({i, 1}) + K(i).v
    t += (i in b) + ('a' in 'abc') + ('a' in d) + (i not in y) - i + ~i
    f = lambda z=i: z + x
    t += f() + len(f'{i}{x:>3}{d!r}') + len(b[i:i + 1]) + len('abc'[i::2]) + len(b[-i:])
    b[i:i + 1] = [4]
    del x
    match b:
        case [_, *rest]:
            t += len(rest)
        case {'a': _}:
            t += 1
    with Mgr():
        t += 1
    return t
class Mgr:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def warm(n):
    t = ops(n)
    for i in range(n):
        t += slow_ops(i)
    for i in range(n):
        t += callee(i)
        t += wrap(i)
        t += by_keyword(i)
        t += catcher(i)
        t += wrap_raise(i)
        for v in gen(2):
            t += v
    t += sum(map(wrap, [1, 2]))
    t += sum(map(wrap_raise, [1, 2]))
    t += sum(map(by_keyword, [1, 2]))
    t += sum(kw(x=x) for x in gen(2))
    t += sum(callee(x) for x in [1, 2])
    try:
        {}[t]
    except KeyError:
        t += 1
    try:
        raise ValueError
    except ValueError:
        t += 1
    return t
`;

/** Once per JS process: the feedback is the loop function's, shared by every interpreter. */
let warmedUp = false;

/**
 * Skips the warm-up in this process.  The command line started without its snapshot (src/cli/main.ts)
 * does: it runs with `--turbo-filter=-runFrames*` (src/cli/loader.ts), so the loop whose
 * deoptimizations the warm-up prevented is never optimized, and the warm-up was ~50 ms of every start
 * that no program won back (the 14 benchmark programs, each a whole `node dist/pyts.cjs FILE`
 * process: 0.00-0.12 s less CPU without it, none slower; richards, methods and fib run 6 times in a
 * row: 2.5-2.6 s without it, 2.6-2.7 s with it).
 */
export function skipJitWarmUp(): void {
  warmedUp = true;
}

export function jitWarmUp(ip: Interpreter): void {
  if (warmedUp) return;
  warmedUp = true;
  const code = compileSource(SOURCE, '<jit warm-up>', 'exec');
  const d = new PyDict();
  d.setStr('__builtins__', ip.builtins);
  d.setStr('__name__', '__jit_warmup__');
  runCode(code, d, d);
  const warm = compileSource('warm(3)', '<jit warm-up>', 'exec');
  // Interpreted first, so that the calls are specialized (compiled code calls compiled functions
  // directly only from specialized calls), then compiled.
  runCode(warm, d, d);
  compileNow(code);
  // The first RESUME stops for the eval breaker (the slice path).
  evalBreaker.counter = 1;
  runCode(warm, d, d);
}
