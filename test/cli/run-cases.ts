// Command lines `pyts` must run as `python3.14` does: options, -c, -m, stdin programs, buffering and
// the order of stdout and stderr.  Goldens: tools/gen/cli-run.ts; test: test/cli/run.test.ts.
// Each case runs in a fresh temporary directory (its `files` written there first) with a clean
// environment (PATH and HOME, plus `env`).  With `merge`, stdout and stderr share one pipe, so the
// golden records their interleaving.

export interface RunCase {
  name: string;
  args: string[];
  stdin?: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
  merge?: boolean;
}

export const RUN_CASES: RunCase[] = [
  { name: 'c_argv', args: ['-c', 'import sys; print(sys.argv, repr(sys.path[0]))', 'a', '-b', '--c'] },
  { name: 'c_orig_argv', args: ['-I', '-c', 'import sys; print(sys.orig_argv[0] == sys.executable, sys.orig_argv[1:])', 'arg'] },
  { name: 'c_globals', args: ['-c', 'print(sorted(k for k in globals() if k != "__annotations__")); print(__name__, __spec__, type(__loader__).__name__)'] },
  { name: 'c_exception', args: ['-c', 'def f():\n    raise ValueError("bad")\nf()'] },
  { name: 'c_syntax_error', args: ['-c', 'x = (1 +'] },
  { name: 'c_exit_code', args: ['-c', 'import sys; sys.exit(3)'] },
  { name: 'c_exit_message', args: ['-c', 'import sys; sys.exit("bye now")'] },
  { name: 'c_exit_none', args: ['-c', 'raise SystemExit'] },
  { name: 'c_multiline', args: ['-c', 'import sys\nfor i in range(3):\n    print(i, end=" ")\nprint()'] },
  { name: 'c_file_attr', args: ['-c', 'print("__file__" in globals(), __doc__, __package__)'] },
  { name: 'm_module', args: ['-m', 'mymod', 'x', '-y'], files: { 'mymod.py': 'import sys, os\nprint(__name__, os.path.basename(sys.argv[0]), sys.argv[1:], __spec__.name, repr(sys.path[0]) if sys.path[0] != os.getcwd() else "cwd")\n' } },
  { name: 'm_package', args: ['-m', 'pkg'], files: { 'pkg/__init__.py': 'print("init", __name__)\n', 'pkg/__main__.py': 'import sys\nprint("main", __name__, __spec__.name, __package__)\n' } },
  { name: 'm_submodule', args: ['-m', 'pkg.tool', 'arg'], files: { 'pkg/__init__.py': '', 'pkg/tool.py': 'import sys\nprint(__name__, __package__, sys.argv[1:])\n' } },
  { name: 'm_missing', args: ['-m', 'no_such_module_qq'] },
  { name: 'm_not_package', args: ['-m', 'mymod.sub'], files: { 'mymod.py': 'X = 1\n' } },
  { name: 'm_package_no_main', args: ['-m', 'pkg'], files: { 'pkg/__init__.py': '' } },
  { name: 'stdin_program', args: [], stdin: 'import sys\nprint("from stdin", sys.argv, __name__, __file__)\n' },
  { name: 'stdin_dash', args: ['-', 'a1', 'a2'], stdin: 'import sys\nprint(sys.argv)\n' },
  { name: 'stdin_traceback', args: ['-'], stdin: 'print("ok")\n1/0\n', merge: true },
  { name: 'stdin_syntax_error', args: ['-'], stdin: 'if True\n    pass\n' },
  { name: 'file_argv', args: ['prog.py', 'one', 'two'], files: { 'prog.py': 'import sys, os\nprint(sys.argv, os.path.basename(__file__), os.path.isabs(__file__), sys.path[0] == os.getcwd())\n' } },
  { name: 'dir_main', args: ['app', 'z'], files: { 'app/__main__.py': 'import sys\nprint("dir main", __name__, sys.argv, __spec__.name)\n' } },
  { name: 'x_skip_first_line', args: ['-x', 'prog.py'], files: { 'prog.py': 'this line is skipped\nprint("line 2")\nraise SystemExit(4)\n' } },
  { name: 'x_line_numbers', args: ['-x', 'prog.py'], files: { 'prog.py': 'not python\n\nraise ValueError("line 3")\n' } },
  { name: 'order_buffered', args: ['-c', 'import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\nsys.stderr.write("err2\\n")'], merge: true },
  { name: 'order_unbuffered', args: ['-u', '-c', 'import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\nsys.stderr.write("err2\\n")'], merge: true },
  { name: 'order_env_unbuffered', args: ['-c', 'import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")'], env: { PYTHONUNBUFFERED: '1' }, merge: true },
  { name: 'order_traceback', args: ['-c', 'print("before")\nraise KeyError(1)'], merge: true },
  { name: 'order_flush', args: ['-c', 'import sys\nprint("a", flush=True)\nprint("b", file=sys.stderr)\nprint("c")'], merge: true },
  { name: 'order_atexit', args: ['-c', 'import atexit, sys\natexit.register(lambda: print("at exit"))\nprint("body")\nprint("err", file=sys.stderr)'], merge: true },
  { name: 'input_prompt', args: ['-c', 'x = input("name? ")\nprint(x.upper())\ntry:\n    input()\nexcept EOFError as e:\n    print("EOFError", e)'], stdin: 'ada\n', merge: true },
  { name: 'stdin_read', args: ['-c', 'import sys\nprint(repr(sys.stdin.read()), sys.stdin.readline() == "")'], stdin: 'line1\nline2' },
  { name: 'version_V', args: ['-V'] },
  { name: 'version_long', args: ['--version'] },
  { name: 'unknown_option', args: ['-z'] },
  { name: 'missing_c_arg', args: ['-c'] },
  { name: 'missing_m_arg', args: ['-m'] },
  { name: 'bad_hash_pycs', args: ['--check-hash-based-pycs', 'sometimes', '-c', 'pass'] },
  { name: 'combined_flags', args: ['-BSsu', '-c', 'import sys; f = sys.flags; print(f.dont_write_bytecode, f.no_site, f.no_user_site, sys.dont_write_bytecode, "site" in sys.modules)'] },
  { name: 'flag_q_b_v0', args: ['-q', '-b', '-c', 'import sys; f = sys.flags; print(f.quiet, f.bytes_warning, f.verbose, f.inspect, f.interactive, sys.warnoptions)'] },
  { name: 'flag_bb', args: ['-bb', '-c', 'import sys; print(sys.flags.bytes_warning, sys.warnoptions)'] },
  { name: 'flag_O', args: ['-O', '-c', 'import sys\nassert False, "not run"\nprint(sys.flags.optimize, __debug__)'] },
  { name: 'flag_OO', args: ['-OO', '-c', 'import sys\ndef f():\n    "doc"\nprint(sys.flags.optimize, f.__doc__)'] },
  { name: 'flag_I', args: ['-I', '-c', 'import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.safe_path, f.no_user_site, "" in sys.path, "/zz" in sys.path)'], env: { PYTHONPATH: '/zz' } },
  { name: 'flag_E', args: ['-E', '-c', 'import sys; print(sys.flags.ignore_environment, "/zz" in sys.path, sys.flags.optimize)'], env: { PYTHONPATH: '/zz', PYTHONOPTIMIZE: '1' } },
  { name: 'env_pythonpath', args: ['-c', 'import sys; print(sys.path[1:3], sys.flags.optimize)'], env: { PYTHONPATH: '/zz1:/zz2', PYTHONOPTIMIZE: '2' } },
  { name: 'flag_P', args: ['-P', '-c', 'import sys; print(sys.flags.safe_path, "" in sys.path)'] },
  { name: 'env_safepath', args: ['-c', 'import sys; print(sys.flags.safe_path, "" in sys.path)'], env: { PYTHONSAFEPATH: '1' } },
  { name: 'flag_W', args: ['-W', 'error::DeprecationWarning', '-W', 'ignore', '-c', 'import sys, warnings; print(sys.warnoptions); print([f[0] for f in warnings.filters[:2]])'] },
  { name: 'env_warnings', args: ['-W', 'always', '-c', 'import sys; print(sys.warnoptions)'], env: { PYTHONWARNINGS: 'error,ignore::ResourceWarning' } },
  { name: 'warning_error', args: ['-W', 'error', '-c', 'import warnings\nwarnings.warn("turned into an error")'] },
  { name: 'flag_X', args: ['-X', 'foo=bar', '-X', 'baz', '-c', 'import sys; print(sys._xoptions)'] },
  { name: 'flag_X_dev', args: ['-X', 'dev', '-c', 'import sys; print(sys.flags.dev_mode, sys.warnoptions, sys._xoptions)'] },
  { name: 'flag_X_digits', args: ['-X', 'int_max_str_digits=700', '-c', 'import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())'] },
  { name: 'flag_X_digits_bad', args: ['-X', 'int_max_str_digits=5', '-c', 'pass'] },
  { name: 'flag_X_no_debug_ranges', args: ['-X', 'no_debug_ranges', 'prog.py'], files: { 'prog.py': 'def f():\n    return 1\nprint(all(p[2] is None and p[3] is None for p in f.__code__.co_positions()))\nx = {}["k"] + 1 / 0\n' }, merge: true },
  { name: 'env_no_debug_ranges', args: ['-c', 'def f(): return 1\nprint(all(p[2] is None for p in f.__code__.co_positions()))\n1 / 0'], env: { PYTHONNODEBUGRANGES: '1' }, merge: true },
  { name: 'env_digits', args: ['-c', 'import sys; print(sys.get_int_max_str_digits())'], env: { PYTHONINTMAXSTRDIGITS: '0' } },
  { name: 'double_dash', args: ['--', '-c'] },
  { name: 'dont_write_bytecode_env', args: ['-c', 'import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)'], env: { PYTHONDONTWRITEBYTECODE: '1' } },
];
