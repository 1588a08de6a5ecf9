// Start-up warm-up of the compiled tier (vm/jit.ts): a few lines of Python, compiled at once, take
// every path between the evaluation loop and compiled code (a call out, a return, a hand-over to the
// interpreter, an exception caught in compiled code, an eval-breaker stop) before V8 optimizes the
// loop.  Without it the first program to reach compiled code would meet those paths only after the
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
def wrap(x):
    return callee(x)
def warm(n):
    t = 0
    for i in range(n):
        t += callee(i)
    t += sum(map(wrap, [1, 2]))
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
warm(2)
`;

/** Once per JS process: the feedback is the loop function's, shared by every interpreter. */
let warmedUp = false;

export function jitWarmUp(ip: Interpreter): void {
  if (warmedUp) return;
  warmedUp = true;
  const code = compileSource(SOURCE, '<jit warm-up>', 'exec');
  compileNow(code);
  const d = new PyDict();
  d.setStr('__builtins__', ip.builtins);
  d.setStr('__name__', '__jit_warmup__');
  // The first RESUME stops for the eval breaker (the slice path).
  evalBreaker.counter = 1;
  runCode(code, d, d);
}
