// The _queue module: SimpleQueue, an unbounded FIFO queue, and the Empty exception.
// CPython: Modules/_queuemodule.c
//
// Differs from CPython: pyts runs Python on one thread, so nothing can put into an empty queue while
// get() waits. get() with a timeout waits it out and raises Empty; get() blocking without a timeout
// raises RuntimeError instead of hanging forever (as a lock acquired twice does, see _thread.ts).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { typeError, valueError, runtimeError, PyExc_Exception, newException } from '../objects/exceptions.ts';
import { PyObject_IsTrue, PyObject_SetAttr } from '../objects/abstract.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { genericAliasClassMethod } from '../objects/genericalias.ts';
import { newExceptionClass } from './hashlib-support.ts';
import { secondsArg } from './time.ts';
import { interp } from '../vm/interpreter.ts';

type V = PyValue;

/** The items, first at `head`; the array is compacted once its consumed part dominates. */
export class PySimpleQueue extends PyObject {
  items: V[] = [];
  head = 0;
}

/** _queue.Empty, created with the first module object. */
let Empty: PyType | null = null;

function emptyError(): never {
  throw newException(Empty!, []);
}

// CPython: simplequeue_new_impl (clinic: no arguments at all)
function simpleQueueNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const nkw = kwnames?.length ?? 0;
  if (type === SimpleQueueType || type.tp_init === SimpleQueueType.tp_init) {
    if (args.length - nkw > 0) throw typeError('SimpleQueue() takes no positional arguments');
    if (nkw > 0) throw typeError('SimpleQueue() takes no keyword arguments');
  }
  return type === SimpleQueueType ? new PySimpleQueue() : newHeapInstance(PySimpleQueue, type);
}

// CPython: _queue_SimpleQueue_put_impl (block and timeout are ignored: the queue is unbounded)
function put(self: PySimpleQueue, item: V): V {
  self.items.push(item);
  return None;
}

// CPython: _queue_SimpleQueue_get_impl
function get(self: PySimpleQueue, block: V, timeout: V): V {
  const blocking = block === undefined || PyObject_IsTrue(block);
  let seconds: number | null = null;
  if (timeout !== undefined && timeout !== None) {
    seconds = secondsArg(timeout);
    if (seconds < 0) throw valueError("'timeout' must be a non-negative number");
  }
  if (self.head < self.items.length) return take(self);
  if (!blocking) emptyError();
  if (seconds === null) throw runtimeError('cannot get from an empty queue no other thread can put into (deadlock)');
  if (seconds > 0) interp().host.sleep(seconds);
  emptyError();
}

function take(q: PySimpleQueue): V {
  const v = q.items[q.head];
  q.items[q.head++] = undefined as unknown as V;
  if (q.head === q.items.length) {
    q.items.length = 0;
    q.head = 0;
  } else if (q.head > 1024 && q.head * 2 > q.items.length) {
    q.items = q.items.slice(q.head);
    q.head = 0;
  }
  return v;
}

function qsize(q: PySimpleQueue): number {
  return q.items.length - q.head;
}

export const SimpleQueueType = defineBuiltinType({
  name: '_queue.SimpleQueue',
  doc: 'Simple, unbounded, reentrant FIFO queue.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PySimpleQueue,
  weakrefable: true,
  slots: { tp_new: simpleQueueNew },
  methods: {
    empty: { sig: '($self, /)', impl: (q: PySimpleQueue) => qsize(q) === 0, doc: 'Return True if the queue is empty, False otherwise (not reliable!).' },
    get: {
      sig: '($self, /, block=True, timeout=None)',
      impl: get,
      doc: 'Remove and return an item from the queue; with block false or a timeout, raise Empty when none is available.',
    },
    get_nowait: { sig: '($self, /)', impl: (q: PySimpleQueue) => get(q, false, None), doc: 'Remove and return an item if one is immediately available, else raise Empty.' },
    put: { sig: '($self, /, item, block=True, timeout=None)', impl: put, doc: 'Put the item on the queue (it never blocks: the queue is unbounded).' },
    put_nowait: { sig: '($self, /, item)', impl: put, doc: 'Put an item into the queue without blocking.' },
    qsize: { sig: '($self, /)', impl: qsize, doc: 'Return the approximate size of the queue (not reliable!).' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
});

export const queueModule = defineModule({
  name: '_queue',
  doc: 'C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.',
  constants: () => {
    if (Empty === null) {
      Empty = newExceptionClass('_queue', 'Empty', PyExc_Exception);
      PyObject_SetAttr(Empty, '__doc__', 'Exception raised by Queue.get(block=0)/get_nowait().');
    }
    return { SimpleQueue: SimpleQueueType, Empty };
  },
});
