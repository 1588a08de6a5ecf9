// The interpreter state: sys.modules, builtins, sys, native modules and the host it runs on.
// CPython: Include/internal/pycore_interp_structs.h (PyInterpreterState), Python/pylifecycle.c
// Several interpreters can exist in one JS process; the running one is `current`.
import type { PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import type { PyModule } from '../objects/module.ts';
import { ThreadState, setThreadState } from './thread-state.ts';
import type { Host } from '../runtime/host.ts';

export class Interpreter {
  /** sys.modules */
  readonly modules = new PyDict();
  builtins!: PyModule;
  builtinsDict!: PyDict;
  sys!: PyModule;
  /** The original builtins.__import__ (IMPORT_NAME calls the native importer directly while it is in place). */
  builtinImportFunc: PyValue | null = null;
  /** The original builtins.all and builtins.any, for LOAD_COMMON_CONSTANT.  CPython: interp->common_consts */
  commonAll: PyValue | null = null;
  commonAny: PyValue | null = null;
  /** Native modules by name: created on first import. */
  readonly nativeModules = new Map<string, () => PyModule>();
  readonly tstate = new ThreadState();

  constructor(readonly host: Host) {}

  cwd(): string {
    return this.host.cwd();
  }
}

let current: Interpreter | null = null;

export function interp(): Interpreter {
  return current!;
}

export function setCurrentInterpreter(ip: Interpreter): void {
  current = ip;
  setThreadState(ip.tstate);
}

export function builtinsDict(): PyDict {
  return current!.builtinsDict;
}

/** Writes to sys.stdout (used by the interactive display hook). */
export function sysStdoutWrite(s: string): void {
  current!.host.writeStdout(s);
}
