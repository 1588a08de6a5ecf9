// The _tracemalloc module, never tracing.  CPython: Modules/_tracemalloc.c, Python/tracemalloc.c
//
// Differs from CPython: pyts cannot see the allocations of the JS engine, so it never traces them:
// start() raises RuntimeError, and every other function answers as CPython's do while tracing is
// off (no traces, no object tracebacks, zero memory).  The module still matters when not tracing:
// the warnings module imports tracemalloc to suggest it ("Enable tracemalloc to get the object
// allocation traceback"), as CPython's output has it.
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { valueError, runtimeError } from '../objects/exceptions.ts';
import { withDocs, moduleDoc } from './docs.ts';

/** The most frames a traceback may keep.  CPython: MAX_NFRAME */
const MAX_NFRAME = 65535;

// CPython: _tracemalloc_start_impl
function start(_m: PyValue, nframe: PyValue | undefined): PyValue {
  const n = nframe === undefined ? 1 : Number(PyNumber_Index(nframe));
  if (!(n >= 1 && n <= MAX_NFRAME)) throw valueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
  throw runtimeError('pyts cannot trace memory allocations');
}

export const tracemallocModule = defineModule({
  name: '_tracemalloc',
  doc: moduleDoc('_tracemalloc'),
  functions: withDocs('_tracemalloc', {
    is_tracing: { sig: '($module, /)', impl: () => false },
    clear_traces: { sig: '($module, /)', impl: () => None },
    _get_object_traceback: { sig: '($module, obj, /)', impl: () => None },
    _get_traces: { sig: '($module, /)', impl: () => new PyList([]) },
    start: { sig: '($module, nframe=1, /)', impl: start },
    stop: { sig: '($module, /)', impl: () => None },
    get_traceback_limit: { sig: '($module, /)', impl: () => 1 },
    get_tracemalloc_memory: { sig: '($module, /)', impl: () => 0 },
    get_traced_memory: { sig: '($module, /)', impl: () => new PyTuple([0, 0]) },
    reset_peak: { sig: '($module, /)', impl: () => None },
  }),
});
