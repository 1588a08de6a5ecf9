// os._exit(): ends the process at once, without running except clauses, finally blocks or exit
// handlers (a HostInterrupt leaves every frame).  CPython: Modules/posixmodule.c os__exit_impl
import { HostInterrupt } from '../vm/eval-breaker.ts';

export class ProcessExit extends HostInterrupt {
  constructor(readonly status: number) {
    super('os._exit');
  }
}
