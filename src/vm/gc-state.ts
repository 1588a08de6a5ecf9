// The objects whose end a program can observe, and the one counter the evaluation loop checks.
// CPython frees an object when its reference count drops to zero; pyts has no such moment, so it
// keeps the objects whose finalization runs code (instances of classes with __del__, generators
// suspended where closing them runs a finally/with/except) and, at the points where CPython's count
// of such an object can drop, asks vm/finalize.ts whether it is still reachable.
// A leaf module (no imports): objects/heap.ts and the loop import it without cycles.

/** Live observable objects; the loop's hooks do nothing while `count` is 0. */
export const gcLive = { count: 0 };

/** The observable objects, in the order they were made (CPython's gc lists are in allocation order). */
export const tracked = new Set<object>();

export function trackObject(o: object): void {
  tracked.add(o);
  gcLive.count = tracked.size;
}

export function untrackObject(o: object): void {
  if (tracked.delete(o)) {
    gcLive.count = tracked.size;
    gcHooks.untracked(o);
  }
}

/**
 * Native objects whose finalizer matters but whose drops the loop does not watch (exact file
 * objects: an unclosed file warns and flushes when it dies). They do not count in gcLive, so they
 * cost the loop nothing; they are finalized when a collection finds them unreachable: gc.collect(),
 * exit, or a pass made when many have accumulated (`collectNative`, run by open() before it makes
 * anything). In the order they were made, like `tracked`.
 */
export const nativeTracked = new Set<object>();

/** The size of nativeTracked that makes the next safe point run a pass (doubles with survivors). */
export const nativeCollect = { threshold: 2048 };

export function trackNative(o: object): void {
  nativeTracked.add(o);
}

export function untrackNative(o: object): void {
  nativeTracked.delete(o);
}

/**
 * Where native code keeps Python objects outside any Python-visible container (atexit's callbacks,
 * signal handlers): each provider returns the values to count as roots.
 */
export const gcRootProviders: (() => Iterable<unknown>)[] = [];

/**
 * Objects that dropping a reference cannot free for now: the running asyncio event loop (the thread
 * state holds it), pending asyncio tasks (the loop, or a reference cycle, holds them).  What only
 * they hold cannot be freed either, so the loop's reports of dropped references do not look
 * through them (gc.collect() and the exit still mark and check everything).
 */
export const gcPinned = new Set<object>();

/**
 * Objects whose finalizer only a collection can reach (CPython finalizes them only when its cycle
 * collector finds them unreachable, as a pending asyncio Task waiting on a future, which holds it
 * back): not counted in gcLive nor looked for by the loop's reports, but gc.collect() and the
 * exit finalize those they find unreachable, as they do the tracked ones.  Each provider returns
 * its current candidates.
 */
export const gcCollectOnlyProviders: (() => Iterable<object>)[] = [];

/** The tracked objects, then the collection-only candidates. */
export function collectCandidates(): object[] {
  const out = [...tracked];
  for (const p of gcCollectOnlyProviders) for (const o of p()) out.push(o);
  return out;
}

/**
 * Objects native code holds in JS variables while it calls back into Python (what CPython's C
 * locals hold strong references to: input()'s streams while their methods run). Push them, and
 * restore the length in a `finally`; gc.collect() counts them as roots.
 */
export const nativeHeld: unknown[] = [];
gcRootProviders.push(() => nativeHeld);

/**
 * vm/finalize.ts's report of values native code let go (a sort's keys): installed when that module
 * loads, so that object modules can report without importing it.
 */
export const gcHooks: {
  dropped: (values: readonly unknown[], extraRoots: readonly unknown[]) => void;
  /** An object left the tracked set (vm/finalize.ts forgets its anchor). */
  untracked: (o: object) => void;
} = { dropped: () => {}, untracked: () => {} };
