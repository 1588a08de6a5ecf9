// The _posixsubprocess module: fork_exec, the helper subprocess.Popen starts a child with.
// CPython: Modules/_posixsubprocess.c
//
// pyts cannot fork: the host starts the child (Host.spawn; on Node, src/runtime/node-processes.ts)
// with the descriptors fork_exec is given as its stdin, stdout and stderr (and pass_fds), in `cwd`,
// with `env`.  When the child cannot start, fork_exec writes to errpipe_write what CPython's child
// writes there ("OSError:<hex errno>:" after a failed exec, "...:noexec" or "...:noexec:chdir" before
// it), so that subprocess raises the same exception; the pid it returns then names a child that has
// already exited with status 255.  A host without processes (a browser) fails with OSError ENOSYS,
// as a system without fork(2) would.
//
// Differs from CPython: preexec_fn, extra_groups, process_group and child_umask cannot be honoured
// (nothing runs in the child before exec): the child is not started and subprocess raises
// SubprocessError.  restore_signals has no effect: the host's children start with default signal
// handling anyway.
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyObject_Call, PyObject_IsTrue, iterableToArray } from '../objects/abstract.ts';
import { isIntValue, isStrValue, strValue } from '../objects/boxes.ts';
import { PyExc_PythonFinalizationError, typeError, valueError } from '../objects/exceptions.ts';
import { sysState } from './sys.ts';
import { typeName } from '../objects/typeobject.ts';
import { typeOf } from '../objects/type.ts';
import { interp } from '../vm/interpreter.ts';
import type { SpawnResult } from '../runtime/host.ts';
import { newOSError, intArg, pathArg, fsDecode, fsEncode, withOSError } from './posix/args.ts';

type V = PyValue;

const ENOSYS = 38;

/** One argv or executable_list item as fork_exec converts it (PyUnicode_FSConverter): str or bytes. */
function fsString(v: V): string {
  let data: Uint8Array;
  if (v instanceof PyBytes) data = v.data;
  else if (isStrValue(v)) data = fsEncode(strValue(v));
  else return pathArg(v, '').path;
  if (data.includes(0)) throw valueError('embedded null byte');
  return fsDecode(data);
}

/** One env item: bytes only.  CPython: _PySequence_BytesToCharpArray */
function envItem(v: V): Uint8Array {
  if (!(v instanceof PyBytes)) throw typeError(`expected bytes, ${typeName(typeOf(v))} found`);
  if (v.data.includes(0)) throw valueError('embedded null byte');
  return v.data;
}

/** The descriptors of fds_to_keep: ints >= 0 in increasing order.  CPython: _sanity_check_python_fd_sequence */
function fdsToKeep(passFds: PyTuple): number[] {
  const out: number[] = [];
  let prev = -1;
  for (const item of passFds.items) {
    if (!isIntValue(item)) throw valueError('bad value(s) in fds_to_keep');
    const fd = Number(item);
    if (fd < 0 || fd <= prev || fd > 2147483647) throw valueError('bad value(s) in fds_to_keep');
    prev = fd;
    out.push(fd);
  }
  return out;
}

/** What CPython's child writes to errpipe_write when it cannot exec.  CPython: child_exec */
function errpipePayload(r: SpawnResult): string {
  const hex = r.errno.toString(16);
  return r.step === 'exec' ? `OSError:${hex}:` : r.step === 'chdir' ? `OSError:${hex}:noexec:chdir` : `OSError:${hex}:noexec`;
}

/** fork_exec(args, executable_list, close_fds, pass_fds, ...) -> pid.  CPython: subprocess_fork_exec_impl */
function forkExec(_m: V, ...a: V[]): V {
  const [args, executableList, closeFdsObj, passFds, cwdObj, envObj] = a;
  const [p2cread, , , c2pwrite, , errwrite, , errpipeWrite] = a.slice(6, 14).map((v) => intArg(v));
  const [, callSetsid, pgidObj, gidObj, extraGroups, uidObj, umaskObj, preexecFn] = a.slice(14);
  if (!(passFds instanceof PyTuple)) throw typeError(`fork_exec() argument 4 must be tuple, not ${typeName(typeOf(passFds))}`);
  const closeFds = PyObject_IsTrue(closeFdsObj);
  if (preexecFn !== None && sysState().finalizing) throw PyObject_Call(PyExc_PythonFinalizationError, ['preexec_fn not supported at interpreter shutdown']);
  if (closeFds && errpipeWrite < 3) throw valueError('errpipe_write must be >= 3');
  const keep = fdsToKeep(passFds);
  const argv = args === None ? [] : iterableToArray(args).map(fsString);
  const executables = iterableToArray(executableList).map(fsString);
  const cwd = cwdObj === None ? null : fsString(cwdObj);
  const env: Record<string, string> | null = envObj === None ? null : {};
  if (env !== null) {
    for (const item of iterableToArray(envObj)) {
      const kv = envItem(item);
      const eq = kv.indexOf(0x3d, 1);
      if (eq > 0) env[fsDecode(kv.subarray(0, eq))] = fsDecode(kv.subarray(eq + 1));
    }
  }
  const pgid = intArg(pgidObj);
  const umask = intArg(umaskObj);
  const uid = uidObj === None ? null : intArg(uidObj);
  const gid = gidObj === None ? null : intArg(gidObj);
  const h = interp().host;
  if (h.spawn === undefined) throw newOSError(ENOSYS);

  const unsupported =
    preexecFn !== None ? 'preexec_fn' : extraGroups !== None ? 'extra_groups' : pgid >= 0 ? 'process_group' : umask >= 0 ? 'umask' : null;
  if (unsupported !== null) {
    // As a child that failed before exec: subprocess reads the message, waits for the pid, raises.
    const r = h.spawn({ executables: [], argv, cwd: null, env: {}, stdio: [], closeFds: true, newSession: false, uid: null, gid: null });
    withOSError(() => h.write(errpipeWrite, fsEncode(`SubprocessError:0:${unsupported} is not supported by pyts (a child cannot run code before exec)`)));
    return r.pid;
  }

  // The child's descriptors: 0, 1, 2 from the pipes or files given (-1: this process's own), then pass_fds.
  const stdio = [p2cread >= 0 ? p2cread : 0, c2pwrite >= 0 ? c2pwrite : 1, errwrite >= 0 ? errwrite : 2];
  for (const fd of keep) {
    if (fd === errpipeWrite || fd < 3) continue;
    while (stdio.length < fd) stdio.push(-1);
    stdio[fd] = fd;
  }
  const r = h.spawn({
    executables, argv, cwd, env: env ?? h.env(), stdio, closeFds,
    newSession: PyObject_IsTrue(callSetsid), uid, gid,
  });
  if (r.errno !== 0) withOSError(() => h.write(errpipeWrite, fsEncode(errpipePayload(r))));
  return r.pid;
}

export const posixsubprocessModule = defineModule({
  name: '_posixsubprocess',
  doc: "The subprocess module's POSIX helper for starting child processes.",
  functions: {
    fork_exec: {
      sig: '($module, args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, /)',
      impl: forkExec,
      doc: 'Starts a child process running the first of executable_list that can run; returns its pid.',
    },
  },
});
