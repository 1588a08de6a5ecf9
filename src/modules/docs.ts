// CPython's docstrings for the native modules pyts implements (docs.generated.ts, from the oracle):
// a module definition takes its functions' __doc__ from here unless it gives its own.
import type { FunctionSpec } from '../objects/module-def.ts';
import { MODULE_DOCS } from './docs.generated.ts';

/** The module's __doc__ as CPython has it. */
export function moduleDoc(module: string): string | undefined {
  return MODULE_DOCS[module]?.[0] ?? undefined;
}

/**
 * The function specs with CPython's __doc__ (which wins over the spec's own, a description for readers)
 * and CPython's __text_signature__ where it is not the signature the spec binds arguments with.
 */
export function withDocs<T extends { readonly [name: string]: FunctionSpec }>(module: string, functions: T): T {
  const docs = MODULE_DOCS[module]?.[1];
  if (docs === undefined) return functions;
  const out: Record<string, FunctionSpec> = {};
  for (const [name, f] of Object.entries(functions)) {
    const d = docs[name];
    if (d === undefined) {
      out[name] = f;
      continue;
    }
    let spec: FunctionSpec = d[0] !== null ? { ...f, doc: d[0] } : f;
    if (d[1] !== f.sig && f.textSignature === undefined) spec = { ...spec, textSignature: d[1] };
    out[name] = spec;
  }
  return out as T;
}
