// os.stat_result, os.DirEntry and os.scandir, and the other struct sequences of posix.
// CPython: Modules/posixmodule.c (_pystat_fromstructstat, DirEntry, ScandirIterator)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { TPFLAGS } from '../../objects/type.ts';
import { defineStructSeqType } from '../../objects/structseq.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyObject_Repr } from '../../objects/abstract.ts';
import { normInt } from '../../objects/int.ts';
import { interp } from '../../vm/interpreter.ts';
import { typeError } from '../../objects/exceptions.ts';
import type { StatResult } from '../../runtime/host.ts';
import { HostError } from '../../runtime/host.ts';
import { pathArg, pathResult, withOSError, osError } from './args.ts';

export const StatResultType = defineStructSeqType({
  name: 'os.stat_result',
  doc: 'The result of os.stat(), os.fstat() and os.lstat(): st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size and the times.',
  fields: [
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null,
    'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev',
  ],
  nSequence: 10,
});

export const TerminalSizeType = defineStructSeqType({
  name: 'os.terminal_size',
  doc: 'The size of a terminal: columns and lines.',
  fields: ['columns', 'lines'],
});

export const UnameResultType = defineStructSeqType({
  name: 'posix.uname_result',
  doc: 'The result of os.uname(): sysname, nodename, release, version and machine.',
  fields: ['sysname', 'nodename', 'release', 'version', 'machine'],
});

export const TimesResultType = defineStructSeqType({
  name: 'posix.times_result',
  doc: 'The result of os.times(): user, system, children_user, children_system and elapsed times in seconds.',
  fields: ['user', 'system', 'children_user', 'children_system', 'elapsed'],
});

function toInt(v: bigint | number): PyValue {
  return typeof v === 'number' ? v : normInt(v);
}

/** Seconds as a float from nanoseconds.  CPython: fill_time */
function secondsFloat(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

/** Whole seconds (floored).  */
function secondsInt(ns: bigint): PyValue {
  let s = ns / 1000000000n;
  if (ns < 0n && s * 1000000000n !== ns) s -= 1n;
  return normInt(s);
}

/** os.stat_result from what the host reports.  CPython: _pystat_fromstructstat */
export function statResult(st: StatResult): PyValue {
  return StatResultType.make([
    st.mode,
    toInt(st.ino),
    toInt(st.dev),
    st.nlink,
    st.uid,
    st.gid,
    st.size,
    secondsInt(st.atimeNs),
    secondsInt(st.mtimeNs),
    secondsInt(st.ctimeNs),
    secondsFloat(st.atimeNs),
    secondsFloat(st.mtimeNs),
    secondsFloat(st.ctimeNs),
    normInt(st.atimeNs),
    normInt(st.mtimeNs),
    normInt(st.ctimeNs),
    st.blksize,
    st.blocks,
    st.rdev,
  ]);
}

// ---- DirEntry and scandir ----

/** The mode's type bits for each of readdir's DT_ values (0: unknown). */
const DT_MODES: readonly number[] = (() => {
  const m = new Array<number>(16).fill(0);
  m[1] = 0o010000; // DT_FIFO
  m[2] = 0o020000; // DT_CHR
  m[4] = 0o040000; // DT_DIR
  m[6] = 0o060000; // DT_BLK
  m[8] = 0o100000; // DT_REG
  m[10] = 0o120000; // DT_LNK
  m[12] = 0o140000; // DT_SOCK
  return m;
})();

/** A directory's names and, when the host knows them, their DT_ types. */
function readDir(dir: string): { names: string[]; types: Uint8Array | null } {
  const h = interp().host;
  if (h.readdirTypes !== undefined) return h.readdirTypes(dir);
  return { names: h.listdir(dir), types: null };
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

export class PyDirEntry extends PyObject {
  private statCache: StatResult | null = null;
  private lstatCache: StatResult | null = null;
  constructor(
    readonly name: string,
    readonly path: string,
    readonly asBytes: boolean,
    /** The path stat() uses: `path`, or under the directory descriptor scandir(fd) was given. */
    private readonly statPath: string,
    /** The file type as readdir reported it (S_IFDIR, S_IFREG, S_IFLNK...), or 0 when unknown (d_type). */
    private readonly dType: number,
  ) {
    super();
  }

  /** CPython: DirEntry_is_symlink (d_type when known, else lstat) */
  isSymlink(): boolean {
    if (this.dType !== 0) return this.dType === S_IFLNK;
    return this.testMode(false, S_IFLNK);
  }

  lstatOf(): StatResult {
    this.lstatCache ??= withOSError(() => interp().host.stat(this.statPath, false), pathResult(this.path, this.asBytes));
    return this.lstatCache;
  }

  statOf(follow: boolean): StatResult {
    if (!follow) return this.lstatOf();
    if (this.statCache === null) {
      if (!this.isSymlink()) this.statCache = this.lstatOf();
      else this.statCache = withOSError(() => interp().host.stat(this.statPath, true), pathResult(this.path, this.asBytes));
    }
    return this.statCache;
  }

  /** is_dir()/is_file(): false when the entry no longer exists.  CPython: DirEntry_test_mode */
  testMode(follow: boolean, mode: number): boolean {
    // readdir's type answers unless a symbolic link is to be followed.
    if (this.dType !== 0 && (!follow || this.dType !== S_IFLNK)) return this.dType === mode;
    try {
      return (this.statOf(follow).mode & S_IFMT) === mode;
    } catch (e) {
      if (e instanceof PyObject && (e as { myerrno?: PyValue }).myerrno === 2) return false;
      throw e;
    }
  }
}

function followArg(v: PyValue): boolean {
  return v === undefined ? true : v !== false && v !== 0 && v !== None;
}

export const DirEntryType = defineBuiltinType({
  name: 'posix.DirEntry',
  instanceClass: PyDirEntry,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  slots: {
    tp_repr: (s: PyValue) => `<DirEntry ${PyObject_Repr(pathResult((s as PyDirEntry).name, (s as PyDirEntry).asBytes))}>`,
  },
  methods: {
    is_dir: { sig: '($self, /, *, follow_symlinks=True)', impl: (s: PyDirEntry, f: PyValue) => s.testMode(followArg(f), S_IFDIR) },
    is_file: { sig: '($self, /, *, follow_symlinks=True)', impl: (s: PyDirEntry, f: PyValue) => s.testMode(followArg(f), S_IFREG) },
    is_symlink: { sig: '($self, /)', impl: (s: PyDirEntry) => s.isSymlink() },
    is_junction: { sig: '($self, /)', impl: () => false },
    stat: { sig: '($self, /, *, follow_symlinks=True)', impl: (s: PyDirEntry, f: PyValue) => statResult(s.statOf(followArg(f))) },
    // Differs from CPython: Node's readdir gives no d_ino, so the inode comes from lstat (and fails
    // once the entry is gone).
    inode: { sig: '($self, /)', impl: (s: PyDirEntry) => toInt(s.lstatOf().ino) },
    __fspath__: { sig: '($self, /)', impl: (s: PyDirEntry) => pathResult(s.path, s.asBytes) },
    __class_getitem__: { sig: '($cls, item, /)', kind: 'classmethod', impl: (cls: PyValue) => cls },
  },
  getset: {
    name: { get: (s: PyDirEntry) => pathResult(s.name, s.asBytes) },
    path: { get: (s: PyDirEntry) => pathResult(s.path, s.asBytes) },
  },
});

export class PyScandirIterator extends PyObject {
  closed = false;
  constructor(
    readonly dir: string,
    private readonly names: string[],
    /** readdir's file types, by entry (0: unknown). */
    private readonly types: Uint8Array | null,
    readonly asBytes: boolean,
    private readonly join: (name: string) => string,
    /** The directory under which entries are stat()ed (scandir(fd)), or null for `join`. */
    private readonly statDir: string | null,
  ) {
    super();
  }
  private i = 0;

  next(): PyValue | undefined {
    if (this.closed || this.i >= this.names.length) {
      this.closed = true;
      return undefined;
    }
    const k = this.i++;
    const name = this.names[k];
    const path = this.join(name);
    const t = this.types === null ? 0 : DT_MODES[this.types[k]];
    return new PyDirEntry(name, path, this.asBytes, this.statDir === null ? path : `${this.statDir}/${name}`, t);
  }
}

export const ScandirIteratorType = defineBuiltinType({
  name: 'posix.ScandirIterator',
  instanceClass: PyScandirIterator,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  slots: {
    tp_iter: (s: PyValue) => s,
    tp_iternext: (s: PyValue) => (s as PyScandirIterator).next(),
  },
  methods: {
    close: { sig: '($self, /)', impl: (s: PyScandirIterator) => void (s.closed = true) },
    __enter__: { sig: '($self, /)', impl: (s: PyScandirIterator) => s },
    __exit__: { sig: '($self, *args)', impl: (s: PyScandirIterator) => void (s.closed = true) },
  },
});

/** os.scandir(path='.').  CPython: os_scandir_impl */
export function scandir(_m: PyValue, p: PyValue): PyValue {
  const h = interp().host;
  const arg = pathArg(p, 'scandir', 'path', h.fdPath !== undefined, true);
  if (arg.fd >= 0) {
    // Entries of a descriptor's directory: their path is the bare name, stat() goes through the descriptor.
    const dirPath = withOSError(() => h.fdPath!(arg.fd));
    const { names, types } = withOSError(() => readDir(dirPath));
    return new PyScandirIterator('', names, types, false, (name) => name, dirPath);
  }
  const dir = arg.isNone ? '.' : arg.path;
  const { names, types } = withOSError(() => readDir(dir), arg.isNone ? '.' : arg.object);
  // Entry paths: the scandir path joined with the name ('./name' when no path was given).
  const join = (name: string): string => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);
  return new PyScandirIterator(dir, names, types, arg.isBytes, join, null);
}

void typeError;
void HostError;
void osError;
