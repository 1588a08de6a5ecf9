// Defining native modules declaratively, like builtin types.  CPython: PyModuleDef, PyModule_AddFunctions
//
//   export const mathModule = defineModule({
//     name: 'math', doc: '...',
//     functions: { isqrt: { sig: '($module, n, /)', impl: mathIsqrt } },
//     constants: () => ({ pi: new PyFloat(Math.PI) }),
//   });
//
// The module object is created when first imported (per interpreter).
import { None, type PyValue } from './object.ts';
import { PyModule } from './module.ts';
import { newModuleFunction, type NativeImpl } from './descrobject.ts';

export interface FunctionSpec {
  readonly sig: string;
  readonly impl: NativeImpl;
  readonly doc?: string;
  /** The signature arguments are bound with, when the implementation checks them itself (`sig` stays __text_signature__). */
  readonly callSig?: string;
  /** __text_signature__ when it is not `sig` (CPython's exact text; null: the function has none). */
  readonly textSignature?: string | null;
}

export interface ModuleSpec {
  readonly name: string;
  readonly doc?: string;
  readonly functions?: { readonly [name: string]: FunctionSpec };
  /** Other attributes (types, constants), computed when the module is created. */
  readonly constants?: (module: PyModule) => { readonly [name: string]: PyValue };
  /** Runs after the attributes are set (for modules that need their own object). */
  readonly init?: (module: PyModule) => void;
}

export interface NativeModuleDef {
  readonly spec: ModuleSpec;
  /** Creates a new module object. */
  create(): PyModule;
}

export function defineModule(spec: ModuleSpec): NativeModuleDef {
  return {
    spec,
    create(): PyModule {
      const m = new PyModule(spec.name, spec.doc ?? None);
      const d = m.ob_dict;
      for (const [name, f] of Object.entries(spec.functions ?? {})) {
        const fn = newModuleFunction(name, spec.name, f.callSig ?? f.sig, f.impl, f.doc ?? null, m);
        if (f.textSignature !== undefined) fn.textSig = f.textSignature ?? None;
        else if (f.callSig !== undefined) fn.textSig = f.sig;
        d.setStr(name, fn);
      }
      for (const [name, v] of Object.entries(spec.constants?.(m) ?? {})) d.setStr(name, v);
      spec.init?.(m);
      return m;
    },
  };
}
