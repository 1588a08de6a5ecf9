// The sys._jit namespace: whether just-in-time compilation is available, enabled and active.
// CPython: Python/sysmodule.c (_jit module).  pyts has no JIT of its own, so all three answer False,
// as a CPython built without --enable-experimental-jit does.
import { defineModule } from '../objects/module-def.ts';
import type { PyModule } from '../objects/module.ts';

const jitModule = defineModule({
  name: 'sys._jit',
  doc: 'What the interpreter can tell about just-in-time compilation.',
  functions: {
    is_available: {
      sig: '($module, /)',
      impl: () => false,
      doc: 'Whether this interpreter was built with a JIT compiler (never, in pyts).',
    },
    is_enabled: {
      sig: '($module, /)',
      impl: () => false,
      doc: 'Whether the JIT compiler is switched on in this process (never, in pyts).',
    },
    is_active: {
      sig: '($module, /)',
      impl: () => false,
      doc: 'Whether the innermost Python frame runs JIT-compiled code now (never, in pyts).',
    },
  },
});

/** A new sys._jit module (one per interpreter, made with sys). */
export function createJitModule(): PyModule {
  return jitModule.create();
}
