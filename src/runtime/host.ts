// What pyts needs from its host: the operating system as the posix, time and _io modules see it
// (file descriptors, paths, the clock, the environment).  runtime/node-host.ts implements it for
// Node.js; runtime/capture-host.ts captures the standard streams for tests and embedding; a browser
// host supplies its own.
//
// Conventions: paths are strings (already made absolute or relative as Python passed them); errors
// are thrown as HostError with a Linux errno number, which the posix module turns into OSError.
// Open flags and mode bits are Linux's values (the posix module exposes those constants).

/** An operating-system error, as errno.  The posix module raises OSError(errno, strerror, filename). */
export class HostError extends Error {
  constructor(
    readonly errno: number,
    message = '',
  ) {
    super(message || `errno ${errno}`);
  }
}

/** What stat() reports (os.stat_result's fields). Times in nanoseconds since the epoch. */
export interface StatResult {
  mode: number;
  ino: bigint | number;
  dev: bigint | number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number;
  rdev: number;
}

/** What statvfs() reports (os.statvfs_result's fields). */
export interface StatVfsResult {
  bsize: number;
  frsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  favail: number;
  flag: number;
  namemax: number;
  fsid: number;
}

/** How to start a child process (what _posixsubprocess.fork_exec asks for). */
export interface SpawnRequest {
  /** The paths to try in turn, as fork_exec's execve calls do (relative ones against `cwd`). */
  executables: string[];
  argv: string[];
  /** The child's working directory (relative: to this process's); null: this process's. */
  cwd: string | null;
  env: Record<string, string>;
  /** The child's descriptors: its descriptor i is this process's stdio[i] (-1: none). */
  stdio: number[];
  /** close_fds: when false, the child also gets every descriptor made inheritable (setInheritable). */
  closeFds: boolean;
  /** setsid() in the child (start_new_session). */
  newSession: boolean;
  uid: number | null;
  gid: number | null;
}

/**
 * A started child's pid (errno 0); or, when it could not start, the errno and the step that failed
 * (as _posixsubprocess's child reports them), with a pid that waitpid reports as exited with 255.
 */
export interface SpawnResult {
  pid: number;
  errno: number;
  step: 'exec' | 'chdir' | 'noexec';
}

/** The local time zone: offset from UTC in seconds east, and the names of standard and daylight time. */
export interface TimeZoneInfo {
  /** Seconds east of UTC for `epochSeconds` (local time = UTC + offset). */
  offsetAt(epochSeconds: number): number;
  /** Whether daylight saving time is in effect at `epochSeconds`. */
  isDstAt(epochSeconds: number): boolean;
  /** time.tzname. */
  names: [string, string];
  /** time.timezone and time.altzone: seconds west of UTC. */
  timezone: number;
  altzone: number;
  daylight: number;
}

export interface Host {
  /** sys.platform: 'linux', 'darwin'... */
  readonly platform: string;

  // ---- files, by descriptor ----
  /** Opens a file (Linux O_* flags); returns a descriptor. */
  open(path: string, flags: number, mode: number): number;
  close(fd: number): void;
  /** Reads up to `n` bytes (fewer at the end of the file; none at EOF). */
  read(fd: number, n: number): Uint8Array;
  /** Writes bytes; returns how many were written. */
  write(fd: number, data: Uint8Array): number;
  /** Moves the file position (whence 0, 1, 2 as SEEK_SET/CUR/END); returns the new position. */
  lseek(fd: number, offset: number, whence: number): number;
  fstat(fd: number): StatResult;
  ftruncate(fd: number, length: number): void;
  fsync(fd: number): void;
  isatty(fd: number): boolean;
  /** (columns, lines) of the terminal on `fd`. */
  terminalSize(fd: number): [number, number];
  dup(fd: number): number;
  /** dup2(2): makes `fd2` refer to what `fd` does (closing what it was); returns fd2.  Optional. */
  dup2?(fd: number, fd2: number, inheritable: boolean): number;
  /**
   * A path naming what `fd` is open on, through which the *at functions (dir_fd) and the fd forms
   * of path functions (scandir(fd), fchdir) reach it: Linux's /proc/self/fd/N.  Optional.
   */
  fdPath?(fd: number): string;
  fchmod?(fd: number, mode: number): void;
  fchown?(fd: number, uid: number, gid: number): void;
  /** Sets the access and modification times of an open file. */
  futimes?(fd: number, atimeNs: bigint, mtimeNs: bigint): void;
  /** pread(2)/pwrite(2): at an offset, leaving the file position alone. */
  pread?(fd: number, n: number, offset: number): Uint8Array;
  pwrite?(fd: number, data: Uint8Array, offset: number): number;

  // ---- files, by path ----
  stat(path: string, followSymlinks: boolean): StatResult;
  listdir(path: string): string[];
  /** listdir with readdir's d_type of each name (DT_DIR 4, DT_REG 8, DT_LNK 10...; 0 unknown).  Optional. */
  readdirTypes?(path: string): { names: string[]; types: Uint8Array };
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  readlink(path: string): string;
  symlink(target: string, path: string): void;
  link(src: string, dst: string): void;
  chmod(path: string, mode: number): void;
  /** Sets a file's times (followSymlinks false: the link's own, as lutimes). */
  utime(path: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks?: boolean): void;
  chown?(path: string, uid: number, gid: number, followSymlinks: boolean): void;
  statvfs?(path: string): StatVfsResult;
  /** pathconf(3): the limit `name` (a _PC_ number) for the file system of `path`; -1: no limit. */
  pathconf?(path: string, name: number): number;
  mkfifo?(path: string, mode: number): void;
  access(path: string, mode: number): boolean;
  getcwd(): string;
  chdir(path: string): void;
  /** A whole file's bytes, or null (for tracebacks and source loading). */
  readFile(path: string): Uint8Array | null;

  // ---- process ----
  env(): Record<string, string>;
  /** Sets a variable of this process's environment (value null: removes it), as putenv/unsetenv do.  Optional. */
  setEnv?(name: string, value: string | null): void;
  pid(): number;
  ppid(): number;
  uid(): number;
  gid(): number;
  /** getgroups(2): the supplementary group ids.  Optional. */
  groups?(): number[];
  /** getresuid/getresgid: [real, effective, saved].  Optional. */
  resIds?(kind: 'uid' | 'gid'): [number, number, number];
  /** getpriority(2)/setpriority(2) (PRIO_PROCESS only on Node).  Optional. */
  getPriority?(which: number, who: number): number;
  setPriority?(which: number, who: number, prio: number): void;
  /** setuid/setgid/seteuid/setegid of this process.  Optional. */
  setId?(kind: 'uid' | 'gid' | 'euid' | 'egid', id: number): void;
  /** Cryptographically strong random bytes. */
  urandom(n: number): Uint8Array;
  /** The login name, host name and uname fields. */
  uname(): { sysname: string; nodename: string; release: string; version: string; machine: string };
  cpuCount(): number | null;
  umask(mask: number): number;

  // ---- child processes and pipes (optional: without them os.pipe, waitpid and fork_exec fail with ENOSYS) ----
  /** pipe(2): [read end, write end]. */
  pipe?(): [number, number];
  /** Starts a child process (see SpawnRequest). */
  spawn?(req: SpawnRequest): SpawnResult;
  /** waitpid(2) for the children spawn() started: [pid, wait status]; [0, 0] with WNOHANG (1) while it runs. */
  waitpid?(pid: number, options: number): [number, number];
  /** kill(2) of another process. */
  kill?(pid: number, signal: number): void;
  /** The process group and session of a process (getpgid, getsid); pid 0: this process. */
  processGroup?(pid: number): { pgid: number; sid: number };
  /** abort(3): ends the process with SIGABRT. */
  abort?(): never;
  /** poll(2)'s events of a descriptor whose readiness the host knows (its pipes), else null. */
  pollEvents?(fd: number): number | null;
  /** Makes reads of a descriptor non-blocking (EAGAIN) or blocking; false when the host cannot for it. */
  setBlocking?(fd: number, blocking: boolean): boolean;
  /** Whether reads of the descriptor block, when the host knows; else null. */
  getBlocking?(fd: number): boolean | null;
  /** The descriptor's inheritable flag (children started with close_fds=False get those set). */
  getInheritable?(fd: number): boolean;
  setInheritable?(fd: number, inheritable: boolean): void;

  // ---- time ----
  /** Wall-clock time in nanoseconds since the epoch. */
  timeNs(): bigint;
  /** A monotonic clock in nanoseconds. */
  monotonicNs(): bigint;
  /** CPU time of this process in nanoseconds. */
  processTimeNs(): bigint;
  /**
   * getrusage(RUSAGE_SELF) of this process: the 16 fields of struct rusage in its order, the two CPU
   * times in microseconds, ru_maxrss in kilobytes.  Optional: without it resource.getrusage() fails.
   */
  resourceUsage?(): readonly number[];
  /** Blocks for `seconds`. */
  sleep(seconds: number): void;
  timeZone(): TimeZoneInfo;

  /**
   * Identifies the standard library's sources (seconds and size of its archive): code compiled from
   * them and cached is valid while it is unchanged.  Optional: hosts without it validate each module
   * against its source's stat().
   */
  stdlibStamp?(): [mtimeSeconds: number, size: number] | null;

  // ---- conveniences built on the above (the standard streams are descriptors 0, 1, 2) ----
  /** Writes text to descriptor 1 or 2 without Python's buffering (for fatal errors). */
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  /** Flushes what the host itself buffers (nothing for hosts that write through). */
  flushStdout(): void;
  cwd(): string;
}

/** The UTC time zone (the default when the host does not say otherwise). */
export const UTC_ZONE: TimeZoneInfo = {
  offsetAt: () => 0,
  isDstAt: () => false,
  names: ['UTC', 'UTC'],
  timezone: 0,
  altzone: 0,
  daylight: 0,
};
