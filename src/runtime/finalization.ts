// FinalizationRegistry, deferrable while a V8 start-up snapshot is being built.
//
// V8 refuses to serialize a heap in which a FinalizationRegistry has cleanups pending (objects
// registered with it already collected): the build of the start-up snapshot (src/cli/snapshot.ts)
// would abort whenever start-up garbage held a weakref callback or an unclosed file.  While a
// snapshot is being built, registrations are kept in a list instead; when the snapshot is restored,
// the live targets are registered with a real registry and the cleanups of the dead ones run.

type Registration<T> = { target: WeakRef<object>; held: T; token: object | undefined };

let deferring = false;
const deferredRegistries: DeferrableFinalizationRegistry<unknown>[] = [];

export class DeferrableFinalizationRegistry<T> {
  private real: FinalizationRegistry<T> | null = null;
  private pending: Registration<T>[] | null = null;

  constructor(private readonly cleanup: (held: T) => void) {}

  register(target: object, held: T, token?: object): void {
    if (deferring) {
      if (this.pending === null) {
        this.pending = [];
        deferredRegistries.push(this as DeferrableFinalizationRegistry<unknown>);
      }
      this.pending.push({ target: new WeakRef(target), held, token });
      return;
    }
    (this.real ??= new FinalizationRegistry(this.cleanup)).register(target, held, token);
  }

  unregister(token: object): void {
    this.real?.unregister(token);
    if (this.pending !== null) this.pending = this.pending.filter((r) => r.token !== token);
  }

  /** Registers what was deferred; returns the cleanups of the targets already collected. */
  resume(): (() => void)[] {
    const pending = this.pending ?? [];
    this.pending = null;
    const dead: (() => void)[] = [];
    for (const r of pending) {
      const target = r.target.deref();
      if (target === undefined) dead.push(() => this.cleanup(r.held));
      else (this.real ??= new FinalizationRegistry(this.cleanup)).register(target, r.held, r.token);
    }
    return dead;
  }
}

/** A registry, or null where the platform has no FinalizationRegistry. */
export function finalizationRegistry<T>(cleanup: (held: T) => void): DeferrableFinalizationRegistry<T> | null {
  return typeof FinalizationRegistry === 'function' ? new DeferrableFinalizationRegistry(cleanup) : null;
}

/** From now on registrations are only recorded (the heap is about to become a snapshot). */
export function deferFinalization(): void {
  deferring = true;
}

/**
 * Registers what was recorded (the snapshot has been restored); the cleanups of the targets collected
 * meanwhile run once the current job is done (a FinalizationRegistry runs them later still).
 */
export function resumeFinalization(): void {
  deferring = false;
  const dead: (() => void)[] = [];
  for (const r of deferredRegistries.splice(0)) dead.push(...r.resume());
  if (dead.length > 0) queueMicrotask(() => dead.forEach((f) => f()));
}
