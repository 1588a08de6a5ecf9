// The select module: waiting until file descriptors are ready.  CPython: Modules/selectmodule.c
//
// Differs from CPython: Node cannot wait on descriptors synchronously, so select() answers only what
// needs no waiting: regular files, directories and block devices are always ready to read and write
// (as select(2) reports them), and select() with no descriptors sleeps for its timeout.  A pipe,
// terminal, socket or character device, whose readiness pyts cannot learn, fails with OSError ENOSYS.
// No poll or epoll objects: selectors.DefaultSelector is then its SelectSelector.
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyFloat } from '../objects/float.ts';
import { PyNumber_Index, iterableToArray } from '../objects/abstract.ts';
import { PyExc_OSError, typeError, valueError } from '../objects/exceptions.ts';
import { isIntValue } from '../objects/boxes.ts';
import { interp } from '../vm/interpreter.ts';
import { newOSError, withOSError } from './posix/args.ts';
import { fileDescriptor } from './posix/index.ts';

type V = PyValue;

const ENOSYS = 38;
const S_IFMT = 0o170000;
const ALWAYS_READY = new Set([0o100000, 0o040000, 0o060000]); // regular file, directory, block device
/** Linux's PIPE_BUF (<linux/limits.h>): writes up to this size to a pipe are atomic. */
const PIPE_BUF = 4096;
/** FD_SETSIZE: select(2) handles descriptors below it. */
const FD_SETSIZE = 1024;

function host() {
  return interp().host;
}

/** The objects of one of select()'s lists with their descriptors.  CPython: seq2set */
function descriptors(seq: V): [V, number][] {
  let items: V[];
  if (seq instanceof PyList || seq instanceof PyTuple) items = seq.items.slice();
  else {
    try {
      items = iterableToArray(seq);
    } catch {
      throw typeError('arguments 1-3 must be sequences');
    }
  }
  return items.map((o) => {
    const fd = fileDescriptor(o);
    if (fd >= FD_SETSIZE) throw valueError('filedescriptor out of range in select()');
    return [o, fd];
  });
}

function timeoutArg(t: V): number | null {
  if (t === None) return null;
  let s: number;
  if (t instanceof PyFloat) {
    if (Number.isNaN(t.value)) throw valueError('Invalid value NaN (not a number)');
    s = t.value;
  } else {
    try {
      s = Number(PyNumber_Index(t));
    } catch (e) {
      if (!isIntValue(t)) throw typeError('timeout must be a float or None');
      throw e;
    }
  }
  if (s < 0) throw valueError('timeout must be non-negative');
  return s;
}

/** select(rlist, wlist, xlist, timeout=None).  CPython: select_select_impl */
function select(_m: V, rlist: V, wlist: V, xlist: V, timeoutObj: V): V {
  const timeout = timeoutArg(timeoutObj);
  const lists = [descriptors(rlist), descriptors(wlist), descriptors(xlist)];
  const all = lists[0].length + lists[1].length + lists[2].length;
  if (all === 0) {
    // Differs from CPython: with no descriptors and no timeout, select(2) would wait for a signal.
    if (timeout === null) throw newOSError(ENOSYS);
    host().sleep(timeout);
    return new PyTuple([new PyList([]), new PyList([]), new PyList([])]);
  }
  for (const list of lists) {
    for (const [, fd] of list) {
      const st = withOSError(() => host().fstat(fd));
      if (!ALWAYS_READY.has(st.mode & S_IFMT)) throw newOSError(ENOSYS);
    }
  }
  // Always-ready descriptors: ready to read and write, no exceptional conditions.
  return new PyTuple([new PyList(lists[0].map(([o]) => o)), new PyList(lists[1].map(([o]) => o)), new PyList([])]);
}

export const selectModule = defineModule({
  name: 'select',
  doc: 'Waiting for file descriptors to become ready for I/O (select).',
  functions: {
    select: {
      sig: '($module, rlist, wlist, xlist, timeout=None, /)',
      impl: select,
      doc: 'Waits until some of the descriptors (ints or objects with fileno()) in the three lists are ready to read, to write, or have an exceptional condition; returns the three lists of those ready.',
    },
  },
  constants: () => ({ error: PyExc_OSError, PIPE_BUF }),
});
