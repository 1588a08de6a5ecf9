// The _decimal module: arbitrary-precision decimal arithmetic, as decimal.py imports it.
// CPython: Modules/_decimal/_decimal.c (_decimal_exec, module functions)
//
// Layout: number.ts (representation, rounding, the final fit to a context), arith.ts (+ - * / and the
// spec's other operations), mathfuncs.ts (sqrt, exp, ln, log10, power), convert.ts (from and to
// Python values, hashing), format.ts (__format__), context.ts (Context state, signals, the current
// context), types.ts (the Decimal and Context types).
import { None, type PyValue } from '../../objects/object.ts';
import { defineModule } from '../../objects/module-def.ts';
import { isIntValue, intValue, strValue } from '../../objects/boxes.ts';
import type { PyDict } from '../../objects/dict.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';
import { PyObject_Call, PyObject_CallMethod } from '../../objects/abstract.ts';
import { importModuleAttr } from '../../objects/iterobject.ts';
import { moduleDoc } from '../docs.ts';
import { ROUND_NAMES, ROUND_HALF_EVEN } from './number.ts';
import { decimalState, getContext, setContext, localcontext, SIGNALS, ContextManagerType, PyDecContext } from './context.ts';
import { DecimalType, ContextType } from './types.ts';

function getcontext(): PyValue {
  return getContext();
}

function setcontext(_m: PyValue, c: PyValue): PyValue {
  setContext(c);
  return None;
}

const LOCALCONTEXT_KEYWORDS = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];

/** localcontext(ctx=None, **kwargs): only the context's attributes are accepted as keywords.  CPython: ctxmanager_new */
function localcontextKw(_m: PyValue, ctx: PyValue, kwargs: PyDict | null): PyValue {
  const attrs: PyValue[] = LOCALCONTEXT_KEYWORDS.map(() => None);
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = strValue(kwargs.keys[i]);
      const j = LOCALCONTEXT_KEYWORDS.indexOf(k);
      if (j < 0) throw typeError(`this function got an unexpected keyword argument '${k}'`);
      attrs[j] = kwargs.values[i];
    }
  }
  return localcontext(ctx, ...attrs);
}

const IEEE_CONTEXT_MAX_BITS = 512;

/** IEEEContext(bits): the context of the IEEE 754 interchange format of that width.  CPython: ieee_context */
function ieeeContext(_m: PyValue, bits: PyValue): PyValue {
  if (!isIntValue(bits)) throw typeError(`'${typeof bits}' object cannot be interpreted as an integer`);
  const b = Number(intValue(bits));
  if (b <= 0 || b > IEEE_CONTEXT_MAX_BITS || b % 32 !== 0) {
    throw valueError(`argument must be a multiple of 32, with a maximum of ${IEEE_CONTEXT_MAX_BITS}`);
  }
  const c = PyObject_Call(ContextType, []) as PyDecContext;
  c.prec = 9 * (b / 32) - 2;
  c.emax = 3 * 2 ** (b / 16 + 3 - 1);
  c.emin = 1 - c.emax;
  c.round = ROUND_HALF_EVEN;
  c.traps = 0;
  c.status = 0;
  c.clamp = 1;
  return c;
}

export const decimalModule = defineModule({
  name: '_decimal',
  doc: moduleDoc('_decimal'),
  functions: {
    getcontext: { sig: '($module, /)', impl: getcontext, doc: 'The current decimal context of the thread (or task).' },
    setcontext: { sig: '($module, context, /)', impl: setcontext, doc: 'Makes context the current decimal context.' },
    localcontext: {
      sig: '($module, /, ctx=None, **kwargs)',
      impl: localcontextKw,
      doc: 'A context manager that makes a copy of ctx (or of the current context) current inside a with block.',
    },
    IEEEContext: { sig: '($module, bits, /)', impl: ieeeContext, doc: 'A context for the IEEE 754 decimal interchange format of the given width.' },
  },
  constants: () => {
    const st = decimalState();
    const out: { [name: string]: PyValue } = {
      Decimal: DecimalType,
      Context: ContextType,
      DecimalTuple: st.DecimalTuple,
      DecimalException: st.DecimalException,
      DefaultContext: st.defaultContext,
      BasicContext: st.basicContext,
      ExtendedContext: st.extendedContext,
      HAVE_CONTEXTVAR: true,
      HAVE_THREADS: true,
      // 64-bit libmpdec's limits (beyond 2**53, so ints in their bigint form).
      MAX_PREC: 999999999999999999n,
      MAX_EMAX: 999999999999999999n,
      MIN_EMIN: -999999999999999999n,
      MIN_ETINY: -1999999999999999997n,
      IEEE_CONTEXT_MAX_BITS,
      __version__: '1.70',
      __libmpdec_version__: '4.0.0',
    };
    SIGNALS.forEach((s, i) => (out[s.name] = st.signals[i]));
    for (const [name, t] of st.conditions) out[name] = t;
    for (const r of ROUND_NAMES) out[r] = r;
    void ContextManagerType;
    return out;
  },
  init: () => {
    // decimal.Decimal is a numbers.Number.  CPython: _decimal_exec (Number.register)
    PyObject_CallMethod(importModuleAttr('numbers', 'Number'), 'register', [DecimalType]);
  },
});
