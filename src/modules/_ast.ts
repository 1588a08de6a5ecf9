// The _ast module: ast.AST and every node class of Parser/Python.asdl, the PyCF_* flags, and the
// conversions compile() uses between node objects and the compiler's AST.  CPython:
// Python/Python-ast.c (astmodule_exec, PyAST_mod2obj, PyAST_obj2mod, PyAST_Check), Python/ast.c
//
//   _ast/node.ts       ast.AST: __init__, __reduce__, __replace__, repr
//   _ast/state.ts      the node classes of an interpreter (init_types)
//   _ast/ast2obj.ts    compiler AST -> node objects
//   _ast/obj2ast.ts    node objects -> compiler AST, with the conversion errors
//   _ast/validate.ts   _PyAST_Validate
import type { PyValue } from '../objects/object.ts';
import { PyObject_IsInstance } from '../objects/abstract.ts';
import { defineModule } from '../objects/module-def.ts';
import type * as ast from '../ast/nodes.generated.ts';
import { PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_OPTIMIZED_AST, PyCF_TYPE_COMMENTS } from '../compiler/flags.ts';
import { astState, astStateIfMade } from './_ast/state.ts';
import { AST_CLASSES } from './_ast/classes.generated.ts';
import { objectToMod } from './_ast/obj2ast.ts';
import { validateMod } from './_ast/validate.ts';

export { modToObject } from './_ast/ast2obj.ts';

/** isinstance(obj, ast.AST).  CPython: PyAST_Check */
export function PyAST_Check(obj: PyValue): boolean {
  const st = astStateIfMade();
  return st !== undefined && PyObject_IsInstance(obj, st.ast);
}

/**
 * An AST object given to compile(): converted to the compiler's AST for `mode` and validated.
 * CPython: PyAST_obj2mod + _PyAST_Validate (builtin_compile_impl)
 */
export function astObjectToMod(obj: PyValue, mode: string): ast.mod {
  const mod = objectToMod(obj, mode);
  validateMod(mod);
  return mod;
}

export const astModule = defineModule({
  name: '_ast',
  constants: () => {
    const st = astState();
    const out: Record<string, PyValue> = {
      AST: st.ast,
      PyCF_ALLOW_TOP_LEVEL_AWAIT,
      PyCF_ONLY_AST,
      PyCF_TYPE_COMMENTS,
      PyCF_OPTIMIZED_AST,
    };
    for (const [name] of AST_CLASSES) out[name] = st.types.get(name)!;
    return out;
  },
});
