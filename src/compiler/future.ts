// `from __future__ import ...` at the top of a module: the features it turns on, and its errors.
// CPython: Python/future.c
import type * as ast from '../ast/nodes.generated.ts';
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from '../objects/code.ts';
import { syntaxError, locOf, NO_LOCATION } from './errors.ts';
import { getDocString, type FutureFeatures } from './symtable.ts';

/** Features accepted but with no effect in Python 3.14. */
const ALWAYS_ON = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'generator_stop',
]);

// CPython: future_check_features
function checkFeatures(ff: FutureFeatures, s: ast.ImportFrom, filename: string): void {
  for (const a of s.names) {
    const f = a.name;
    if (ALWAYS_ON.has(f)) continue;
    if (f === 'barry_as_FLUFL') ff.features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (f === 'annotations') ff.features |= CO_FUTURE_ANNOTATIONS;
    else if (f === 'braces') throw syntaxError('not a chance', filename, a);
    else throw syntaxError(`future feature ${f} is not defined`, filename, a);
  }
}

/** The future features of a module.  CPython: _PyFuture_FromAST */
export function futureFromAst(mod: ast.mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { features: 0, location: NO_LOCATION };
  if (mod._kind !== 'Module' && mod._kind !== 'Interactive') return ff;
  const body = mod.body;
  // Only a docstring and other future statements may precede a future statement.
  for (let i = getDocString(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s._kind !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
    checkFeatures(ff, s, filename);
    ff.location = locOf(s);
  }
  return ff;
}
