// execv/execve, the set*id and get*id calls, getpriority/setpriority and getrandom.  CPython: Modules/posixmodule.c (os_execv_impl,
// os_execve_impl, parse_envlist, os_setuid_impl and kin)
//
// Differs from CPython: Node cannot replace its own process image, so exec runs the program as a
// child with this process's descriptors 0-2, waits for it and ends this process with its status
// (a child killed by a signal: 128 + the signal).  The pid seen by the program is not this one.
import { type PyValue } from '../../objects/object.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyObject_Call, PyObject_GetItem, PyObject_CallMethod, iterableToArray, lookupSpecial } from '../../objects/abstract.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { typeOf } from '../../objects/type.ts';
import { typeName } from '../../objects/typeobject.ts';
import * as E from '../../objects/exceptions.ts';
import { interp } from '../../vm/interpreter.ts';
import { HostError } from '../../runtime/host.ts';
import { ProcessExit } from '../../runtime/process-exit.ts';
import { pathArg, withOSError, idArg, intArg, ssizeArg, fsEncode, fsDecode } from './args.ts';

type V = PyValue;

const ENOENT = 2;
const ENOSYS = 38;

/** A str/bytes/PathLike argument as bytes.  CPython: PyUnicode_FSConverter */
function fsConverter(v: V): Uint8Array {
  let o = v;
  if (!isStrValue(o) && !(o instanceof PyBytes)) {
    const f = lookupSpecial(o, '__fspath__');
    if (f === null) throw E.typeError(`expected str, bytes or os.PathLike object, not ${typeName(typeOf(v))}`);
    o = PyObject_Call(f, []);
  }
  const b = isStrValue(o) ? fsEncode(strValue(o)) : (o as PyBytes).data;
  if (b.includes(0)) throw E.valueError('embedded null byte');
  return b;
}

/** argv of execv/execve: a non-empty tuple or list whose first item is not empty.  CPython: os_execv_impl */
function argvOf(func: 'execv' | 'execve', argv: V): string[] {
  const what = func === 'execv' ? 'execv() arg 2' : 'execve: argv';
  if (!(argv instanceof PyList) && !(argv instanceof PyTuple)) throw E.typeError(`${what} must be a tuple or list`);
  const items = argv instanceof PyList ? argv.items.slice() : argv.items;
  if (items.length < 1) throw E.valueError(`${what} must not be empty`);
  return items.map((a) => fsDecode(fsConverter(a)));
}

function checkFirst(func: 'execv' | 'execve', args: string[]): void {
  if (args[0] === '') throw E.valueError(func === 'execv' ? 'execv() arg 2 first element cannot be empty' : 'execve: argv first element cannot be empty');
}

/** env of execve: a mapping of names (no '=', not empty) to values.  CPython: parse_envlist */
function envOf(env: V): Record<string, string> {
  const keys = PyObject_CallMethod(env, 'keys', []);
  const values = PyObject_CallMethod(env, 'values', []);
  const ks = iterableToArray(keys);
  const vs = iterableToArray(values);
  const out: Record<string, string> = {};
  for (let i = 0; i < ks.length; i++) {
    const k = fsConverter(ks[i]);
    const v = fsConverter(vs[i] ?? PyObject_GetItem(env, ks[i]));
    if (k.length === 0 || k.includes(0x3d)) throw E.valueError('illegal environment variable name');
    out[fsDecode(k)] = fsDecode(v);
  }
  return out;
}

/** Runs `path` in this process's place (see the header). */
function execProgram(path: string, filename: V | undefined, argv: string[], env: Record<string, string>): never {
  const h = interp().host;
  if (h.spawn === undefined || h.waitpid === undefined) throw withOSError(() => { throw new HostError(ENOSYS); }, filename);
  const r = h.spawn({ executables: [path], argv, cwd: null, env, stdio: [0, 1, 2], closeFds: true, newSession: false, uid: null, gid: null });
  if (r.errno !== 0) {
    h.waitpid(r.pid, 0);
    withOSError(() => { throw new HostError(r.errno || ENOENT); }, filename);
  }
  const [, status] = withOSError(() => h.waitpid!(r.pid, 0));
  throw new ProcessExit((status & 0x7f) === 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f));
}

/** execv(path, argv, /).  CPython: os_execv_impl */
function posixExecv(_m: V, path: V, argv: V): never {
  const p = pathArg(path, 'execv');
  const args = argvOf('execv', argv);
  checkFirst('execv', args);
  // execv's error names no file (posix_error); execve's does.
  return execProgram(p.path, undefined, args, interp().host.env());
}

/** execve(path, argv, env).  CPython: os_execve_impl */
function posixExecve(_m: V, path: V, argv: V, env: V): never {
  const p = pathArg(path, 'execve', 'path', true);
  const args = argvOf('execve', argv);
  if (typeOf(env).mp_subscript === null) throw E.typeError('execve: environment must be a mapping object');
  checkFirst('execve', args);
  const e = envOf(env);
  if (p.fd >= 0) throw E.notImplementedError('execve: fd unavailable on this platform');
  return execProgram(p.path, p.object, args, e);
}

type IdKind = 'uid' | 'gid' | 'euid' | 'egid';

function setId(kind: IdKind, id: number): void {
  const h = interp().host;
  withOSError(() => {
    if (h.setId === undefined) throw new HostError(ENOSYS);
    h.setId(kind, id);
  });
}

/**
 * setreuid/setregid: Node has only the single calls, so the pair is set as setuid (both equal),
 * or one of them alone (the other -1).  Differs from CPython: distinct real and effective ids
 * fail with ENOSYS.
 */
function setPair(real: number, effective: number, which: 'uid' | 'gid'): void {
  if (real === -1 && effective === -1) return;
  if (real === -1) return setId(which === 'uid' ? 'euid' : 'egid', effective);
  if (effective === -1 || effective === real) return setId(which, real);
  withOSError(() => {
    throw new HostError(ENOSYS);
  });
}

/** getrandom(size, flags=0): the host's random bytes (flags are accepted; the pool never blocks).  CPython: os_getrandom_impl */
function posixGetrandom(_m: V, size: V, flags: V): V {
  const n = ssizeArg(size);
  if (flags !== undefined) intArg(flags);
  if (n < 0) throw withOSError(() => { throw new HostError(22); });
  return new PyBytes(interp().host.urandom(n));
}

/** getpriority(which, who).  CPython: os_getpriority_impl */
function posixGetpriority(_m: V, which: V, who: V): V {
  const w = intArg(which);
  const id = intArg(who);
  const h = interp().host;
  return withOSError(() => {
    if (h.getPriority === undefined) throw new HostError(ENOSYS);
    return h.getPriority(w, id);
  });
}

/** setpriority(which, who, priority).  CPython: os_setpriority_impl */
function posixSetpriority(_m: V, which: V, who: V, priority: V): void {
  const w = intArg(which);
  const id = intArg(who);
  const p = intArg(priority);
  const h = interp().host;
  withOSError(() => {
    if (h.setPriority === undefined) throw new HostError(ENOSYS);
    h.setPriority(w, id, p);
  });
}

/** getgroups().  CPython: os_getgroups_impl */
function posixGetgroups(): V {
  const h = interp().host;
  return new PyList(withOSError(() => {
    if (h.groups === undefined) throw new HostError(ENOSYS);
    return h.groups();
  }));
}

/** getresuid()/getresgid(): (real, effective, saved).  CPython: os_getresuid_impl */
function resIds(kind: 'uid' | 'gid'): V {
  const h = interp().host;
  return new PyTuple(withOSError(() => {
    if (h.resIds === undefined) throw new HostError(ENOSYS);
    return h.resIds(kind);
  }));
}

export const EXEC_FUNCTIONS = {
  getgroups: { sig: '($module, /)', impl: posixGetgroups },
  getresuid: { sig: '($module, /)', impl: () => resIds('uid') },
  getresgid: { sig: '($module, /)', impl: () => resIds('gid') },
  getrandom: { sig: '($module, /, size, flags=0)', impl: posixGetrandom },
  getpriority: { sig: '($module, which, who, /)', impl: posixGetpriority },
  setpriority: { sig: '($module, which, who, priority, /)', impl: posixSetpriority },
  execv: { sig: '($module, path, argv, /)', impl: posixExecv },
  execve: { sig: '($module, /, path, argv, env)', impl: posixExecve },
  setuid: { sig: '($module, uid, /)', impl: (_m: V, uid: V) => setId('uid', idArg(uid, 'uid')) },
  setgid: { sig: '($module, gid, /)', impl: (_m: V, gid: V) => setId('gid', idArg(gid, 'gid')) },
  seteuid: { sig: '($module, euid, /)', impl: (_m: V, uid: V) => setId('euid', idArg(uid, 'uid')) },
  setegid: { sig: '($module, egid, /)', impl: (_m: V, gid: V) => setId('egid', idArg(gid, 'gid')) },
  setreuid: { sig: '($module, ruid, euid, /)', impl: (_m: V, r: V, e: V) => setPair(idArg(r, 'uid'), idArg(e, 'uid'), 'uid') },
  setregid: { sig: '($module, rgid, egid, /)', impl: (_m: V, r: V, e: V) => setPair(idArg(r, 'gid'), idArg(e, 'gid'), 'gid') },
};
