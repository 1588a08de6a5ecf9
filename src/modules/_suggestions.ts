// The _suggestions module: traceback.py's "Did you mean" search, done natively.
// CPython: Modules/_suggestions.c, Python/suggestions.c _Py_CalculateSuggestions
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { typeOf } from '../objects/type.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { calculateSuggestion } from '../objects/suggestions.ts';
import * as E from '../objects/exceptions.ts';

type V = PyValue;

/** The candidate closest to item (the list's own element), or None. */
function generateSuggestions(_m: V, candidates: V, item: V): V {
  if (!isStrValue(item)) throw E.typeError(`_generate_suggestions() argument 2 must be str, not ${typeOf(item).tp_name}`);
  if (!(candidates instanceof PyList) || typeOf(candidates) !== typeOf(new PyList([]))) throw E.typeError('candidates must be a list');
  const names: string[] = [];
  for (const c of candidates.items) {
    if (!isStrValue(c)) throw E.typeError("all elements in 'candidates' must be strings");
    names.push(strValue(c));
  }
  const best = calculateSuggestion(names, strValue(item));
  if (best === null) return None;
  return candidates.items[names.indexOf(best)];
}

export const suggestionsModule = defineModule({
  name: '_suggestions',
  functions: {
    _generate_suggestions: {
      sig: '($module, candidates, item, /)',
      impl: generateSuggestions,
      doc: "Returns the candidate in candidates that's closest to item",
    },
  },
});
