// How _asyncio's objects meet vm/finalize.ts (docs/internals/asyncio.md): a program samples, at
// chosen points, how many objects are tracked (gcLive: the loop's finalization hooks are on and
// the compiled tier off while it is not 0), what gc.collect() would consider besides them, and
// what is pinned.  These are pyts's own costs, not behaviour: what programs see is compared with
// CPython by test/programs/asyncio/native_*.py and the asyncio suite of native.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInterpreter, runMain } from '../../src/runtime/run.ts';
import { CaptureHost } from '../../src/runtime/capture-host.ts';
import { gcLive, gcPinned, collectCandidates } from '../../src/vm/gc-state.ts';

interface Sample {
  live: number;
  candidates: number;
  pinned: number;
}

/** Records the finalization state whenever the program writes `SAMPLE name` to fd 2. */
class SamplingHost extends CaptureHost {
  readonly samples = new Map<string, Sample>();
  override write(fd: number, data: Uint8Array): number {
    const m = fd === 2 ? /^SAMPLE (\w+)\n$/.exec(new TextDecoder().decode(data)) : null;
    if (m === null) return super.write(fd, data);
    this.samples.set(m[1], { live: gcLive.count, candidates: collectCandidates().length, pinned: gcPinned.size });
    return data.length;
  }
}

function run(source: string): SamplingHost {
  const path = '/pyts-test/asyncio/lifecycle.py';
  const host = new SamplingHost(new Map([[path, new TextEncoder().encode(source)]]), '', '/pyts-test/asyncio');
  const ip = createInterpreter(host, [path], '/pyts-test/asyncio');
  const status = runMain(ip, new TextEncoder().encode(source), path);
  assert.equal(status, 0, host.stderr);
  return host;
}

const PRELUDE = `
import asyncio, os, gc
def sample(name):
    os.write(2, f'SAMPLE {name}\\n'.encode())
`;

test('a running loop, its watcher and its suspended tasks are not tracked', () => {
  const h = run(`${PRELUDE}
async def waiter(f):
    try:
        await f
    finally:
        pass
async def main():
    for i in range(50):
        await asyncio.sleep(0)
    sample('sleeping')
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    sample('created')
    await asyncio.sleep(0)
    sample('pending')
    f.set_result(1)
    await t
    g = loop.create_future()
    g.set_exception(ValueError())
    sample('unretrieved')
    g.exception()
    sample('retrieved')
sample('before')
asyncio.run(main())
sample('after')
`);
  const s = (k: string): Sample => h.samples.get(k)!;
  assert.deepEqual(s('before'), { live: 0, candidates: 0, pinned: 0 });
  // Nothing observable while sleep(0) loops: the hooks are off and code can run compiled.  Pinned:
  // the running loop and main's task.
  assert.deepEqual(s('sleeping'), { live: 0, candidates: 1, pinned: 2 });
  // The new task's coroutine, not started yet, is the task's: observable at collections only.
  assert.deepEqual(s('created'), { live: 0, candidates: 3, pinned: 3 });
  // main's task, the waiting task and its coroutine (suspended inside try/finally).
  assert.deepEqual(s('pending'), { live: 0, candidates: 3, pinned: 3 });
  // An exception nobody retrieved makes its future observable until it is retrieved.
  assert.deepEqual(s('unretrieved'), { live: 1, candidates: 2, pinned: 2 });
  assert.deepEqual(s('retrieved'), { live: 0, candidates: 1, pinned: 2 });
  // The stopped loop and its watcher are tracked again (their __del__ warns when unclosed).
  assert.equal(s('after').pinned, 0);
  assert.ok(s('after').live >= 1);
});

test('a dropped pending task is found by gc.collect(), not by the reports', () => {
  const h = run(`${PRELUDE}
async def waiter(f):
    try:
        await f
    finally:
        print('waiter closed')
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, ctx: print(ctx['message']))
    t = asyncio.create_task(waiter(loop.create_future()))
    await asyncio.sleep(0)
    del t
    sample('dropped')
    print('collect')
    gc.collect()
    sample('collected')
asyncio.run(main())
`);
  assert.equal(h.stdout, 'collect\nwaiter closed\nTask was destroyed but it is pending!\n');
  // Until the collection the dropped task stays pinned: only a collection can free it.
  assert.deepEqual(h.samples.get('dropped'), { live: 0, candidates: 3, pinned: 3 });
  assert.deepEqual(h.samples.get('collected'), { live: 0, candidates: 1, pinned: 2 });
});
