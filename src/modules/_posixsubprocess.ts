// The _posixsubprocess module: fork_exec, the helper subprocess.Popen starts a child with.
// CPython: Modules/_posixsubprocess.c
//
// pyts cannot create processes (posix has no fork, exec or spawn: Node's synchronous API has none),
// so fork_exec fails as a system without fork(2) would, with OSError ENOSYS, after checking its
// arguments as CPython does.  The module exists because subprocess imports it on every POSIX system
// (only Emscripten, WASI and Apple's mobile platforms skip it), and test.support, unittest.mock (through
// asyncio) and much of the standard library import subprocess.
import type { PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyObject_IsTrue } from '../objects/abstract.ts';
import { typeError, valueError } from '../objects/exceptions.ts';
import { typeName } from '../objects/typeobject.ts';
import { typeOf } from '../objects/type.ts';
import { newOSError } from './posix/args.ts';

type V = PyValue;

const ENOSYS = 38;

/** fork_exec(args, executable_list, close_fds, pass_fds, ...).  CPython: subprocess_fork_exec_impl */
function forkExec(_m: V, ...a: V[]): V {
  const closeFds = a[2];
  const passFds = a[3];
  if (!(passFds instanceof PyTuple)) throw typeError(`fork_exec() argument 4 must be tuple, not ${typeName(typeOf(passFds))}`);
  if (PyObject_IsTrue(closeFds) === false && passFds.items.length > 0) throw valueError('pass_fds overriding close_fds.');
  throw newOSError(ENOSYS);
}

export const posixsubprocessModule = defineModule({
  name: '_posixsubprocess',
  doc: "The subprocess module's POSIX helper for starting child processes.",
  functions: {
    fork_exec: {
      sig: '($module, args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, /)',
      impl: forkExec,
      doc: 'Starts a child process: always fails in pyts (OSError ENOSYS), which cannot create processes.',
    },
  },
});
