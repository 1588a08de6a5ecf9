// The resource module: the process's resource usage (getrusage) and limits (getrlimit, setrlimit,
// prlimit), with Linux's RLIMIT_* and RUSAGE_* numbers.  CPython: Modules/resource.c
//
// Node answers getrusage(RUSAGE_SELF) itself (process.resourceUsage, libuv's uv_getrusage), through
// the host.  The rest comes from Linux's /proc, the files the kernel keeps for these numbers:
// /proc/<pid>/limits for the limits, /proc/self/stat for the children's CPU times and page faults.
//
// Differs from CPython: Node cannot call setrlimit(2) or prlimit(2).  setrlimit() and prlimit() on
// this process check the new limits as the kernel does (the soft limit within the hard one, raising
// the hard limit only as root and, for RLIMIT_NOFILE, not past fs.nr_open) and record them:
// getrlimit() reports them from then on, but the kernel does not enforce them.  prlimit() on another
// process reads its limits and cannot change them (OSError ENOSYS).
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineStructSeqType } from '../objects/structseq.ts';
import { PyFloat } from '../objects/float.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyNumber_Index, iterableToArray } from '../objects/abstract.ts';
import { normInt } from '../objects/int.ts';
import { PyExc_OSError, overflowError, valueError } from '../objects/exceptions.ts';
import { interp } from '../vm/interpreter.ts';
import { newOSError } from './posix/args.ts';
import { sysAudit } from './sys.ts';

type V = PyValue;

const ESRCH = 3;
const ENOSYS = 38;

/** Linux's resource numbers (<sys/resource.h>), in /proc/<pid>/limits's order. */
const RLIMITS = [
  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC',
  'RLIMIT_NOFILE', 'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE',
  'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME',
] as const;
const RLIM_NLIMITS = RLIMITS.length;
const RLIMIT_NOFILE = 7;
/** rlim_t is an unsigned 64-bit integer; RLIM_INFINITY is its largest value (Python sees -1). */
const RLIM_INFINITY = (1n << 64n) - 1n;

const RUSAGE_SELF = 0;
const RUSAGE_CHILDREN = -1;
const RUSAGE_THREAD = 1;

/** /proc reports times in USER_HZ ticks, 100 a second on every Linux architecture. */
const USER_HZ = 100;

export const StructRUsageType = defineStructSeqType({
  name: 'resource.struct_rusage',
  doc: 'What getrusage() returns: a tuple of the 16 fields of struct rusage (ru_utime, ru_stime, ru_maxrss, ...), also reachable by name.',
  fields: [
    'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap',
    'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw',
  ],
});

function host() {
  return interp().host;
}

/** An argument of clinic's `int` converter.  CPython: PyLong_AsInt */
function cInt(v: V): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

function checkResource(v: V): number {
  const r = cInt(v);
  if (r < 0 || r >= RLIM_NLIMITS) throw valueError('invalid resource specified');
  return r;
}

function readProc(path: string): string | null {
  const data = host().readFile(path);
  if (data === null) return null;
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

// ---- getrusage ----

/** getrusage(who).  CPython: resource_getrusage_impl */
function getrusage(_m: V, whoArg: V): V {
  const who = cInt(whoArg);
  let ru: readonly number[];
  if (who === RUSAGE_SELF || who === RUSAGE_THREAD) {
    // Differs from CPython: RUSAGE_THREAD reports the whole process (Python threads share Node's one).
    const f = host().resourceUsage;
    if (f === undefined) throw newOSError(ENOSYS);
    ru = f.call(host());
  } else if (who === RUSAGE_CHILDREN) {
    ru = childrenUsage();
  } else {
    throw valueError('invalid who parameter');
  }
  const items: V[] = [new PyFloat(ru[0] * 0.000001), new PyFloat(ru[1] * 0.000001)];
  for (let i = 2; i < 16; i++) items.push(ru[i]);
  return StructRUsageType.make(items);
}

/**
 * getrusage(RUSAGE_CHILDREN) from /proc/self/stat: the CPU times and page faults of the waited-for
 * children.  Differs from CPython: the fields /proc does not keep per process (ru_maxrss, block and
 * context-switch counts of children) are 0.
 */
function childrenUsage(): number[] {
  const stat = readProc('/proc/self/stat');
  if (stat === null) throw newOSError(ENOSYS);
  // The fields after the command name, which is in parentheses and may hold spaces.
  const f = stat.slice(stat.lastIndexOf(')') + 2).trim().split(/\s+/).map(Number);
  // f[n - 3] is field n (proc(5) numbers them from 1; f[0] is field 3, the state): cminflt is field
  // 11, cmajflt 13, cutime 16, cstime 17.
  const ru = new Array<number>(16).fill(0);
  ru[0] = (f[13] / USER_HZ) * 1e6;
  ru[1] = (f[14] / USER_HZ) * 1e6;
  ru[6] = f[8];
  ru[7] = f[10];
  return ru;
}

// ---- limits ----

/** Limits this process set (setrlimit/prlimit), which the kernel does not know of. */
const ownLimits = new Map<number, [bigint, bigint]>();

function parseLimit(s: string): bigint {
  return s === 'unlimited' ? RLIM_INFINITY : BigInt(s);
}

/** [soft, hard] of one resource of a process, from /proc/<pid>/limits. */
function procLimits(pid: number, resource: number): [bigint, bigint] {
  const text = readProc(`/proc/${pid === 0 ? 'self' : pid}/limits`);
  if (text === null) throw newOSError(pid === 0 ? ENOSYS : ESRCH);
  // A heading line, then one line per resource in resource order: the name in 25 columns, the soft
  // and hard limits, the unit.
  const line = text.split('\n')[1 + resource];
  const cols = line?.slice(26).trim().split(/\s+/);
  if (cols === undefined || cols.length < 2) throw newOSError(ENOSYS);
  return [parseLimit(cols[0]), parseLimit(cols[1])];
}

function isSelf(pid: number): boolean {
  return pid === 0 || pid === host().pid();
}

function currentLimits(pid: number, resource: number): [bigint, bigint] {
  if (isSelf(pid)) return ownLimits.get(resource) ?? procLimits(0, resource);
  return procLimits(pid, resource);
}

/** A limit as Python sees it.  CPython: rlim2py */
function rlim2py(v: bigint): V {
  return v === RLIM_INFINITY ? -1 : normInt(v);
}

function rlimit2py([cur, max]: [bigint, bigint]): V {
  return new PyTuple([rlim2py(cur), rlim2py(max)]);
}

/** One limit from Python: a non-negative int below 2**64, or -1 for RLIM_INFINITY.  CPython: py2rlim */
function py2rlim(v: V): bigint {
  const i = BigInt(PyNumber_Index(v));
  if (i === -1n) return RLIM_INFINITY;
  if (i < 0n) throw valueError('Cannot convert negative int');
  if (i > RLIM_INFINITY) throw overflowError('Python int too large to convert to C rlim_t');
  return i;
}

/** CPython: py2rlimit */
function py2rlimit(limits: V): [bigint, bigint] {
  const items = iterableToArray(limits);
  if (items.length !== 2) throw valueError('expected a tuple of 2 integers');
  return [py2rlim(items[0]), py2rlim(items[1])];
}

/** The checks of Linux's do_prlimit, then the new limits are this process's. */
function setOwnLimits(resource: number, limits: [bigint, bigint]): void {
  const [cur, max] = limits;
  if (cur > max) throw valueError('current limit exceeds maximum limit');
  const [, oldMax] = currentLimits(0, resource);
  // Raising the hard limit needs CAP_SYS_RESOURCE (taken as being root).
  if (max > oldMax && host().uid() !== 0) throw valueError('not allowed to raise maximum limit');
  if (resource === RLIMIT_NOFILE) {
    const nrOpen = readProc('/proc/sys/fs/nr_open');
    if (nrOpen !== null && max > BigInt(nrOpen.trim())) throw valueError('not allowed to raise maximum limit');
  }
  ownLimits.set(resource, [cur, max]);
}

/** getrlimit(resource).  CPython: resource_getrlimit_impl */
function getrlimit(_m: V, resourceArg: V): V {
  return rlimit2py(currentLimits(0, checkResource(resourceArg)));
}

/** setrlimit(resource, limits).  CPython: resource_setrlimit_impl */
function setrlimit(_m: V, resourceArg: V, limits: V): V {
  const resource = checkResource(resourceArg);
  sysAudit('resource.setrlimit', [resource, limits]);
  setOwnLimits(resource, py2rlimit(limits));
  return None;
}

/** prlimit(pid, resource, limits=None): the old limits, after setting the new ones if given.  CPython: resource_prlimit_impl */
function prlimit(_m: V, pidArg: V, resourceArg: V, limits: V): V {
  const pid = cInt(pidArg);
  const resource = checkResource(resourceArg);
  sysAudit('resource.prlimit', [pid, resource, limits]);
  const newLimits = limits === None ? null : py2rlimit(limits);
  const old = currentLimits(pid, resource);
  if (newLimits !== null) {
    if (!isSelf(pid)) throw newOSError(ENOSYS);
    setOwnLimits(resource, newLimits);
  }
  return rlimit2py(old);
}

/** getpagesize(): the size of a memory page (4 KiB on x86-64 Linux, the machine pyts presents). */
function getpagesize(): V {
  return 4096;
}

export const resourceModule = defineModule({
  name: 'resource',
  functions: {
    getrusage: { sig: '($module, who, /)', impl: getrusage },
    getrlimit: { sig: '($module, resource, /)', impl: getrlimit },
    prlimit: { sig: '($module, pid, resource, limits=None, /)', impl: prlimit },
    setrlimit: { sig: '($module, resource, limits, /)', impl: setrlimit },
    getpagesize: { sig: '($module, /)', impl: getpagesize },
  },
  constants: () => {
    const c: Record<string, V> = { error: PyExc_OSError, struct_rusage: StructRUsageType };
    // Every resource but RLIMIT_LOCKS, which Modules/resource.c does not export.
    RLIMITS.forEach((name, i) => {
      if (name !== 'RLIMIT_LOCKS') c[name] = i;
    });
    c.RLIMIT_OFILE = RLIMIT_NOFILE;
    c.RUSAGE_SELF = RUSAGE_SELF;
    c.RUSAGE_CHILDREN = RUSAGE_CHILDREN;
    c.RUSAGE_THREAD = RUSAGE_THREAD;
    c.RLIM_INFINITY = -1;
    return c;
  },
});
