import { Frame } from '../../src/vm/frame.ts';
import { initObjects } from '../../src/objects/index.ts';
import { compileSource } from '../../src/runtime/exec.ts';
import { PyDict } from '../../src/objects/dict.ts';
import { PyFunction } from '../../src/objects/function.ts';
initObjects();
const code = compileSource('def f(n):\n  return n\n', 'x', 'exec');
const fcode = code.co_consts.items.find((c: any) => c && c.co_name === 'f') as any;
const g = new PyDict();
const fn = new PyFunction(fcode, g, g, 'f', 'f');
for (let round = 0; round < 5; round++) {
  let t = (process.cpuUsage().user/1000);
  let keep: any = null;
  for (let i = 0; i < 1600000; i++) { const fr = new Frame(fcode, g, g, null, fn); fr.localsplus[0] = i; keep = fr; }
  console.log('new Frame', ((process.cpuUsage().user/1000) - t).toFixed(1), 'ms', keep.sp);
  t = (process.cpuUsage().user/1000);
  let s = 0;
  for (let i = 0; i < 1600000; i++) { s += g.getStr('f') === undefined ? 1 : 0; }
  console.log('getStr miss', ((process.cpuUsage().user/1000) - t).toFixed(1), 'ms', s);
}
