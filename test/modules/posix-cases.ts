// Cases for posix's argument conversion and errors: uid/gid and dir_fd converters, the descriptor
// calls with bad descriptors, pathconf names, copy_file_range, exec argument checks, bool
// descriptors. They run on the machine's 64-bit python3 (uid_t and C long sizes, a real file
// system, Linux's errors), where CPython 3.11 and 3.14 agree.
import type { ModuleCase, Suite } from './support/cases.ts';

const BAD = 'bad';

const CASES: string[] = [
  // uid_t/gid_t conversion (setuid and friends convert before calling)
  ...['"x"', '1.0', '2**32', '2**32 - 1 + 1', '2**63', '2**64', '-2', '-2**70', 'None'].flatMap((v) => [
    `err(os.setuid, ${v})`, `err(os.setgid, ${v})`, `err(os.chown, D, ${v}, -1)`, `err(os.fchown, DFD, -1, ${v})`,
  ]),
  'err(os.setreuid, "x", 0)', 'err(os.setregid, 0, 2**32)', 'os.setreuid(-1, -1)', 'os.setregid(-1, -1)',
  // dir_fd conversion and checks
  ...['"3"', '1.5', 'None', '-1', BAD].map((v) => `err(os.stat, "x", dir_fd=${v})`),
  `err(os.stat, DFD, dir_fd=DFD)`, `err(os.utime, DFD, dir_fd=DFD)`, `err(os.chown, DFD, -1, -1, dir_fd=DFD)`,
  `err(os.stat, DFD, follow_symlinks=False)`, `err(os.chown, DFD, -1, -1, follow_symlinks=False)`,
  `err(os.mkdir, "x", dir_fd=${BAD})`, `err(os.open, "x", os.O_RDONLY, dir_fd=${BAD})`, `err(os.unlink, "x", dir_fd=DFD)`,
  `err(os.rename, "x", "y", src_dir_fd=DFD, dst_dir_fd=DFD)`, `err(os.readlink, "x", dir_fd=DFD)`,
  // descriptors
  ...['dup', 'fstat', 'fstatvfs', 'fchdir', 'fsync', 'fdatasync'].map((f) => `err(os.${f}, ${BAD})`),
  `err(os.dup2, ${BAD}, 20)`, 'err(os.dup2, 0, -1)', 'err(os.dup2, -1, 0)', `err(os.fchmod, ${BAD}, 0)`,
  `err(os.pread, ${BAD}, 1, 0)`, `err(os.pwrite, ${BAD}, b"x", 0)`, 'err(os.pread, DFD, -1, 0)',
  `err(os.readv, ${BAD}, [bytearray(1)])`, `err(os.writev, ${BAD}, [b"x"])`, 'err(os.writev, 1, 5)', 'err(os.readv, 0, [b"ro"])',
  // pathconf
  'os.pathconf_names["PC_NAME_MAX"]', 'len(os.pathconf_names)', 'os.pathconf(D, "PC_NAME_MAX")', 'os.fpathconf(DFD, 3)',
  'err(os.pathconf, D, "PC_NOPE")', 'err(os.pathconf, D, 1.5)', 'err(os.pathconf, D, 999)', 'err(os.pathconf, "missing", 3)',
  `err(os.fpathconf, ${BAD}, 3)`,
  // copy_file_range
  'err(os.copy_file_range, DFD, DFD, -1)', `err(os.copy_file_range, ${BAD}, 1, 1)`, 'err(os.copy_file_range, DFD, DFD, 1)',
  // exec arguments
  ...['()', '[]', '("",)', '"ab"', 'None'].map((a) => `err(os.execv, "/no/such", ${a})`),
  ...['{"A\\0": "x"}', '{"A": "\\0"}', '{"A=B": "x"}', '{"": "x"}', '5', '[]'].map((e) => `err(os.execve, "/bin/sh", ["sh"], ${e})`),
  'err(os.execve, "/bin/sh", [], {})', 'err(os.execv, "/no/such", ["x"])',
  // statvfs, set in supports_*
  'type(os.statvfs(D)).__name__', 'len(os.statvfs(D))', 'os.statvfs(D).f_namemax', 'os.fstatvfs(DFD).f_bsize == os.statvfs(D).f_bsize',
  `err(os.statvfs, "missing")`,
  '[f.__name__ for f in (os.stat, os.open, os.mkdir, os.unlink, os.rename, os.utime, os.chown, os.access, os.chmod) if f in os.supports_dir_fd]',
  '[f.__name__ for f in (os.stat, os.scandir, os.listdir, os.chdir, os.chmod, os.chown, os.utime, os.truncate, os.statvfs, os.pathconf) if f in os.supports_fd]',
  '[f.__name__ for f in (os.stat, os.utime, os.chown, os.link, os.access) if f in os.supports_follow_symlinks]',
  'hasattr(os, "fwalk")',
  'err(os.DirEntry)', 'err(type(os.scandir(D)))',
  // getrandom, getpriority (setpriority would change the test runner's own priority)
  'len(os.getrandom(5))', 'os.getrandom(0)', 'err(os.getrandom, -1)', 'len(os.getrandom(3, os.GRND_NONBLOCK))', 'err(os.getrandom, 1.5)',
  'type(os.getpriority(os.PRIO_PROCESS, 0)).__name__', 'os.getgroups() == sorted(os.getgroups()) or True', 'type(os.getgroups()).__name__',
  'os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2])', 'os.getresgid()[0] == os.getgid()', 'err(os.getpriority, os.PRIO_PROCESS, 999999999)', 'err(os.getpriority, "x", 0)',
];

export const POSIX_SUITE: Suite = {
  name: 'posix',
  setup: `
import os, tempfile, warnings
D = tempfile.mkdtemp()
DFD = os.open(D, os.O_RDONLY)
bad = 1000
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def warns(f, *a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            f(*a)
        except OSError:
            pass
    return [str(x.message) for x in w]
`,
  cases: [
    ...CASES.map((code): ModuleCase => ({ code, python3: true })),
    // CPython 3.14 warns of a bool used as a descriptor (3.11 does not): the oracle's cases.
    'warns(os.fstat, False)', 'warns(os.fsync, True)', 'warns(os.truncate, False, 0)', 'warns(os.stat, True)',
    'warns(os.set_blocking, True, True)', 'warns(os.dup, True)',
  ],
};
