// The _heapq module: heap queue primitives over lists.  CPython: Modules/_heapqmodule.c
//
// Each function compares the same pairs in the same order as CPython (heapify switches to the
// cache-friendly traversal above 2500 items, as CPython does), re-reads the list after every
// comparison and reports a size change as CPython does.  heapq.py imports these with `from _heapq import *`.
import { None, type PyValue } from '../objects/object.ts';
import { CompareOp, typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyObject_RichCompareBool } from '../objects/abstract.ts';
import { typeError, indexError, runtimeError } from '../objects/exceptions.ts';
import { argTypeName } from '../objects/str/args.ts';
import { withDocs, moduleDoc } from './docs.ts';

type Sift = (heap: PyList, pos: number) => void;

/** The heap argument: a list or a list subclass (clinic's subclass_of converter). */
function heapArg(fname: string, argName: string, v: PyValue): PyList {
  if (v instanceof PyList) return v;
  throw typeError(`${fname}() ${argName} must be list, not ${argTypeName(v)}`);
}

function lt(a: PyValue, b: PyValue): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.LT);
}

/** Moves the item at pos up towards startpos while it is smaller than its parent.  CPython: siftdown */
function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) throw indexError('index out of range');
  let newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >>> 1;
    const parent = heap.items[parentpos];
    const cmp = max ? lt(parent, newitem) : lt(newitem, parent);
    if (size !== heap.items.length) throw runtimeError('list changed size during iteration');
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    newitem = arr[pos];
    arr[parentpos] = newitem;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Moves the smaller (larger, for max) child up until a leaf, then sifts the item down.  CPython: siftup */
function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw indexError('index out of range');
  const limit = endpos >>> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos];
      const b = heap.items[childpos + 1];
      const cmp = max ? lt(b, a) : lt(a, b);
      if (!cmp) childpos++;
      if (endpos !== heap.items.length) throw runtimeError('list changed size during iteration');
    }
    const arr = heap.items;
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

const siftupMin: Sift = (h, pos) => siftup(h, pos, false);
const siftupMax: Sift = (h, pos) => siftup(h, pos, true);

function push(fname: string, heapObj: PyValue, item: PyValue, max: boolean): PyValue {
  const heap = heapArg(fname, 'argument 1', heapObj);
  heap.items.push(item);
  siftdown(heap, 0, heap.items.length - 1, max);
  return None;
}

/** CPython: heappop_internal */
function pop(fname: string, heapObj: PyValue, sift: Sift): PyValue {
  const heap = heapArg(fname, 'argument', heapObj);
  const n = heap.items.length;
  if (n === 0) throw indexError('index out of range');
  const lastelt = heap.items.pop()!;
  if (n === 1) return lastelt;
  const returnitem = heap.items[0];
  heap.items[0] = lastelt;
  sift(heap, 0);
  return returnitem;
}

/** CPython: heapreplace_internal */
function replace(fname: string, heapObj: PyValue, item: PyValue, sift: Sift): PyValue {
  const heap = heapArg(fname, 'argument 1', heapObj);
  if (heap.items.length === 0) throw indexError('index out of range');
  const returnitem = heap.items[0];
  heap.items[0] = item;
  sift(heap, 0);
  return returnitem;
}

function pushpop(fname: string, heapObj: PyValue, item: PyValue, max: boolean): PyValue {
  const heap = heapArg(fname, 'argument 1', heapObj);
  if (heap.items.length === 0) return item;
  const top = heap.items[0];
  if (!(max ? lt(item, top) : lt(top, item))) return item;
  if (heap.items.length === 0) throw indexError('index out of range');
  const returnitem = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, max);
  return returnitem;
}

/** n with all bits but its highest cleared.  CPython: keep_top_bit */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

/** Sifts each parent as soon as both its children are heaps: same heap and comparisons, another order.
 *  CPython: cache_friendly_heapify */
function cacheFriendlyHeapify(heap: PyList, sift: Sift): void {
  const m = Math.floor(heap.items.length / 2);
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = Math.floor(m / 2);
  const run = (from: number, to: number): void => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        sift(heap, j);
        if (!(j & 1)) break;
        j = Math.floor(j / 2);
      }
    }
  };
  run(leftmost - 1, mhalf);
  run(m - 1, leftmost);
}

/** CPython: heapify_internal */
function heapify(fname: string, heapObj: PyValue, sift: Sift): PyValue {
  const heap = heapArg(fname, 'argument', heapObj);
  const n = heap.items.length;
  if (n > 2500) cacheFriendlyHeapify(heap, sift);
  else for (let i = Math.floor(n / 2) - 1; i >= 0; i--) sift(heap, i);
  return None;
}

// ---- the functions ----

function heappush(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return push('heappush', h, x, false);
}
function heappushpop(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return pushpop('heappushpop', h, x, false);
}
function heappop(_m: PyValue, h: PyValue): PyValue {
  return pop('heappop', h, siftupMin);
}
function heapreplace(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return replace('heapreplace', h, x, siftupMin);
}
function heapifyMin(_m: PyValue, h: PyValue): PyValue {
  return heapify('heapify', h, siftupMin);
}
function heappushMax(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return push('heappush_max', h, x, true);
}
function heappushpopMax(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return pushpop('heappushpop_max', h, x, true);
}
function heappopMax(_m: PyValue, h: PyValue): PyValue {
  return pop('heappop_max', h, siftupMax);
}
function heapreplaceMax(_m: PyValue, h: PyValue, x: PyValue): PyValue {
  return replace('heapreplace_max', h, x, siftupMax);
}
function heapifyMax(_m: PyValue, h: PyValue): PyValue {
  return heapify('heapify_max', h, siftupMax);
}

// The module's __doc__ and its functions' come from CPython (docs.generated.ts); the docs below are
// for readers.  Differs from CPython: no __about__ (the essay heapq.py also carries).

export const heapqModule = defineModule({
  name: '_heapq',
  doc: moduleDoc('_heapq'),
  functions: withDocs('_heapq', {
    heappush: { sig: '($module, heap, item, /)', impl: heappush, doc: 'Adds item to the min-heap.' },
    heappushpop: { sig: '($module, heap, item, /)', impl: heappushpop, doc: 'Pushes item, then pops the smallest.' },
    heappop: { sig: '($module, heap, /)', impl: heappop, doc: 'Removes and returns the smallest item.' },
    heapreplace: { sig: '($module, heap, item, /)', impl: heapreplace, doc: 'Pops the smallest item, then pushes item.' },
    heapify: { sig: '($module, heap, /)', impl: heapifyMin, doc: 'Rearranges a list into a min-heap in linear time.' },
    heappush_max: { sig: '($module, heap, item, /)', impl: heappushMax, doc: 'Adds item to the max-heap.' },
    heappushpop_max: { sig: '($module, heap, item, /)', impl: heappushpopMax, doc: 'Pushes item, then pops the largest.' },
    heappop_max: { sig: '($module, heap, /)', impl: heappopMax, doc: 'Removes and returns the largest item.' },
    heapreplace_max: { sig: '($module, heap, item, /)', impl: heapreplaceMax, doc: 'Pops the largest item, then pushes item.' },
    heapify_max: { sig: '($module, heap, /)', impl: heapifyMax, doc: 'Rearranges a list into a max-heap in linear time.' },
  }),
});
